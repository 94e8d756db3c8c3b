package doublezero.sdk.geolocation.instruction;

import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldsBuilder;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.List;

/// Tag 5: add the Device passed in the accounts as a parent of the probe (at most 5). No arguments;
/// data `05` (`reference/telemetry-geolocation.md` §D.6).
public record AddParentDevice() implements GeolocationInstruction {

  /// @return [GeolocationInstructionTag#ADD_PARENT_DEVICE]
  @Override
  public GeolocationInstructionTag tag() {
    return GeolocationInstructionTag.ADD_PARENT_DEVICE;
  }

  /// @param programId the geolocation program
  /// @param accounts the accounts
  /// @return the instruction (the payer should also pay the fee)
  public Instruction toInstruction(PublicKey programId, AddParentDeviceAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// @return the arguments, Rust names
  @Override
  public List<Field> fields() {
    return new FieldsBuilder().build();
  }
}
