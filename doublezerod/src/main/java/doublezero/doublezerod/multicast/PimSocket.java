package doublezero.doublezerod.multicast;

import doublezero.doublezerod.pim.PimCodec;
import doublezero.doublezerod.posix.Posix;
import doublezero.doublezerod.posix.PosixException;
import doublezero.sdk.net.Ipv4Address;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/// A raw IP-protocol-103 socket bound to the multicast tunnel that sends PIM messages to
/// ALL-PIM-ROUTERS (224.0.0.13) with IP TTL 1 (RFC 7761 §4.9; reference
/// `client/doublezerod/internal/pim/server.go`). The kernel writes the IPv4 header.
public final class PimSocket implements PimTransport {
  /// ALL-PIM-ROUTERS.
  public static final Ipv4Address ALL_PIM_ROUTERS = Ipv4Address.parse("224.0.0.13");

  private final int fd;
  private boolean closed;

  private PimSocket(int fd) {
    this.fd = fd;
  }

  /// @param interfaceName the tunnel interface (`doublezero1`)
  /// @return an open socket
  /// @throws PosixException when the socket cannot be opened (not root, no such interface)
  public static PimSocket open(String interfaceName) {
    int fd = Posix.socket(Posix.AF_INET, Posix.SOCK_RAW, PimCodec.IP_PROTOCOL);
    try {
      Posix.bindToDevice(fd, interfaceName);
      Posix.setIntOption(fd, Posix.IPPROTO_IP, Posix.IP_MULTICAST_TTL, 1);
      Posix.setIntOption(fd, Posix.IPPROTO_IP, Posix.IP_MULTICAST_LOOP, 0);
    } catch (RuntimeException e) {
      Posix.close(fd);
      throw e;
    }
    return new PimSocket(fd);
  }

  @Override
  public synchronized void send(byte[] message) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment buf = a.allocateFrom(ValueLayout.JAVA_BYTE, message);
      Posix.sendto(fd, buf, message.length, ALL_PIM_ROUTERS.value(), 0);
    }
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      Posix.close(fd);
    }
  }
}
