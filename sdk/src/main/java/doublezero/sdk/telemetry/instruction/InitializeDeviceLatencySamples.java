package doublezero.sdk.telemetry.instruction;

import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldsBuilder;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.List;

/// Index 0: create the DeviceLatencySamples PDA for one link direction and epoch (349 bytes, no
/// samples). Data: `00` + epoch u64 + sampling_interval_microseconds u64 = 17 bytes
/// (`reference/telemetry-geolocation.md` §A.6).
///
/// @param epoch DZ-ledger epoch (u64), also a PDA seed
/// @param samplingIntervalMicroseconds interval between samples in µs; 0 ⇒ error 1012 on-chain
public record InitializeDeviceLatencySamples(long epoch, long samplingIntervalMicroseconds)
    implements TelemetryInstruction {
  /// @return [TelemetryInstructionTag#INITIALIZE_DEVICE_LATENCY_SAMPLES]
  @Override
  public TelemetryInstructionTag tag() {
    return TelemetryInstructionTag.INITIALIZE_DEVICE_LATENCY_SAMPLES;
  }

  /// @param programId the telemetry program
  /// @param accounts the accounts
  /// @return the instruction to put in a transaction (the agent should be the fee payer)
  public Instruction toInstruction(
      PublicKey programId, InitializeDeviceLatencySamplesAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// @return `epoch`, `sampling_interval_microseconds`
  @Override
  public List<Field> fields() {
    return new FieldsBuilder()
        .u64("epoch", epoch)
        .u64("sampling_interval_microseconds", samplingIntervalMicroseconds)
        .build();
  }
}
