package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;
import java.util.Optional;

/// Instruction #93 `UpdatePaymentStatus` (args `UpdatePaymentStatusArgs`, processor
/// `PROC/tenant/update_payment_status.rs`; `serviceability-instructions.md` §1–§3). Sets a tenant's
/// payment status (0 Delinquent, 1 Paid) and optionally its last deduction epoch (sentinel or
/// foundation).
///
/// @param paymentStatus `payment_status`: u8
/// @param lastDeductionDzEpoch `last_deduction_dz_epoch`: Option<u64, unsigned>
public record UpdatePaymentStatus(int paymentStatus, Optional<Long> lastDeductionDzEpoch)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public UpdatePaymentStatus {
    Args.u8(paymentStatus, "payment_status");
    Objects.requireNonNull(lastDeductionDzEpoch, "last_deduction_dz_epoch");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.UPDATE_PAYMENT_STATUS;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.u8(paymentStatus);
    Args.writeOption(w, lastDeductionDzEpoch, (ww, x) -> ww.u64(x));
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static UpdatePaymentStatus decodeArgs(BorshReader r) {
    return new UpdatePaymentStatus(
        r.u8("payment_status"),
        Args.readOption(r, "last_deduction_dz_epoch", x -> x.u64("last_deduction_dz_epoch")));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [TenantAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, TenantAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
