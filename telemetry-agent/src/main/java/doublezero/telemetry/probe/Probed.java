package doublezero.telemetry.probe;

import doublezero.telemetry.twamp.ProbeOutcome;

/// One peer's probe of a tick.
///
/// @param timestampMicros when the probe started (wall clock, µs since the UNIX epoch): the
///   sample's timestamp
/// @param outcome the RTT, a loss or a failure
public record Probed(long timestampMicros, ProbeOutcome outcome) {}
