package doublezero.telemetry.ledger;

import doublezero.sdk.solana.rpc.EpochInfo;
import doublezero.telemetry.journal.Circuit;
import java.util.List;
import java.util.OptionalLong;

/// What the agent needs from the DZ ledger's telemetry program. [RpcTelemetryLedger] is the
/// JSON-RPC one; tests use fakes to model outages and crashes.
public interface TelemetryLedger {
  /// @return the ledger's epoch information (`getEpochInfo`, finalized in production)
  /// @throws LedgerException when the ledger cannot be reached or answers with an error
  EpochInfo epochInfo();

  /// @param circuit the circuit
  /// @param epoch the epoch
  /// @return the account's `next_sample_index`, or empty when the account does not exist
  /// @throws LedgerException when the ledger cannot be reached
  OptionalLong sampleCount(Circuit circuit, long epoch);

  /// Creates the circuit's account for the epoch (InitializeDeviceLatencySamples).
  ///
  /// @param circuit the circuit
  /// @param epoch the epoch
  /// @param samplingIntervalMicros the probe interval in µs
  /// @throws LedgerException when it fails (an account that already exists is not an error)
  void initialize(Circuit circuit, long epoch, long samplingIntervalMicros);

  /// Appends samples (WriteDeviceLatencySamples), at most 245.
  ///
  /// @param circuit the circuit
  /// @param epoch the epoch
  /// @param startTimestampMicros the batch's earliest sample time (kept on chain only by the first
  ///   write)
  /// @param values u32 µs values
  /// @throws LedgerException when it fails; its kind tells a missing account, a full account, a
  ///   definite rejection and an unknown outcome apart
  void write(Circuit circuit, long epoch, long startTimestampMicros, List<Long> values);
}
