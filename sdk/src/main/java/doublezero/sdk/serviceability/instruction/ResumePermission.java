package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;

/// Instruction #100 `ResumePermission` (args `PermissionResumeArgs`, processor
/// `PROC/permission/resume.rs`; `serviceability-instructions.md` §1–§3). Suspended → Activated.
public record ResumePermission() implements ServiceabilityInstruction {
  @Override
  public InstructionKind kind() {
    return InstructionKind.RESUME_PERMISSION;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    // no argument bytes
  }

  /// Reads nothing: the variant has no argument bytes (the program ignores any that follow).
  static ResumePermission decodeArgs(BorshReader r) {
    return new ResumePermission();
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [PermissionAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, PermissionAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
