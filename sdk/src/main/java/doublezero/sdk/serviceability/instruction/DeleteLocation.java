package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;

/// Instruction #14 `DeleteLocation` (args `LocationDeleteArgs`, processor
/// `PROC/location/delete.rs`; `serviceability-instructions.md` §1–§3). Closes a location whose
/// reference count is 0; rent goes to the payer (foundation only).
public record DeleteLocation() implements ServiceabilityInstruction {
  @Override
  public InstructionKind kind() {
    return InstructionKind.DELETE_LOCATION;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    // no argument bytes
  }

  /// Reads nothing: the variant has no argument bytes (the program ignores any that follow).
  static DeleteLocation decodeArgs(BorshReader r) {
    return new DeleteLocation();
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [LocationAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, LocationAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
