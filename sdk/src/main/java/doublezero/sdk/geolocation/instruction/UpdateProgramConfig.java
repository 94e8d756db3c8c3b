package doublezero.sdk.geolocation.instruction;

import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import doublezero.sdk.fields.FieldsBuilder;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/// Tag 1: change the config versions. Data `01` + version `Option<u32>` + min_compatible_version
/// `Option<u32>` (tag 0 = None, 1 + value = Some; `reference/telemetry-geolocation.md` §D.6).
/// On-chain: min > version ⇒ 18.
///
/// @param version new version (u32), or empty to keep it
/// @param minCompatibleVersion new minimum compatible version (u32), or empty to keep it
public record UpdateProgramConfig(Optional<Long> version, Optional<Long> minCompatibleVersion)
    implements GeolocationInstruction {
  /// @throws NullPointerException for a null Optional
  /// @throws IllegalArgumentException when a present value is not a u32
  public UpdateProgramConfig {
    GeolocationOptions.requireU32(version, "version");
    GeolocationOptions.requireU32(minCompatibleVersion, "min_compatible_version");
  }

  /// @return [GeolocationInstructionTag#UPDATE_PROGRAM_CONFIG]
  @Override
  public GeolocationInstructionTag tag() {
    return GeolocationInstructionTag.UPDATE_PROGRAM_CONFIG;
  }

  /// @param programId the geolocation program
  /// @param accounts the accounts
  /// @return the instruction (the payer should also pay the fee)
  public Instruction toInstruction(PublicKey programId, ProgramConfigAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// @return the arguments, Rust names
  @Override
  public List<Field> fields() {
    return new FieldsBuilder()
        .add(
            "version",
            GeolocationOptions.value(
                version, v -> new FieldValue.Int(FieldValue.IntType.U32, BigInteger.valueOf(v))))
        .add(
            "min_compatible_version",
            GeolocationOptions.value(
                minCompatibleVersion,
                v -> new FieldValue.Int(FieldValue.IntType.U32, BigInteger.valueOf(v))))
        .build();
  }
}
