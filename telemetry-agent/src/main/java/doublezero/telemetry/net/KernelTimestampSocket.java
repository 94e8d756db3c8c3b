package doublezero.telemetry.net;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/// A [ProbeSocket] on a raw libc UDP socket through FFM, as the reference's Linux sender opens it
/// (`tools/twamp/pkg/light/sender_linux.go`): `SO_TIMESTAMPNS` on, optionally `SO_BINDTODEVICE` to
/// the link's interface, bound to the tunnel source address; reads with `poll` + `recvmsg` and
/// takes the `SCM_TIMESTAMPNS` control message as the kernel receive time. Linux, 64-bit only. Not
/// thread-safe: one prober at a time.
public final class KernelTimestampSocket implements ProbeSocket {
  private static final int SOCKADDR_IN_SIZE = 16;
  private static final int BUFFER_SIZE = 2048;
  private static final int CONTROL_SIZE = 512;
  private static final int MSGHDR_SIZE = 56;
  private static final int CMSG_HEADER_SIZE = 16;

  private final Arena arena = Arena.ofShared();
  private final MemorySegment state = Libc.callState(arena);
  private final MemorySegment buffer = arena.allocate(BUFFER_SIZE);
  private final MemorySegment control = arena.allocate(CONTROL_SIZE, 8);
  private final MemorySegment name = arena.allocate(SOCKADDR_IN_SIZE, 4);
  private final MemorySegment iov = arena.allocate(16, 8);
  private final MemorySegment msg = arena.allocate(MSGHDR_SIZE, 8);
  private final MemorySegment pollfd = arena.allocate(Libc.POLLFD_SIZE, 4);
  private final MemorySegment remoteAddr;
  private final InetSocketAddress remote;
  private final int fd;
  private boolean closed;

  private KernelTimestampSocket(int fd, InetSocketAddress remote) {
    this.fd = fd;
    this.remote = remote;
    this.remoteAddr = sockaddr(arena, remote);
  }

