package doublezero.sdk.telemetry.instruction;

import static java.util.Objects.requireNonNull;

import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldsBuilder;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.sdk.telemetry.state.RttSamples;
import java.util.List;

/// Index 3: append samples to an InternetLatencySamples account. Data: `03` +
/// start_timestamp_microseconds u64 + samples `Vec<u32>` (u32 count + count × u32)
/// (`reference/telemetry-geolocation.md` §A.6). On-chain limits: at least 1 sample (1017), at most
/// 2 560 per write (1013), 3 000 per account (1006).
///
/// @param startTimestampMicroseconds µs since the UNIX epoch of the batch's first sample (kept only
///   by the account's first write)
/// @param samples RTT samples in µs
public record WriteInternetLatencySamples(long startTimestampMicroseconds, RttSamples samples)
    implements TelemetryInstruction {
  /// @throws NullPointerException when `samples` is null
  public WriteInternetLatencySamples {
    requireNonNull(samples, "samples");
  }

  /// @return [TelemetryInstructionTag#WRITE_INTERNET_LATENCY_SAMPLES]
  @Override
  public TelemetryInstructionTag tag() {
    return TelemetryInstructionTag.WRITE_INTERNET_LATENCY_SAMPLES;
  }

  /// @param programId the telemetry program
  /// @param accounts the accounts
  /// @return the instruction (the collector must also be the fee payer)
  public Instruction toInstruction(
      PublicKey programId, WriteInternetLatencySamplesAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// @return `start_timestamp_microseconds`, `samples`
  @Override
  public List<Field> fields() {
    return new FieldsBuilder()
        .u64("start_timestamp_microseconds", startTimestampMicroseconds)
        .add("samples", samples.toFieldValue())
        .build();
  }
}
