package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Instruction #93 `UpdatePaymentStatus` (args `UpdatePaymentStatusArgs`, processor `PROC/tenant/update_payment_status.rs`; `serviceability-instructions.md` §1–§3).
/// Sets a tenant's payment status (0 Delinquent, 1 Paid) and optionally its last deduction epoch (sentinel or foundation).
///
/// @param paymentStatus `payment_status`: u8
/// @param lastDeductionDzEpoch `last_deduction_dz_epoch`: Option<u64, unsigned>
public record UpdatePaymentStatus(int paymentStatus, Optional<Long> lastDeductionDzEpoch) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException     for a null value
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
  /// @param accounts  the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `UpdatePaymentStatus`, in the order the reference SDK (or, where it has no builder, the processor) expects
  /// them (`serviceability-instructions.md` §3). [#metas()] appends the payer (writable signer) and the system program
  /// (marked writable, as the reference SDK does; the runtime downgrades it), §0.2.
  ///
  /// @param tenant the tenant account (writable)
  /// @param globalState the global state account (read-only)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(PublicKey tenant, PublicKey globalState, PublicKey payer) implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(tenant));
      m.add(AccountMeta.readonly(globalState));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
