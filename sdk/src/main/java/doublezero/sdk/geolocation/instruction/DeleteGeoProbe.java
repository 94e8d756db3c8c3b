package doublezero.sdk.geolocation.instruction;

import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldsBuilder;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.List;

/// Tag 4: close a GeoProbe whose reference count is 0, lamports to the payer. No arguments; data
/// `04` (`reference/telemetry-geolocation.md` §D.6).
public record DeleteGeoProbe() implements GeolocationInstruction {

  /// @return [GeolocationInstructionTag#DELETE_GEO_PROBE]
  @Override
  public GeolocationInstructionTag tag() {
    return GeolocationInstructionTag.DELETE_GEO_PROBE;
  }

  /// @param programId the geolocation program
  /// @param accounts the accounts
  /// @return the instruction (the payer should also pay the fee)
  public Instruction toInstruction(PublicKey programId, GeoProbeAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// @return the arguments, Rust names
  @Override
  public List<Field> fields() {
    return new FieldsBuilder().build();
  }
}
