package doublezero.telemetry.net;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import doublezero.sdk.twamp.TwampPacket;
import doublezero.telemetry.twamp.TwampReflector;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.net.InetSocketAddress;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/// The error our RTT adds against the kernel's own timestamps (docs/benchmarks.md), run only with
/// `-Dtelemetry.bench=true`. A socket with `SO_TIMESTAMPING` (software TX and RX) sends TWAMP-light
/// probes to our reflector on loopback: the kernel RTT is RX − TX (both kernel stamps); ours is RX
/// − the userspace send time the sender records; the difference, TX − userspace send, is what our
/// measurement adds.
class TxTimestampBench {
  static final int SO_TIMESTAMPING = 37;
  static final int FLAGS = (1 << 1) | (1 << 3) | (1 << 4); // TX_SOFTWARE | RX_SOFTWARE | SOFTWARE
  static final int MSG_ERRQUEUE = 0x2000;

  @Test
  void addedErrorAgainstKernelTxTimestamps() throws Throwable {
    assumeTrue(Boolean.getBoolean("telemetry.bench"), "run with -Dtelemetry.bench=true");
    try (TwampReflector r = TwampReflector.start(new InetSocketAddress("127.0.0.1", 0));
        Arena arena = Arena.ofConfined()) {
      MemorySegment st = Libc.callState(arena);
      int fd = (int) Libc.SOCKET.invokeExact(st, Libc.AF_INET, Libc.SOCK_DGRAM, 0);
      MemorySegment v = arena.allocate(JAVA_INT);
      v.set(JAVA_INT, 0, FLAGS);
      int rc = (int) Libc.SETSOCKOPT.invokeExact(st, fd, Libc.SOL_SOCKET, SO_TIMESTAMPING, v, 4);
      assumeTrue(rc == 0, "SO_TIMESTAMPING unavailable");
      MemorySegment to = arena.allocate(16, 4);
      to.set(JAVA_SHORT, 0, (short) Libc.AF_INET);
      to.set(JAVA_SHORT.withOrder(ByteOrder.BIG_ENDIAN), 2, (short) r.localAddress().getPort());
      MemorySegment.copy(new byte[] {127, 0, 0, 1}, 0, to, JAVA_BYTE, 4, 4);
      MemorySegment buf = arena.allocate(2048);
      int n = 10_000;
      long[] added = new long[n];
      long[] kernelRtt = new long[n];
      int got = 0;
      for (int i = 1; i <= n; i++) {
        byte[] pkt = TwampPacket.of(i, Instant.now()).encode();
        MemorySegment.copy(pkt, 0, buf, JAVA_BYTE, 0, pkt.length);
        Instant sent = Instant.now();
        long sendUser = sent.getEpochSecond() * 1_000_000_000L + sent.getNano();
        long s = (long) Libc.SENDTO.invokeExact(st, fd, buf, (long) pkt.length, 0, to, 16);
        long tx = recvStamp(arena, st, fd, MSG_ERRQUEUE);
        long rx = recvStamp(arena, st, fd, 0);
        if (s > 0 && tx > 0 && rx > 0) {
          added[got] = tx - sendUser;
          kernelRtt[got] = rx - tx;
          got++;
        }
      }
      int close = (int) Libc.CLOSE.invokeExact(st, fd);
      long[] a = Arrays.copyOf(added, got);
      long[] k = Arrays.copyOf(kernelRtt, got);
      Arrays.sort(a);
      Arrays.sort(k);
      System.out.printf(
          "BENCH added error (kernel TX - userspace send) over %d probes: p50 %.1f us, p90 %.1f us,"
              + " p99 %.1f us; kernel RTT (RX - TX) p50 %.1f us%n",
          got, a[got / 2] / 1e3, a[got * 9 / 10] / 1e3, a[got * 99 / 100] / 1e3, k[got / 2] / 1e3);
    }
  }

  /// Polls up to 1 s and reads one message (from the error queue when asked), returning its
  /// software timestamp.
  private static long recvStamp(Arena arena, MemorySegment st, int fd, int flags) throws Throwable {
    MemorySegment data = arena.allocate(2048);
    MemorySegment control = arena.allocate(512, 8);
    MemorySegment iov = arena.allocate(16, 8);
    MemorySegment msg = arena.allocate(56, 8);
    MemorySegment pfd = arena.allocate(8, 4);
    long deadline = System.nanoTime() + 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      iov.set(JAVA_LONG, 0, data.address());
      iov.set(JAVA_LONG, 8, 2048);
      msg.fill((byte) 0);
      msg.set(JAVA_LONG, 16, iov.address());
      msg.set(JAVA_LONG, 24, 1L);
      msg.set(JAVA_LONG, 32, control.address());
      msg.set(JAVA_LONG, 40, 512);
      long n = (long) Libc.RECVMSG.invokeExact(st, fd, msg, flags | Libc.MSG_DONTWAIT);
      if (n >= 0) {
        long len = msg.get(JAVA_LONG, 40);
        for (long off = 0; off + 16 <= len; ) {
          long clen = control.get(JAVA_LONG, off);
          if (control.get(JAVA_INT, off + 8) == Libc.SOL_SOCKET
              && control.get(JAVA_INT, off + 12) == SO_TIMESTAMPING) {
            return control.get(JAVA_LONG, off + 16) * 1_000_000_000L
                + control.get(JAVA_LONG, off + 24);
          }
          if (clen < 16) {
            break;
          }
          off += (clen + 7) & ~7L;
        }
        return -1;
      }
      pfd.set(JAVA_INT, 0, fd);
      pfd.set(JAVA_SHORT, 4, flags == 0 ? Libc.POLLIN : 0);
      pfd.set(JAVA_SHORT, 6, (short) 0);
      int ready = (int) Libc.POLL.invokeExact(st, pfd, 1L, 10);
    }
    return -1;
  }
}
