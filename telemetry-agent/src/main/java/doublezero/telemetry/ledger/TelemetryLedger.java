package doublezero.telemetry.ledger;

import doublezero.sdk.solana.rpc.EpochInfo;
import java.util.List;
import java.util.OptionalLong;

/// What the submitter needs from the DZ ledger's telemetry program, per circuit and epoch.
/// [RpcTelemetryLedger] is the device agent's (DeviceLatencySamples), [InternetLatencyLedger] the
/// collector's (InternetLatencySamples); tests use fakes to model outages and crashes.
///
/// @param <C> the circuit type
public interface TelemetryLedger<C> {
  /// @return the ledger's epoch information (`getEpochInfo`, finalized in production)
  /// @throws LedgerException when the ledger cannot be reached or answers with an error
  EpochInfo epochInfo();

  /// @param circuit the circuit
  /// @param epoch the epoch
  /// @return the account's `next_sample_index`, or empty when the account does not exist
  /// @throws LedgerException when the ledger cannot be reached
  OptionalLong sampleCount(C circuit, long epoch);

  /// Creates the circuit's account for the epoch (Initialize…LatencySamples).
  ///
  /// @param circuit the circuit
  /// @param epoch the epoch
  /// @param samplingIntervalMicros the probe interval in µs
  /// @throws LedgerException when it fails (an account that already exists is not an error)
  void initialize(C circuit, long epoch, long samplingIntervalMicros);

  /// Appends samples (Write…LatencySamples), at most 245.
  ///
  /// @param circuit the circuit
  /// @param epoch the epoch
  /// @param startTimestampMicros the batch's earliest sample time (kept on chain only by the first
  ///   write)
  /// @param values u32 µs values
  /// @throws LedgerException when it fails; its kind tells a missing account, a full account, a
  ///   definite rejection and an unknown outcome apart
  void write(C circuit, long epoch, long startTimestampMicros, List<Long> values);
}
