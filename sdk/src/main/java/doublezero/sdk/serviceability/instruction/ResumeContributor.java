package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;

/// Instruction #63 `ResumeContributor` (args `ContributorResumeArgs`, processor
/// `PROC/contributor/resume.rs`; `serviceability-instructions.md` §1–§3). Suspended → Activated
/// (foundation only).
public record ResumeContributor() implements ServiceabilityInstruction {
  @Override
  public InstructionKind kind() {
    return InstructionKind.RESUME_CONTRIBUTOR;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    // no argument bytes
  }

  /// Reads nothing: the variant has no argument bytes (the program ignores any that follow).
  static ResumeContributor decodeArgs(BorshReader r) {
    return new ResumeContributor();
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [ContributorAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, ContributorAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
