package doublezero.cli.telemetry.data;

import doublezero.cli.telemetry.stats.LatencyStats;
import doublezero.cli.telemetry.stats.LatencyUnit;

/// A device circuit's statistics beside its link's commitments (reference
/// `controlplane/telemetry/internal/data/device/summary.go`, `CircuitSummary`). Deltas are
/// `committed − measured`, ratios `delta / committed` (NaN or infinite when nothing is committed).
///
/// @param circuit the circuit
/// @param stats its statistics in `unit`
/// @param committedRtt the link's committed delay in `unit`
/// @param committedJitter the link's committed jitter in `unit`
/// @param committedRttDelta committedRtt − mean RTT
/// @param committedJitterDelta committedJitter − mean |ΔRTT|
/// @param committedRttChangeRatio committedRttDelta / committedRtt
/// @param committedJitterChangeRatio committedJitterDelta / committedJitter
public record DeviceSummary(
    DeviceCircuit circuit,
    LatencyStats stats,
    double committedRtt,
    double committedJitter,
    double committedRttDelta,
    double committedJitterDelta,
    double committedRttChangeRatio,
    double committedJitterChangeRatio) {

  /// @param circuit the circuit
  /// @param stats its statistics, already in `unit`
  /// @param unit the unit shown
  /// @return the summary
  public static DeviceSummary of(DeviceCircuit circuit, LatencyStats stats, LatencyUnit unit) {
    double rtt = circuit.committedRttMicros() / unit.factor();
    double jitter = circuit.committedJitterMicros() / unit.factor();
    double rttDelta = rtt - stats.rttMean();
    double jitterDelta = jitter - stats.jitterAvg();
    return new DeviceSummary(
        circuit, stats, rtt, jitter, rttDelta, jitterDelta, rttDelta / rtt, jitterDelta / jitter);
  }
}
