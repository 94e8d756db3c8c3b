package doublezero.doublezerod.gre;

import doublezero.doublezerod.posix.Posix;
import doublezero.doublezerod.posix.PosixException;
import doublezero.sdk.net.Ipv4Address;
import java.lang.foreign.MemorySegment;

/// A raw IP-protocol-47 socket bound to the tunnel's source and connected to its destination: sends
/// carry our GRE packet (the kernel adds the IPv4 header, TTL set by `IP_TTL`), receives return the
/// whole IPv4 packet of GRE packets from the destination only.
final class RawGreSocket implements AutoCloseable {
  private final int fd;
  private volatile boolean closed;

  private RawGreSocket(int fd) {
    this.fd = fd;
  }

  static RawGreSocket open(Ipv4Address src, Ipv4Address dst, int ttl) {
    int fd = Posix.socket(Posix.AF_INET, Posix.SOCK_RAW, Posix.IPPROTO_GRE);
    try {
      Posix.setIntOption(fd, Posix.IPPROTO_IP, Posix.IP_TTL, ttl);
      Posix.bind(fd, src.value(), 0);
      Posix.connect(fd, dst.value(), 0);
      Posix.setReceiveTimeout(fd, 200);
    } catch (RuntimeException e) {
      Posix.close(fd);
      throw e;
    }
    return new RawGreSocket(fd);
  }

  /// ICMP errors the kernel reports on a connected raw socket (protocol or host unreachable while
  /// the peer restarts): ENETUNREACH 101, ENOPROTOOPT 92, ECONNREFUSED 111, EHOSTDOWN 112,
  /// EHOSTUNREACH 113. They concern one packet; the tunnel keeps running.
  private static boolean transientError(int errno) {
    return errno == 92 || errno == 101 || errno == 111 || errno == 112 || errno == 113;
  }

  /// @return false when the packet was refused because the peer is unreachable for now
  boolean send(MemorySegment buf, int len) {
    try {
      Posix.send(fd, buf, len);
      return true;
    } catch (PosixException e) {
      if (transientError(e.errno())) {
        return false;
      }
      throw e;
    }
  }

  /// @return bytes received, 0 on timeout, after close, or when an ICMP error for an earlier packet
  ///   was reported instead
  int receive(MemorySegment buf) {
    if (closed) {
      return 0;
    }
    try {
      return (int) Posix.recv(fd, buf, buf.byteSize());
    } catch (PosixException e) {
      if (e.errno() == Posix.EAGAIN
          || e.errno() == Posix.EINTR
          || transientError(e.errno())
          || closed) {
        return 0;
      }
      throw e;
    }
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      Posix.close(fd);
    }
  }
}
