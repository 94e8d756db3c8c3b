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

  void send(MemorySegment buf, int len) {
    Posix.send(fd, buf, len);
  }

  /// @return bytes received, 0 on timeout or after close
  int receive(MemorySegment buf) {
    if (closed) {
      return 0;
    }
    try {
      return (int) Posix.recv(fd, buf, buf.byteSize());
    } catch (PosixException e) {
      if (e.errno() == Posix.EAGAIN || e.errno() == Posix.EINTR || closed) {
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
