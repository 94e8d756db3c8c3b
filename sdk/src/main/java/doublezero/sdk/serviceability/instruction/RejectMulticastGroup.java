package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;

/// Instruction #48 `RejectMulticastGroup` (args `MulticastGroupRejectArgs`, processor
/// `PROC/multicastgroup/reject.rs`; `serviceability-instructions.md` §1–§3). Pending → Rejected
/// (foundation only).
///
/// @param reason `reason`: String (u32 length + UTF-8)
public record RejectMulticastGroup(String reason) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public RejectMulticastGroup {
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.REJECT_MULTICAST_GROUP;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.string(reason);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static RejectMulticastGroup decodeArgs(BorshReader r) {
    return new RejectMulticastGroup(r.string("reason"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [MulticastGroupAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, MulticastGroupAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
