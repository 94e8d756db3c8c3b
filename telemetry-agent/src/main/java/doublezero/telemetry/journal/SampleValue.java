package doublezero.telemetry.journal;

/// The on-chain encoding of one RTT sample (`reference/telemetry-geolocation.md` §B.7, reference
/// `internal/telemetry/submitter.go`): u32 microseconds, a loss is 0, a measured RTT of exactly 0
/// ns becomes 1, otherwise the nanoseconds are truncated to whole µs (so an RTT in (0, 1 µs) is
/// written as 0, as the reference does). RTTs above u32 µs (about 71 minutes) saturate.
public final class SampleValue {
  /// The value of a lost probe.
  public static final long LOSS = 0;

  private SampleValue() {}

  /// @param loss whether the probe was lost
  /// @param rttNanos the measured RTT in ns (ignored for a loss; negative values count as 0)
  /// @return the u32 value held in a `long`
  public static long of(boolean loss, long rttNanos) {
    if (loss) {
      return LOSS;
    }
    if (rttNanos <= 0) {
      return 1;
    }
    return Math.min(rttNanos / 1000, 0xFFFF_FFFFL);
  }
}
