package doublezero.cli.telemetry.stats;

/// The statistics of one circuit over one window, with the reference's definitions (reference
/// `controlplane/telemetry/internal/data/stats/aggregate.go`, `CircuitLatencyStat`). RTT and jitter
/// figures are in the unit of [#inUnit] (µs as computed); losses (RTT 0) are counted but never
/// enter an RTT or jitter figure. When every sample is a loss all figures are 0 and only the loss
/// count and rate are set.
///
/// @param circuit the circuit code
/// @param timestampMicros start of the window: the time of its earliest sample (µs since the UNIX
///   epoch)
/// @param rttMean mean RTT of the successful samples
/// @param rttMedian median (mean of the two middle values for an even count)
/// @param rttMin smallest RTT
/// @param rttMax largest RTT
/// @param rttP90 90th percentile, nearest rank: the sorted value at `ceil(0.90·n) − 1`
/// @param rttP95 95th percentile, nearest rank
/// @param rttP99 99th percentile, nearest rank
/// @param rttStdDev population standard deviation
/// @param rttVariance population variance (unit²)
/// @param rttMad median absolute deviation from the median
/// @param jitterAvg mean of |ΔRTT| between consecutive successful samples in time order
/// @param jitterEwma RFC 3550-style EWMA of |ΔRTT|: starts at the first |ΔRTT|, then `j += (|Δ| −
///   j) / 16`
/// @param jitterDeltaStdDev population standard deviation of ΔRTT (signed)
/// @param jitterPeakToPeak max |ΔRTT| − min |ΔRTT|
/// @param jitterMax max |ΔRTT|
/// @param successCount samples with RTT > 0
/// @param successRate successCount / all samples
/// @param lossCount samples with RTT 0
/// @param lossRate lossCount / all samples
public record LatencyStats(
    String circuit,
    long timestampMicros,
    double rttMean,
    double rttMedian,
    double rttMin,
    double rttMax,
    double rttP90,
    double rttP95,
    double rttP99,
    double rttStdDev,
    double rttVariance,
    double rttMad,
    double jitterAvg,
    double jitterEwma,
    double jitterDeltaStdDev,
    double jitterPeakToPeak,
    double jitterMax,
    long successCount,
    double successRate,
    long lossCount,
    double lossRate) {

  /// @return all samples of the window
  public long count() {
    return successCount + lossCount;
  }

  /// The same statistics in another unit (the reference's `ConvertUnit`): every RTT and jitter
  /// figure divided by the unit's factor, the variance by its square; counts and rates unchanged.
  ///
  /// @param unit the unit to show
  /// @return the converted statistics (this one for µs)
  public LatencyStats inUnit(LatencyUnit unit) {
    double f = unit.factor();
    if (f == 1.0) {
      return this;
    }
    return new LatencyStats(
        circuit,
        timestampMicros,
        rttMean / f,
        rttMedian / f,
        rttMin / f,
        rttMax / f,
        rttP90 / f,
        rttP95 / f,
        rttP99 / f,
        rttStdDev / f,
        rttVariance / (f * f),
        rttMad / f,
        jitterAvg / f,
        jitterEwma / f,
        jitterDeltaStdDev / f,
        jitterPeakToPeak / f,
        jitterMax / f,
        successCount,
        successRate,
        lossCount,
        lossRate);
  }
}
