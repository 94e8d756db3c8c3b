package doublezero.sdk.geolocation.instruction;

import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldsBuilder;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.List;
import java.util.Objects;

/// Tag 6: remove a parent device from the probe. Data `06` + device_pk (32 bytes)
/// (`reference/telemetry-geolocation.md` §D.6).
///
/// @param devicePk the Device to remove
public record RemoveParentDevice(PublicKey devicePk) implements GeolocationInstruction {
  /// @throws NullPointerException when the key is null
  public RemoveParentDevice {
    Objects.requireNonNull(devicePk, "devicePk");
  }

  /// @return [GeolocationInstructionTag#REMOVE_PARENT_DEVICE]
  @Override
  public GeolocationInstructionTag tag() {
    return GeolocationInstructionTag.REMOVE_PARENT_DEVICE;
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
    return new FieldsBuilder().key("device_pk", devicePk).build();
  }
}
