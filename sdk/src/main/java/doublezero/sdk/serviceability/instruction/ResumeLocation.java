package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;

/// Instruction #13 `ResumeLocation` (args `LocationResumeArgs`, processor
/// `PROC/location/resume.rs`; `serviceability-instructions.md` §1–§3). Suspended → Activated
/// (foundation only).
public record ResumeLocation() implements ServiceabilityInstruction {
  @Override
  public InstructionKind kind() {
    return InstructionKind.RESUME_LOCATION;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    // no argument bytes
  }

  /// Reads nothing: the variant has no argument bytes (the program ignores any that follow).
  static ResumeLocation decodeArgs(BorshReader r) {
    return new ResumeLocation();
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [LocationAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, LocationAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