  /// @param local local IPv4 address and port to bind (port 0: any)
  /// @param remote the IPv4 peer probes go to
  /// @param interfaceName interface to bind with `SO_BINDTODEVICE`, or null for none
  /// @return the open socket
  /// @throws IOException when a socket call fails (the message names the call and errno)
  /// @throws UnsupportedOperationException when libc or native access is unavailable
  public static KernelTimestampSocket open(
      InetSocketAddress local, InetSocketAddress remote, String interfaceName) throws IOException {
    requireIpv4(local);
    requireIpv4(remote);
    int fd;
    try (Arena tmp = Arena.ofConfined()) {
      MemorySegment st = Libc.callState(tmp);
      fd = (int) Libc.SOCKET.invokeExact(st, Libc.AF_INET, Libc.SOCK_DGRAM | Libc.SOCK_CLOEXEC, 0);
      if (fd < 0) {
        throw Libc.failure("socket", st);
      }
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
    KernelTimestampSocket s = new KernelTimestampSocket(fd, remote);
    try {
      s.setIntOption(Libc.SO_TIMESTAMPNS, 1, "setsockopt(SO_TIMESTAMPNS)");
      if (interfaceName != null && !interfaceName.isEmpty()) {
        s.bindToDevice(interfaceName);
      }
      s.bind(local);
      return s;
    } catch (IOException | RuntimeException e) {
      s.close();
      throw e;
    }
  }

  private void setIntOption(int option, int value, String what) throws IOException {
    MemorySegment v = arena.allocate(JAVA_INT);
    v.set(JAVA_INT, 0, value);
    check(
        call(() -> (int) Libc.SETSOCKOPT.invokeExact(state, fd, Libc.SOL_SOCKET, option, v, 4)),
        what);
  }

  private void bindToDevice(String interfaceName) throws IOException {
    byte[] nameBytes = interfaceName.getBytes(StandardCharsets.US_ASCII);
    MemorySegment v = arena.allocate(nameBytes.length + 1L);
    MemorySegment.copy(nameBytes, 0, v, JAVA_BYTE, 0, nameBytes.length);
    int len = nameBytes.length + 1;
    check(
        call(
            () ->
                (int)
                    Libc.SETSOCKOPT.invokeExact(
                        state, fd, Libc.SOL_SOCKET, Libc.SO_BINDTODEVICE, v, len)),
        "setsockopt(SO_BINDTODEVICE, " + interfaceName + ")");
  }

  private void bind(InetSocketAddress local) throws IOException {
    MemorySegment sa = sockaddr(arena, local);
    check(
        call(() -> (int) Libc.BIND.invokeExact(state, fd, sa, SOCKADDR_IN_SIZE)),
        "bind(" + local + ")");
  }

  @Override
  public void send(byte[] data) throws IOException {
    MemorySegment.copy(data, 0, buffer, JAVA_BYTE, 0, data.length);
    long n =
        callLong(
            () ->
                (long)
                    Libc.SENDTO.invokeExact(
                        state, fd, buffer, (long) data.length, 0, remoteAddr, SOCKADDR_IN_SIZE));
    if (n < 0) {
      throw Libc.failure("sendto(" + remote + ")", state);
    }
  }

  @Override
  public ReceivedDatagram receive(Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      pollfd.set(JAVA_INT, 0, fd);
      pollfd.set(JAVA_SHORT, 4, Libc.POLLIN);
      pollfd.set(JAVA_SHORT, 6, (short) 0);
      int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000));
      int ready = call(() -> (int) Libc.POLL.invokeExact(state, pollfd, 1L, millis));
      if (ready < 0) {
        if (Libc.errno(state) == Libc.EINTR) {
          continue;
        }
        throw Libc.failure("poll", state);
      }
      if (ready == 0) {
        continue;
      }
      ReceivedDatagram d = tryReceive();
      if (d != null) {
        return d;
      }
    }
  }

  /// Reads one datagram if one is waiting, without blocking (for callers that wait on many sockets
  /// with [SocketPoller]).
  ///
  /// @return the datagram, or null when none is waiting
  /// @throws IOException when the read fails
  public ReceivedDatagram tryReceive() throws IOException {
    iov.set(JAVA_LONG, 0, buffer.address());
    iov.set(JAVA_LONG, 8, BUFFER_SIZE);
    msg.fill((byte) 0);
    msg.set(JAVA_LONG, 0, name.address());
    msg.set(JAVA_INT, 8, SOCKADDR_IN_SIZE);
    msg.set(JAVA_LONG, 16, iov.address());
    msg.set(JAVA_LONG, 24, 1L);
    msg.set(JAVA_LONG, 32, control.address());
    msg.set(JAVA_LONG, 40, CONTROL_SIZE);
    long n = callLong(() -> (long) Libc.RECVMSG.invokeExact(state, fd, msg, Libc.MSG_DONTWAIT));
    Instant now = Instant.now();
    if (n < 0) {
      int errno = Libc.errno(state);
      if (errno == Libc.EAGAIN || errno == Libc.EINTR) {
        return null;
      }
      throw Libc.failure("recvmsg", state);
    }
    byte[] data = buffer.asSlice(0, Math.min(n, BUFFER_SIZE)).toArray(JAVA_BYTE);
    long controlLen = msg.get(JAVA_LONG, 40);
    return new ReceivedDatagram(
        data,
        fromSockaddr(name),
        kernelTimestamp(controlLen),
        now.getEpochSecond() * 1_000_000_000L + now.getNano());
  }

  /// @return the socket's file descriptor (for [SocketPoller])
  int fd() {
    return fd;
  }

  /// Walks the control messages (`CMSG_FIRSTHDR`/`CMSG_NXTHDR`, 8-byte aligned) for
  /// `SCM_TIMESTAMPNS`.
  private long kernelTimestamp(long controlLen) {
    long off = 0;
    while (off + CMSG_HEADER_SIZE <= controlLen) {
      long len = control.get(JAVA_LONG, off);
      int level = control.get(JAVA_INT, off + 8);
      int type = control.get(JAVA_INT, off + 12);
      if (len < CMSG_HEADER_SIZE) {
        break;
      }
      if (level == Libc.SOL_SOCKET
          && type == Libc.SCM_TIMESTAMPNS
          && len >= CMSG_HEADER_SIZE + 16) {
        long sec = control.get(JAVA_LONG, off + 16);
        long nsec = control.get(JAVA_LONG, off + 24);
        return sec * 1_000_000_000L + nsec;
      }
      off += (len + 7) & ~7L;
    }
    return ReceivedDatagram.NO_KERNEL_TIMESTAMP;
  }

  @Override
  public InetSocketAddress localAddress() {
    MemorySegment sa = arena.allocate(SOCKADDR_IN_SIZE, 4);
    MemorySegment len = arena.allocate(JAVA_INT);
    len.set(JAVA_INT, 0, SOCKADDR_IN_SIZE);
    int rc = call(() -> (int) Libc.GETSOCKNAME.invokeExact(state, fd, sa, len));
    return rc < 0 ? null : fromSockaddr(sa);
  }

  @Override
  public InetSocketAddress remoteAddress() {
    return remote;
  }

  @Override
  public boolean kernelTimestamps() {
    return true;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    call(() -> (int) Libc.CLOSE.invokeExact(state, fd));
    arena.close();
  }

  private static void requireIpv4(InetSocketAddress a) {
    if (!(a.getAddress() instanceof Inet4Address)) {
      throw new IllegalArgumentException("an IPv4 address is required, got " + a);
    }
  }

  private static MemorySegment sockaddr(Arena arena, InetSocketAddress a) {
    MemorySegment sa = arena.allocate(SOCKADDR_IN_SIZE, 4);
    sa.set(JAVA_SHORT, 0, (short) Libc.AF_INET);
    sa.set(JAVA_SHORT.withOrder(ByteOrder.BIG_ENDIAN), 2, (short) a.getPort());
    MemorySegment.copy(a.getAddress().getAddress(), 0, sa, JAVA_BYTE, 4, 4);
    return sa;
  }

  private static InetSocketAddress fromSockaddr(MemorySegment sa) {
    int port = Short.toUnsignedInt(sa.get(JAVA_SHORT.withOrder(ByteOrder.BIG_ENDIAN), 2));
    byte[] ip = sa.asSlice(4, 4).toArray(JAVA_BYTE);
    try {
      return new InetSocketAddress(InetAddress.getByAddress(ip), port);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private void check(int rc, String what) throws IOException {
    if (rc < 0) {
      throw Libc.failure(what, state);
    }
  }

  private interface IntCall {
    int run() throws Throwable;
  }

  private interface LongCall {
    long run() throws Throwable;
  }

  private static int call(IntCall c) {
    try {
      return c.run();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private static long callLong(LongCall c) {
    try {
      return c.run();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
