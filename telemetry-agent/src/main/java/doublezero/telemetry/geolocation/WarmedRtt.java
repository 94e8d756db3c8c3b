package doublezero.telemetry.geolocation;

import doublezero.telemetry.net.ProbeSockets;
import doublezero.telemetry.twamp.ProbeOutcome;
import doublezero.telemetry.twamp.TwampSender;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/// One RTT measurement of a probe as the reference's DZD side takes it (reference
/// `controlplane/telemetry/internal/geoprobe/pinger.go` at v0.12.0, §E.3): two TWAMP-light senders
/// on separate ephemeral sockets (`0.0.0.0:0`, no interface binding), a warm-up probe sent at once
/// and the measuring probe 2 ms later, both within one shared timeout; the result is the smaller
/// RTT of the ones answered, empty when neither was.
public final class WarmedRtt {
  private static final Duration MEASURE_DELAY = Duration.ofMillis(2);

  private WarmedRtt() {}

  /// @param target the probe's TWAMP reflector
  /// @param timeout the deadline shared by both probes
  /// @return the minimum RTT in ns, or empty when both probes were lost or failed
  /// @throws IOException when a socket cannot be opened
  /// @throws InterruptedException when interrupted while waiting
  public static OptionalLong measure(InetSocketAddress target, Duration timeout)
      throws IOException, InterruptedException {
    InetSocketAddress any = new InetSocketAddress("0.0.0.0", 0);
    long deadline = System.nanoTime() + timeout.toNanos();
    try (TwampSender warmup = new TwampSender(ProbeSockets.open(any, target, null));
        TwampSender measuring = new TwampSender(ProbeSockets.open(any, target, null))) {
      CompletableFuture<ProbeOutcome> first = new CompletableFuture<>();
      Thread.ofVirtual().start(() -> first.complete(warmup.probe(timeout)));
      Thread.sleep(MEASURE_DELAY);
      long left = Math.max(0, deadline - System.nanoTime());
      ProbeOutcome second = measuring.probe(Duration.ofNanos(left));
      ProbeOutcome warm;
      try {
        warm = first.get();
      } catch (ExecutionException e) {
        warm = new ProbeOutcome.Failed(String.valueOf(e.getCause()));
      }
      return min(rtt(warm), rtt(second));
    }
  }

  private static OptionalLong rtt(ProbeOutcome o) {
    return switch (o) {
      case ProbeOutcome.Reply r -> OptionalLong.of(r.nanos());
      case ProbeOutcome.Lost _ -> OptionalLong.empty();
      case ProbeOutcome.Failed _ -> OptionalLong.empty();
    };
  }

  private static OptionalLong min(OptionalLong a, OptionalLong b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return OptionalLong.of(Math.min(a.getAsLong(), b.getAsLong()));
  }
}
