package doublezero.doublezerod.netlink;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/// An `AF_NETLINK`/`NETLINK_ROUTE` datagram socket through the FFM API (JDK 25,
/// `java.lang.foreign`): socket, bind (with multicast groups for monitors), send, receive with a
/// timeout, close. The socket belongs to the network namespace of the thread that opens it. Needs
/// `--enable-native-access=ALL-UNNAMED` to run quietly.
final class NetlinkSocket implements AutoCloseable {
  private static final int AF_NETLINK = 16;
  private static final int SOCK_RAW = 3;
  private static final int SOCK_CLOEXEC = 0x80000;
  private static final int NETLINK_ROUTE = 0;
  private static final int SOL_SOCKET = 1;
  private static final int SO_RCVTIMEO = 20;
  private static final int SO_RCVBUFFORCE = 33;
  private static final int SOL_NETLINK = 270;
  private static final int NETLINK_NO_ENOBUFS = 5;
  private static final int SO_ATTACH_FILTER = 26;
  private static final short BPF_LDH_ABS = 0x28;
  private static final short BPF_JEQ_K = 0x15;
  private static final short BPF_RET_K = 0x06;
  static final int EAGAIN = 11;
  static final int ENOBUFS = 105;

  private static final Linker LINKER = Linker.nativeLinker();
  private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO =
      CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
  private static final Linker.Option CAPTURE = Linker.Option.captureCallState("errno");
  private static final MethodHandle SOCKET =
      handle(
          "socket",
          FunctionDescriptor.of(
              ValueLayout.JAVA_INT,
              ValueLayout.JAVA_INT,
              ValueLayout.JAVA_INT,
              ValueLayout.JAVA_INT));
  private static final MethodHandle BIND =
      handle(
          "bind",
          FunctionDescriptor.of(
              ValueLayout.JAVA_INT,
              ValueLayout.JAVA_INT,
              ValueLayout.ADDRESS,
              ValueLayout.JAVA_INT));
  private static final MethodHandle SEND =
      handle(
          "send",
          FunctionDescriptor.of(
              ValueLayout.JAVA_LONG,
              ValueLayout.JAVA_INT,
              ValueLayout.ADDRESS,
              ValueLayout.JAVA_LONG,
              ValueLayout.JAVA_INT));
  private static final MethodHandle RECV =
      handle(
          "recv",
          FunctionDescriptor.of(
              ValueLayout.JAVA_LONG,
              ValueLayout.JAVA_INT,
              ValueLayout.ADDRESS,
              ValueLayout.JAVA_LONG,
              ValueLayout.JAVA_INT));
  private static final MethodHandle SETSOCKOPT =
      handle(
          "setsockopt",
          FunctionDescriptor.of(
              ValueLayout.JAVA_INT,
              ValueLayout.JAVA_INT,
              ValueLayout.JAVA_INT,
              ValueLayout.JAVA_INT,
              ValueLayout.ADDRESS,
              ValueLayout.JAVA_INT));
  private static final MethodHandle CLOSE =
      LINKER.downcallHandle(
          LINKER.defaultLookup().find("close").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

  private final Arena arena = Arena.ofShared();
  private final MemorySegment state = arena.allocate(CALL_STATE);
  private final MemorySegment receiveBuffer;
  private final int fd;
  private volatile boolean closed;

  private static MethodHandle handle(String name, FunctionDescriptor descriptor) {
    return LINKER.downcallHandle(
        LINKER.defaultLookup().find(name).orElseThrow(), descriptor, CAPTURE);
  }

  /// @param groups `nl_groups` bit mask to subscribe to (0 for a request socket)
  /// @param receiveTimeoutMillis how long a receive waits before reporting a timeout
  /// @param receiveBufferBytes socket receive buffer (monitors need a large one), 0 for the default
  NetlinkSocket(int groups, int receiveTimeoutMillis, int receiveBufferBytes) {
    this(groups, receiveTimeoutMillis, receiveBufferBytes, -1);
  }

  /// @param groups `nl_groups` bit mask to subscribe to (0 for a request socket)
  /// @param receiveTimeoutMillis how long a receive waits before reporting a timeout
  /// @param receiveBufferBytes socket receive buffer (monitors need a large one), 0 for the default
  /// @param onlyType when not negative, a socket filter (classic BPF, `SO_ATTACH_FILTER`) makes the
  ///   kernel drop every datagram whose first message has another `nlmsg_type` before it is queued
  ///   (multicast notifications carry one message each)
  NetlinkSocket(int groups, int receiveTimeoutMillis, int receiveBufferBytes, int onlyType) {
    this.receiveBuffer = arena.allocate(1 << 18);
    try {
      fd = (int) SOCKET.invokeExact(state, AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
      check(fd, "socket(AF_NETLINK)");
      MemorySegment timeout = arena.allocate(16);
      timeout.set(ValueLayout.JAVA_LONG, 0, receiveTimeoutMillis / 1000);
      timeout.set(ValueLayout.JAVA_LONG, 8, (receiveTimeoutMillis % 1000) * 1000L);
      check(
          (int) SETSOCKOPT.invokeExact(state, fd, SOL_SOCKET, SO_RCVTIMEO, timeout, 16),
          "SO_RCVTIMEO");
      if (receiveBufferBytes > 0) {
        MemorySegment size = arena.allocate(ValueLayout.JAVA_INT);
        size.set(ValueLayout.JAVA_INT, 0, receiveBufferBytes);
        bestEffort((int) SETSOCKOPT.invokeExact(state, fd, SOL_SOCKET, SO_RCVBUFFORCE, size, 4));
      } else {
        MemorySegment one = arena.allocate(ValueLayout.JAVA_INT);
        one.set(ValueLayout.JAVA_INT, 0, 1);
        bestEffort(
            (int) SETSOCKOPT.invokeExact(state, fd, SOL_NETLINK, NETLINK_NO_ENOBUFS, one, 4));
      }
      if (onlyType >= 0) {
        attachTypeFilter(onlyType);
      }
      MemorySegment address = arena.allocate(12);
      address.set(ValueLayout.JAVA_SHORT, 0, (short) AF_NETLINK);
      address.set(ValueLayout.JAVA_INT, 8, groups);
      check((int) BIND.invokeExact(state, fd, address, 12), "bind(AF_NETLINK)");
    } catch (NetlinkException e) {
      arena.close();
      throw e;
    } catch (Throwable t) {
      arena.close();
      throw new IllegalStateException("netlink socket: " + t, t);
    }
  }

  /// `ldh [4]; jeq #type, 0, 1; ret #-1; ret #0`: `ldh` reads the 16-bit `nlmsg_type` in network
  /// byte order, the header is in host order.
  private void attachTypeFilter(int type) throws Throwable {
    int loaded =
        ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN
            ? Short.reverseBytes((short) type) & 0xFFFF
            : type;
    MemorySegment program = arena.allocate(4 * 8L, 8);
    instruction(program, 0, BPF_LDH_ABS, 0, 0, 4);
    instruction(program, 1, BPF_JEQ_K, 0, 1, loaded);
    instruction(program, 2, BPF_RET_K, 0, 0, -1);
    instruction(program, 3, BPF_RET_K, 0, 0, 0);
    MemorySegment fprog = arena.allocate(16, 8);
    fprog.set(ValueLayout.JAVA_SHORT, 0, (short) 4);
    fprog.set(ValueLayout.ADDRESS, 8, program);
    check(
        (int) SETSOCKOPT.invokeExact(state, fd, SOL_SOCKET, SO_ATTACH_FILTER, fprog, 16),
        "SO_ATTACH_FILTER");
  }

  private static void instruction(
      MemorySegment program, int index, short code, int jt, int jf, int k) {
    long at = index * 8L;
    program.set(ValueLayout.JAVA_SHORT, at, code);
    program.set(ValueLayout.JAVA_BYTE, at + 2, (byte) jt);
    program.set(ValueLayout.JAVA_BYTE, at + 3, (byte) jf);
    program.set(ValueLayout.JAVA_INT, at + 4, k);
  }

  /// @param message one or more netlink messages back to back
  /// @throws NetlinkException when send fails
  void send(byte[] message) {
    try (Arena call = Arena.ofConfined()) {
      MemorySegment buffer = call.allocate(message.length);
      MemorySegment.copy(message, 0, buffer, ValueLayout.JAVA_BYTE, 0, message.length);
      long n = (long) SEND.invokeExact(state, fd, buffer, (long) message.length, 0);
      check(n, "send(netlink)");
    } catch (NetlinkException e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("netlink send: " + t, t);
    }
  }

  /// @return one datagram, or an empty array on timeout
  /// @throws NetlinkException on a receive error (ENOBUFS for an overrun monitor)
  synchronized byte[] receive() {
    try {
      long n = (long) RECV.invokeExact(state, fd, receiveBuffer, receiveBuffer.byteSize(), 0);
      if (n < 0 && errno() == EAGAIN) {
        return new byte[0];
      }
      check(n, "recv(netlink)");
      return receiveBuffer.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE);
    } catch (NetlinkException e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("netlink recv: " + t, t);
    }
  }

  /// A call whose failure changes nothing we rely on (a larger buffer without privilege, close at
  /// shutdown).
  private static void bestEffort(int result) {
    // the result is deliberately not checked
  }

  private int errno() {
    return (int) ERRNO.get(state, 0L);
  }

  private void check(long result, String call) {
    if (result < 0) {
      throw new NetlinkException(call, errno());
    }
  }

  /// @return whether [#close] was called
  boolean closed() {
    return closed;
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      try {
        bestEffort((int) CLOSE.invokeExact(fd));
      } catch (Throwable t) {
        throw new IllegalStateException("netlink close: " + t, t);
      } finally {
        arena.close();
      }
    }
  }
}
