package doublezero.telemetry.journal;

/// One sample of a circuit as the journal keeps it.
///
/// @param sequence position in the circuit's sample sequence (1, 2, …; survives restarts and
///   compaction)
/// @param epoch DZ-ledger epoch known when the sample was taken, or [#UNKNOWN_EPOCH] when the epoch
///   could not be refreshed (it is then derived from the timestamp, see `EpochClock`)
/// @param timestampMicros wall-clock µs since the UNIX epoch taken just before probing
/// @param value the on-chain value (u32 µs, 0 = loss; see [SampleValue])
public record Sample(long sequence, long epoch, long timestampMicros, long value) {
  /// Marks a sample taken while the ledger's epoch was unknown.
  public static final long UNKNOWN_EPOCH = -1;
}
