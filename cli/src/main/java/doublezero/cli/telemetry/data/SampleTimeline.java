package doublezero.cli.telemetry.data;

import doublezero.cli.telemetry.stats.LatencySample;
import doublezero.sdk.telemetry.state.RttSamples;
import java.util.ArrayList;
import java.util.List;

/// Gives each stored sample its time: sample `i` of an account was taken at `start + i · interval`
/// (reference `controlplane/telemetry/internal/data/device/latencies.go`,
/// `enrichSamplesWithTimestamps`; accounts keep no per-sample time).
public final class SampleTimeline {
  private SampleTimeline() {}

  /// @param startMicros the account's `start_timestamp_microseconds`
  /// @param intervalMicros the account's `sampling_interval_microseconds`
  /// @param samples the account's samples (µs, 0 = loss)
  /// @return one [LatencySample] per stored sample, in storage order
  public static List<LatencySample> expand(
      long startMicros, long intervalMicros, RttSamples samples) {
    List<LatencySample> out = new ArrayList<>(samples.size());
    for (int i = 0; i < samples.size(); i++) {
      out.add(new LatencySample(startMicros + i * intervalMicros, samples.get(i)));
    }
    return out;
  }
}
