package doublezero.geoprobe.reflector;

import doublezero.sdk.solana.key.PublicKey;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/// Per-sender pair rate limit of the signed-TWAMP reflector (reference
/// `tools/twamp/pkg/signed/reflector_linux.go` at v0.12.0,
/// `../shared/reference/telemetry-geolocation.md` §E.5): a sender gets one pair of probes answered
/// per `interval`; a half pair older than `halfPairTimeout` is forgotten; both probes of a pair
/// must come from the same source address. Not thread-safe: the reflector's single receive thread
/// owns it.
public final class PairLimiter {
  /// What to do with a probe.
  public enum Admission {
    /// Answer it as the first probe of a new pair.
    FIRST_OF_PAIR,
    /// Answer it as the second probe of the current pair.
    SECOND_OF_PAIR,
    /// Drop it: this sender's pair for the current interval is complete.
    RATE_LIMITED,
    /// Drop it: the pair's second probe came from another address than its first.
    SOURCE_CHANGED
  }

  private record Pair(Instant start, InetAddress source, boolean complete) {}

  private final Map<PublicKey, Pair> pairs = new HashMap<>();
  private final Duration interval;
  private final Duration halfPairTimeout;

  /// @param interval one pair per sender per this long (reference `-verify-interval`, 29 s)
  /// @param halfPairTimeout a first probe without a second is forgotten after this long (reference:
  ///   5 s)
  public PairLimiter(Duration interval, Duration halfPairTimeout) {
    this.interval = interval;
    this.halfPairTimeout = halfPairTimeout;
  }

  /// @param sender the probe's (allowlisted, verified) sender key
  /// @param source the datagram's source address
  /// @param now the receive time
  /// @return the decision; the state advances for the answered cases
  public Admission admit(PublicKey sender, InetAddress source, Instant now) {
    Pair p = pairs.get(sender);
    boolean fresh =
        p == null
            || (p.complete() && !now.isBefore(p.start().plus(interval)))
            || (!p.complete() && now.isAfter(p.start().plus(halfPairTimeout)));
    if (fresh) {
      pairs.put(sender, new Pair(now, source, false));
      return Admission.FIRST_OF_PAIR;
    }
    if (p.complete()) {
      return Admission.RATE_LIMITED;
    }
    if (!p.source().equals(source)) {
      return Admission.SOURCE_CHANGED;
    }
    pairs.put(sender, new Pair(p.start(), source, true));
    return Admission.SECOND_OF_PAIR;
  }
}
