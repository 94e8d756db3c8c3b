package doublezero.geoprobe.twamp;

import doublezero.sdk.twamp.TwampPacket;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/// The probe's RTT measurement of a target (reference `internal/geoprobe/pinger.go` at v0.12.0, as
/// the DZD side uses it, §E.3/§E.4): a warm-up TWAMP-light probe and, 2 ms later, the measuring
/// probe, each on its own ephemeral socket and within one shared timeout; the result is the smaller
/// RTT of those answered by the exact packet sent from the target's address. RTTs use userspace
/// `System.nanoTime` (the reference uses kernel receive timestamps).
public final class TwampPinger {
  private static final Duration MEASURE_DELAY = Duration.ofMillis(2);

  private TwampPinger() {}

  /// @param target the target's TWAMP reflector
  /// @param timeout deadline shared by both probes
  /// @return the minimum RTT, ns, or empty when neither probe was answered
  /// @throws IOException when a socket cannot be opened
  /// @throws InterruptedException when interrupted
  public static OptionalLong measure(InetSocketAddress target, Duration timeout)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    CompletableFuture<OptionalLong> warm = new CompletableFuture<>();
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                warm.complete(once(target, 1, deadline));
              } catch (IOException e) {
                warm.complete(OptionalLong.empty());
              }
            });
    Thread.sleep(MEASURE_DELAY);
    OptionalLong measured = once(target, 1, deadline);
    OptionalLong first;
    try {
      first = warm.get();
    } catch (ExecutionException e) {
      first = OptionalLong.empty();
    }
    if (first.isEmpty()) {
      return measured;
    }
    if (measured.isEmpty()) {
      return first;
    }
    return OptionalLong.of(Math.min(first.getAsLong(), measured.getAsLong()));
  }

  /// Sends one probe with sequence `seq` on a fresh socket and waits until `deadline`.
  private static OptionalLong once(InetSocketAddress target, long seq, long deadline)
      throws IOException {
    try (DatagramChannel ch = DatagramChannel.open();
        Selector sel = Selector.open()) {
      ch.bind(new InetSocketAddress(0));
      ch.configureBlocking(false);
      ch.register(sel, SelectionKey.OP_READ);
      byte[] sent = TwampPacket.of(seq, Instant.now()).encode();
      long t0 = System.nanoTime();
      ch.send(ByteBuffer.wrap(sent), target);
      ByteBuffer buf = ByteBuffer.allocate(2048);
      while (true) {
        buf.clear();
        var from = ch.receive(buf);
        if (from != null) {
          long t1 = System.nanoTime();
          buf.flip();
          byte[] got = Arrays.copyOf(buf.array(), buf.limit());
          if (from.equals(target) && Arrays.equals(got, sent)) {
            return OptionalLong.of(t1 - t0);
          }
          continue;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return OptionalLong.empty();
        }
        sel.select(Math.max(1, left / 1_000_000));
        sel.selectedKeys().clear();
      }
    }
  }
}
