package doublezero.sdk.telemetry.instruction;

import static java.util.Objects.requireNonNull;

import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldsBuilder;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.List;

/// Index 2: create the InternetLatencySamples PDA for one provider, exchange pair and epoch. Data:
/// `02` + data_provider_name String + epoch u64 + sampling_interval_microseconds u64
/// (`reference/telemetry-geolocation.md` §A.6). On-chain: name > 32 bytes ⇒ 1015, interval 0 ⇒
/// 1012.
///
/// @param dataProviderName provider name (`ripeatlas`, `wheresitup`), also a PDA seed
/// @param epoch DZ-ledger epoch (u64)
/// @param samplingIntervalMicroseconds interval between samples in µs
public record InitializeInternetLatencySamples(
    String dataProviderName, long epoch, long samplingIntervalMicroseconds)
    implements TelemetryInstruction {
  /// @throws NullPointerException when the name is null
  public InitializeInternetLatencySamples {
    requireNonNull(dataProviderName, "dataProviderName");
  }

  /// @return [TelemetryInstructionTag#INITIALIZE_INTERNET_LATENCY_SAMPLES]
  @Override
  public TelemetryInstructionTag tag() {
    return TelemetryInstructionTag.INITIALIZE_INTERNET_LATENCY_SAMPLES;
  }

  /// @param programId the telemetry program
  /// @param accounts the accounts
  /// @return the instruction
  public Instruction toInstruction(
      PublicKey programId, InitializeInternetLatencySamplesAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// @return `data_provider_name`, `epoch`, `sampling_interval_microseconds`
  @Override
  public List<Field> fields() {
    return new FieldsBuilder()
        .text("data_provider_name", dataProviderName)
        .u64("epoch", epoch)
        .u64("sampling_interval_microseconds", samplingIntervalMicroseconds)
        .build();
  }
}
