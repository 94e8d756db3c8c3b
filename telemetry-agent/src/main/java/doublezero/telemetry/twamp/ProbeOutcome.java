package doublezero.telemetry.twamp;

/// What one TWAMP-light probe gave: an RTT, a loss (no matching reply before the timeout) or a
/// failure of the socket itself (counted as a loss by the sampler, logged apart).
public sealed interface ProbeOutcome {
  /// A matching reply arrived.
  ///
  /// @param nanos the round-trip time in ns (never negative, see [RttRule])
  /// @param kernelTimestamp whether the receive time came from the kernel (`SO_TIMESTAMPNS`)
  record Reply(long nanos, boolean kernelTimestamp) implements ProbeOutcome {}

  /// No matching reply before the timeout.
  record Lost() implements ProbeOutcome {}

  /// The socket failed (send error, read error, a kernel socket without a timestamp).
  ///
  /// @param reason what failed
  record Failed(String reason) implements ProbeOutcome {}
}
