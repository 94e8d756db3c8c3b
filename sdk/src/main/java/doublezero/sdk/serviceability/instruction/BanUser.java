package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;

/// Instruction #45 `BanUser` (args `UserBanArgs`, processor `PROC/user/ban.rs`;
/// `serviceability-instructions.md` §1–§3). PendingBan → Banned (activator only).
public record BanUser() implements ServiceabilityInstruction {
  @Override
  public InstructionKind kind() {
    return InstructionKind.BAN_USER;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    // no argument bytes
  }

  /// Reads nothing: the variant has no argument bytes (the program ignores any that follow).
  static BanUser decodeArgs(BorshReader r) {
    return new BanUser();
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [UserAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, UserAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
