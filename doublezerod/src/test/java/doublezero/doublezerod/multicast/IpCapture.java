package doublezero.doublezerod.multicast;

import doublezero.doublezerod.netns.Netns;
import doublezero.doublezerod.posix.Posix;
import doublezero.sdk.net.Ipv4Address;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// Test helper: a raw socket of one IP protocol in a namespace that returns whole received IPv4
/// packets, plus memberships of the groups to capture on an interface (without one the kernel does
/// not deliver a multicast packet locally).
final class IpCapture implements AutoCloseable {
  /// A received packet: IP header fields and payload.
  record Packet(Ipv4Address source, Ipv4Address destination, int ttl, byte[] payload) {}

  private final int fd;
  private final List<DatagramChannel> memberships;

  private IpCapture(int fd, List<DatagramChannel> memberships) {
    this.fd = fd;
    this.memberships = memberships;
  }

  static IpCapture open(Netns ns, int protocol, String interfaceName, List<Ipv4Address> groups)
      throws Exception {
    return ns.call(
        () -> {
          NetworkInterface nif = NetworkInterface.getByName(interfaceName);
          List<DatagramChannel> joined = new ArrayList<>();
          for (Ipv4Address g : groups) {
            DatagramChannel ch = DatagramChannel.open(StandardProtocolFamily.INET);
            ch.join(InetAddress.getByAddress(g.octets()), nif);
            joined.add(ch);
          }
          int fd = Posix.socket(Posix.AF_INET, Posix.SOCK_RAW, protocol);
          Posix.setReceiveTimeout(fd, 200);
          return new IpCapture(fd, joined);
        });
  }

  /// @param timeoutMillis how long to wait
  /// @return the next packet, or null on timeout
  Packet next(long timeoutMillis) {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    try (Arena a = Arena.ofConfined()) {
      MemorySegment buf = a.allocate(2048);
      while (System.currentTimeMillis() < deadline) {
        long n;
        try {
          n = Posix.recv(fd, buf, buf.byteSize());
        } catch (RuntimeException e) {
          continue; // receive timeout
        }
        byte[] b = Arrays.copyOf(buf.toArray(ValueLayout.JAVA_BYTE), (int) n);
        int headerLength = (b[0] & 0x0F) * 4;
        return new Packet(
            Ipv4Address.ofOctets(Arrays.copyOfRange(b, 12, 16)),
            Ipv4Address.ofOctets(Arrays.copyOfRange(b, 16, 20)),
            b[8] & 0xFF,
            Arrays.copyOfRange(b, headerLength, b.length));
      }
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    Posix.close(fd);
    for (DatagramChannel ch : memberships) {
      ch.close();
    }
  }
}
