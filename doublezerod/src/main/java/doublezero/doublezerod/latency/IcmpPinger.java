package doublezero.doublezerod.latency;

import doublezero.doublezerod.posix.Posix;
import doublezero.doublezerod.posix.PosixException;
import doublezero.sdk.net.Ipv4Address;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/// ICMP echo through FFM sockets: an unprivileged ICMP datagram socket (`SOCK_DGRAM`,
/// `IPPROTO_ICMP`) when `net.ipv4.ping_group_range` allows it, else a raw ICMP socket
/// (CAP_NET_RAW). Each call opens its own socket connected to the target, sends `count` echoes of a
/// 56-byte payload one after the other and waits for each reply up to `timeout / count`. A target
/// without a route (connect or send fails) counts as every echo lost.
public final class IcmpPinger implements Pinger {
  static final int PAYLOAD = 56;

  /// An open ICMP socket and whether it is raw (replies then carry the IPv4 header).
  record IcmpSocket(int fd, boolean raw) {}

  /// @return an unprivileged ICMP datagram socket when `net.ipv4.ping_group_range` allows it, else
  ///   a raw one
  /// @throws PosixException when neither can be opened (no CAP_NET_RAW)
  static IcmpSocket open() {
    try {
      return new IcmpSocket(
          Posix.socket(Posix.AF_INET, Posix.SOCK_DGRAM, Posix.IPPROTO_ICMP), false);
    } catch (PosixException e) {
      return new IcmpSocket(Posix.socket(Posix.AF_INET, Posix.SOCK_RAW, Posix.IPPROTO_ICMP), true);
    }
  }

  /// @return `datagram` or `raw`: the socket kind this process would use
  public static String socketKind() {
    IcmpSocket s = open();
    Posix.close(s.fd());
    return s.raw() ? "raw" : "datagram";
  }

  @Override
  public List<Long> ping(Ipv4Address target, int count, Duration timeout) {
    IcmpSocket sock = open();
    int fd = sock.fd();
    boolean raw = sock.raw();
    List<Long> rtts = new ArrayList<>();
    long perEcho = Math.max(1, timeout.toMillis() / count);
    int id = ThreadLocalRandom.current().nextInt(1 << 16);
    try (Arena a = Arena.ofConfined()) {
      try {
        Posix.connect(fd, target.value(), 0);
      } catch (PosixException unreachable) {
        return rtts;
      }
      MemorySegment buf = a.allocate(1500);
      byte[] bytes = new byte[1500];
      for (int seq = 1; seq <= count; seq++) {
        byte[] req = IcmpEcho.request(id, seq, new byte[PAYLOAD]);
        MemorySegment.copy(req, 0, buf, ValueLayout.JAVA_BYTE, 0, req.length);
        long start = System.nanoTime();
        long deadline = start + perEcho * 1_000_000L;
        try {
          Posix.send(fd, buf, req.length);
        } catch (PosixException unreachable) {
          continue;
        }
        while (System.nanoTime() < deadline) {
          Posix.setReceiveTimeout(fd, Math.max(1, (deadline - System.nanoTime()) / 1_000_000L));
          int n;
          try {
            n = (int) Posix.recv(fd, buf, 1500);
          } catch (PosixException e) {
            if (e.errno() == Posix.EAGAIN || e.errno() == Posix.EINTR) {
              break;
            }
            throw e;
          }
          MemorySegment.copy(buf, ValueLayout.JAVA_BYTE, 0, bytes, 0, n);
          int off = raw ? (bytes[0] & 0x0f) * 4 : 0;
          if (off > n || IcmpEcho.replySequence(bytes, off, n - off) != seq) {
            continue;
          }
          if (raw && IcmpEcho.identifier(bytes, off) != id) {
            continue;
          }
          rtts.add(System.nanoTime() - start);
          break;
        }
      }
    } finally {
      Posix.close(fd);
    }
    return rtts;
  }
}
