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

/// ICMP echo through FFM sockets: an unprivileged ICMP datagram socket (`SOCK_DGRAM`, `IPPROTO_ICMP`) when
/// `net.ipv4.ping_group_range` allows it, else a raw ICMP socket (CAP_NET_RAW). Each call opens its own socket
/// connected to the target, sends `count` echoes of a 56-byte payload one after the other and waits for each reply
/// up to `timeout / count`.
public final class IcmpPinger implements Pinger {
  static final int PAYLOAD = 56;

  @Override
  public List<Long> ping(Ipv4Address target, int count, Duration timeout) {
    boolean raw = false;
    int fd;
    try {
      fd = Posix.socket(Posix.AF_INET, Posix.SOCK_DGRAM, Posix.IPPROTO_ICMP);
    } catch (PosixException e) {
      fd = Posix.socket(Posix.AF_INET, Posix.SOCK_RAW, Posix.IPPROTO_ICMP);
      raw = true;
    }
    List<Long> rtts = new ArrayList<>();
    long perEcho = Math.max(1, timeout.toMillis() / count);
    int id = ThreadLocalRandom.current().nextInt(1 << 16);
    try (Arena a = Arena.ofConfined()) {
      Posix.connect(fd, target.value(), 0);
      MemorySegment buf = a.allocate(1500);
      byte[] bytes = new byte[1500];
      for (int seq = 1; seq <= count; seq++) {
        byte[] req = IcmpEcho.request(id, seq, new byte[PAYLOAD]);
        MemorySegment.copy(req, 0, buf, ValueLayout.JAVA_BYTE, 0, req.length);
        long start = System.nanoTime();
        long deadline = start + perEcho * 1_000_000L;
        Posix.send(fd, buf, req.length);
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
