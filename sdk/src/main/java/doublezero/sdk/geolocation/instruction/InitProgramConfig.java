package doublezero.sdk.geolocation.instruction;

import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldsBuilder;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.List;

/// Tag 0: create the config PDA (version 1, min compatible 1). No arguments; data `00`. The payer
/// must be the program's upgrade authority (`reference/telemetry-geolocation.md` §D.6).
public record InitProgramConfig() implements GeolocationInstruction {

  /// @return [GeolocationInstructionTag#INIT_PROGRAM_CONFIG]
  @Override
  public GeolocationInstructionTag tag() {
    return GeolocationInstructionTag.INIT_PROGRAM_CONFIG;
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
    return new FieldsBuilder().build();
  }
}
