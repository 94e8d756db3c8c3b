package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;

/// Instruction #62 `SuspendContributor` (args `ContributorSuspendArgs`, processor
/// `PROC/contributor/suspend.rs`; `serviceability-instructions.md` §1–§3). Activated → Suspended
/// (foundation only).
public record SuspendContributor() implements ServiceabilityInstruction {
  @Override
  public InstructionKind kind() {
    return InstructionKind.SUSPEND_CONTRIBUTOR;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    // no argument bytes
  }

  /// Reads nothing: the variant has no argument bytes (the program ignores any that follow).
  static SuspendContributor decodeArgs(BorshReader r) {
    return new SuspendContributor();
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [ContributorAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, ContributorAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
