package doublezero.doublezerod.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/// The few libc calls the daemon's data path needs, through FFM (`java.lang.foreign`), each
/// capturing `errno`: `socket`, `bind`, `connect`, `send`, `recv`, `sendto`, `recvfrom`,
/// `setsockopt`, `open`, `ioctl`, `read`, `write`, `poll`, `close`. A failing call throws
/// [PosixException] with the call's name and `strerror` text.
public final class Posix {
  /// `AF_INET`.
  public static final int AF_INET = 2;

  /// `SOCK_DGRAM`.
  public static final int SOCK_DGRAM = 2;

  /// `SOCK_RAW`.
  public static final int SOCK_RAW = 3;

  /// `IPPROTO_IP`.
  public static final int IPPROTO_IP = 0;

  /// `IPPROTO_ICMP`.
  public static final int IPPROTO_ICMP = 1;

  /// `IPPROTO_GRE`.
  public static final int IPPROTO_GRE = 47;

  /// `IP_TTL`.
  public static final int IP_TTL = 2;

  /// `IP_MULTICAST_TTL`.
  public static final int IP_MULTICAST_TTL = 33;

  /// `IP_MULTICAST_LOOP`.
  public static final int IP_MULTICAST_LOOP = 34;

  /// `SO_BINDTODEVICE`.
  public static final int SO_BINDTODEVICE = 25;

  /// `SOL_SOCKET`.
  public static final int SOL_SOCKET = 1;

  /// `SO_RCVTIMEO`.
  public static final int SO_RCVTIMEO = 20;

  /// `O_RDWR`.
  public static final int O_RDWR = 2;

  /// `EAGAIN` / `EWOULDBLOCK`.
  public static final int EAGAIN = 11;

  /// `EINTR`.
  public static final int EINTR = 4;

  /// `POLLIN`.
  public static final short POLLIN = 1;

  private static final Linker LINKER = Linker.nativeLinker();
  private static final SymbolLookup LIBC = LINKER.defaultLookup();
  private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO =
      CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
  private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
  private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG;
  private static final ValueLayout PTR = ValueLayout.ADDRESS;

  private static final MethodHandle SOCKET =
      fn("socket", FunctionDescriptor.of(INT, INT, INT, INT));
  private static final MethodHandle BIND = fn("bind", FunctionDescriptor.of(INT, INT, PTR, INT));
  private static final MethodHandle CONNECT =
      fn("connect", FunctionDescriptor.of(INT, INT, PTR, INT));
  private static final MethodHandle SEND =
      fn("send", FunctionDescriptor.of(LONG, INT, PTR, LONG, INT));
  private static final MethodHandle RECV =
      fn("recv", FunctionDescriptor.of(LONG, INT, PTR, LONG, INT));
  private static final MethodHandle SENDTO =
      fn("sendto", FunctionDescriptor.of(LONG, INT, PTR, LONG, INT, PTR, INT));
  private static final MethodHandle SETSOCKOPT =
      fn("setsockopt", FunctionDescriptor.of(INT, INT, INT, INT, PTR, INT));
  private static final MethodHandle OPEN = fn("open", FunctionDescriptor.of(INT, PTR, INT));
  private static final MethodHandle IOCTL =
      LINKER.downcallHandle(
          LIBC.find("ioctl").orElseThrow(),
          FunctionDescriptor.of(INT, INT, LONG, PTR),
          Linker.Option.firstVariadicArg(2),
          Linker.Option.captureCallState("errno"));
  private static final MethodHandle READ = fn("read", FunctionDescriptor.of(LONG, INT, PTR, LONG));
  private static final MethodHandle WRITE =
      fn("write", FunctionDescriptor.of(LONG, INT, PTR, LONG));
  private static final MethodHandle POLL = fn("poll", FunctionDescriptor.of(INT, PTR, LONG, INT));
  private static final MethodHandle CLOSE = fn("close", FunctionDescriptor.of(INT, INT));
  private static final MethodHandle STRERROR =
      LINKER.downcallHandle(LIBC.find("strerror").orElseThrow(), FunctionDescriptor.of(PTR, INT));

  private Posix() {}

  private static MethodHandle fn(String name, FunctionDescriptor fd) {
    return LINKER.downcallHandle(
        LIBC.find(name).orElseThrow(), fd, Linker.Option.captureCallState("errno"));
  }

