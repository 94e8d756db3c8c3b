package doublezero.telemetry.journal;

/// One record of the sample journal ([JournalCodec] encodes it, [SampleJournal] stores it).
///
/// @param <C> the circuit type ([Circuit] for the device agent)
public sealed interface JournalRecord<C> {
  /// The circuit the record is about.
  ///
  /// @return the circuit
  C circuit();

  /// A sample was taken.
  ///
  /// @param circuit the circuit
  /// @param sample the sample
  /// @param <C> the circuit type
  record Taken<C>(C circuit, Sample sample) implements JournalRecord<C> {}

  /// Progress of the circuit's submissions into one epoch's account: every sample up to
  /// `consumedSequence` is on chain or was dropped (and counted), and the account held `chainIndex`
  /// samples at that point. Written before the first write to an account (the baseline) and after
  /// every confirmed batch or drop.
  ///
  /// @param circuit the circuit
  /// @param epoch the account's epoch
  /// @param consumedSequence the last sample sequence that needs no more submission
  /// @param chainIndex the account's `next_sample_index` matching that point
  /// @param <C> the circuit type
  record Mark<C>(C circuit, long epoch, long consumedSequence, long chainIndex)
      implements JournalRecord<C> {}
}
