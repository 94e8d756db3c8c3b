package doublezero.cli.telemetry.stats;

/// One on-chain latency sample with the time it was taken.
///
/// The accounts store no per-sample time: sample `i` of an account was taken at
/// `start_timestamp_microseconds + i · sampling_interval_microseconds` (reference
/// `controlplane/telemetry/internal/data/device/latencies.go`, `enrichSamplesWithTimestamps`).
///
/// @param timestampMicros µs since the UNIX epoch
/// @param rttMicros the stored u32 RTT in µs; 0 is a loss
public record LatencySample(long timestampMicros, long rttMicros) {
  /// @return whether this sample is a loss (RTT 0)
  public boolean loss() {
    return rttMicros <= 0;
  }
}