  private static long call(String name, MethodHandle h, Object... args) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment state = a.allocate(CAPTURE);
      Object[] full = new Object[args.length + 1];
      full[0] = state;
      System.arraycopy(args, 0, full, 1, args.length);
      Object r = h.invokeWithArguments(full);
      long v = r instanceof Integer i ? i : (Long) r;
      if (v < 0) {
        int errno = (int) ERRNO.get(state, 0L);
        throw new PosixException(name, errno, strerror(errno));
      }
      return v;
    } catch (PosixException e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(name + ": " + t.getMessage(), t);
    }
  }

  static String strerror(int errno) {
    try {
      MemorySegment s = (MemorySegment) STRERROR.invokeExact(errno);
      return s.reinterpret(256).getString(0);
    } catch (Throwable t) {
      return "errno " + errno;
    }
  }

  /// @return a new socket's descriptor
  public static int socket(int domain, int type, int protocol) {
    return (int) call("socket", SOCKET, domain, type, protocol);
  }

  /// Binds to an IPv4 address (`ip` as a big-endian int, `port` 0 for raw sockets).
  public static void bind(int fd, int ip, int port) {
    try (Arena a = Arena.ofConfined()) {
      call("bind", BIND, fd, sockaddrIn(a, ip, port), 16);
    }
  }

  /// Connects to an IPv4 address (raw sockets: filters received packets by source).
  public static void connect(int fd, int ip, int port) {
    try (Arena a = Arena.ofConfined()) {
      call("connect", CONNECT, fd, sockaddrIn(a, ip, port), 16);
    }
  }

  /// @return bytes sent
  public static long send(int fd, MemorySegment buf, long len) {
    return call("send", SEND, fd, buf, len, 0);
  }

  /// @return bytes received
  public static long recv(int fd, MemorySegment buf, long len) {
    return call("recv", RECV, fd, buf, len, 0);
  }

  /// @return bytes sent
  public static long sendto(int fd, MemorySegment buf, long len, int ip, int port) {
    try (Arena a = Arena.ofConfined()) {
      return call("sendto", SENDTO, fd, buf, len, 0, sockaddrIn(a, ip, port), 16);
    }
  }

  /// Sets an int socket option.
  public static void setIntOption(int fd, int level, int name, int value) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment v = a.allocate(INT);
      v.set(INT, 0, value);
      call("setsockopt", SETSOCKOPT, fd, level, name, v, 4);
    }
  }

  /// Sets `SO_BINDTODEVICE`: the socket sends and receives through that interface only.
  ///
  /// @param fd a socket
  /// @param interfaceName an interface name (at most 15 bytes)
  public static void bindToDevice(int fd, String interfaceName) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment name = a.allocateFrom(interfaceName);
      call("setsockopt", SETSOCKOPT, fd, SOL_SOCKET, SO_BINDTODEVICE, name, (int) name.byteSize());
    }
  }

  /// Sets `SO_RCVTIMEO` (a `struct timeval`).
  public static void setReceiveTimeout(int fd, long millis) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment tv = a.allocate(16);
      tv.set(LONG, 0, millis / 1000);
      tv.set(LONG, 8, (millis % 1000) * 1000);
      call("setsockopt", SETSOCKOPT, fd, SOL_SOCKET, SO_RCVTIMEO, tv, 16);
    }
  }

  /// @return a descriptor for `path`
  public static int open(String path, int flags) {
    try (Arena a = Arena.ofConfined()) {
      return (int) call("open", OPEN, a.allocateFrom(path), flags);
    }
  }

  /// `ioctl(fd, request, arg)`.
  public static int ioctl(int fd, long request, MemorySegment arg) {
    return (int) call("ioctl", IOCTL, fd, request, arg);
  }

  /// @return bytes read
  public static long read(int fd, MemorySegment buf, long len) {
    return call("read", READ, fd, buf, len);
  }

  /// @return bytes written
  public static long write(int fd, MemorySegment buf, long len) {
    return call("write", WRITE, fd, buf, len);
  }

  /// @return whether `fd` became readable within `timeoutMillis`
  public static boolean pollIn(int fd, int timeoutMillis) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment p = a.allocate(8);
      p.set(INT, 0, fd);
      p.set(ValueLayout.JAVA_SHORT, 4, POLLIN);
      try {
        return call("poll", POLL, p, 1L, timeoutMillis) > 0;
      } catch (PosixException e) {
        if (e.errno() == EINTR) {
          return false;
        }
        throw e;
      }
    }
  }

  /// Closes a descriptor, ignoring errors.
  public static void close(int fd) {
    try {
      call("close", CLOSE, fd);
    } catch (PosixException ignored) {
      // already closed
    }
  }

  static MemorySegment sockaddrIn(Arena a, int ip, int port) {
    MemorySegment s = a.allocate(16);
    s.set(ValueLayout.JAVA_SHORT, 0, (short) AF_INET);
    s.set(ValueLayout.JAVA_BYTE, 2, (byte) (port >>> 8));
    s.set(ValueLayout.JAVA_BYTE, 3, (byte) port);
    s.set(ValueLayout.JAVA_BYTE, 4, (byte) (ip >>> 24));
    s.set(ValueLayout.JAVA_BYTE, 5, (byte) (ip >>> 16));
    s.set(ValueLayout.JAVA_BYTE, 6, (byte) (ip >>> 8));
    s.set(ValueLayout.JAVA_BYTE, 7, (byte) ip);
    return s;
  }
}
