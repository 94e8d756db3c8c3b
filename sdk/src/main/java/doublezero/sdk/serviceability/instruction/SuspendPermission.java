package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;

/// Instruction #99 `SuspendPermission` (args `PermissionSuspendArgs`, processor
/// `PROC/permission/suspend.rs`; `serviceability-instructions.md` §1–§3). Activated → Suspended.
public record SuspendPermission() implements ServiceabilityInstruction {
  @Override
  public InstructionKind kind() {
    return InstructionKind.SUSPEND_PERMISSION;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    // no argument bytes
  }

  /// Reads nothing: the variant has no argument bytes (the program ignores any that follow).
  static SuspendPermission decodeArgs(BorshReader r) {
    return new SuspendPermission();
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [PermissionAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, PermissionAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
