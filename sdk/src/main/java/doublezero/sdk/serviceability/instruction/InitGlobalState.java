package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;

/// Instruction #1 `InitGlobalState` (no arguments, processor `PROC/globalstate/initialize.rs`;
/// `serviceability-instructions.md` §1–§3). Creates GlobalState (if absent) and (re)writes
/// ProgramConfig; no authorization.
public record InitGlobalState() implements ServiceabilityInstruction {
  @Override
  public InstructionKind kind() {
    return InstructionKind.INIT_GLOBAL_STATE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    // no argument bytes
  }

  /// Reads nothing: the variant has no argument bytes (the program ignores any that follow).
  static InitGlobalState decodeArgs(BorshReader r) {
    return new InitGlobalState();
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [ProgramConfigAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, ProgramConfigAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
