package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;

/// Instruction #19 `DeleteExchange` (args `ExchangeDeleteArgs`, processor
/// `PROC/exchange/delete.rs`; `serviceability-instructions.md` §1–§3). Closes an exchange whose
/// reference count is 0 (foundation only).
public record DeleteExchange() implements ServiceabilityInstruction {
  @Override
  public InstructionKind kind() {
    return InstructionKind.DELETE_EXCHANGE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    // no argument bytes
  }

  /// Reads nothing: the variant has no argument bytes (the program ignores any that follow).
  static DeleteExchange decodeArgs(BorshReader r) {
    return new DeleteExchange();
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [ExchangeAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, ExchangeAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
