package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;

/// Instruction #50 `SuspendMulticastGroup` (args `MulticastGroupSuspendArgs`, processor
/// `PROC/multicastgroup/suspend.rs`; `serviceability-instructions.md` §1–§3). Activated → Suspended
/// (foundation only).
public record SuspendMulticastGroup() implements ServiceabilityInstruction {
  @Override
  public InstructionKind kind() {
    return InstructionKind.SUSPEND_MULTICAST_GROUP;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    // no argument bytes
  }

  /// Reads nothing: the variant has no argument bytes (the program ignores any that follow).
  static SuspendMulticastGroup decodeArgs(BorshReader r) {
    return new SuspendMulticastGroup();
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [MulticastGroupAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, MulticastGroupAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
