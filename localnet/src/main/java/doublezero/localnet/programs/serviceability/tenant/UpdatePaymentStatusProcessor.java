package doublezero.localnet.programs.serviceability.tenant;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.UpdatePaymentStatus;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.TenantBillingConfig;
import doublezero.sdk.serviceability.state.TenantPaymentStatus;

/// `UpdatePaymentStatus` (#93, `PROC/tenant/update_payment_status.rs`;
/// `serviceability-instructions.md` §3.12). Accounts: Tenant (W), GlobalState, payer (S), system
/// program. Sentinel or foundation. Sets payment_status (0 Delinquent, 1 Paid) and, when given,
/// `billing.FlatPerEpoch.last_deduction_dz_epoch`.
public final class UpdatePaymentStatusProcessor {
  private UpdatePaymentStatusProcessor() {}

  /// Processes one `UpdatePaymentStatus`.
  ///
  /// @throws ProgramException panics (signer, owners, writable), `NotAllowed` (8),
  ///   `InvalidPaymentStatus` (78) for a status above 1 (checked before the tenant is read),
  ///   `InvalidAccountData`
  public static void process(Invocation inv, UpdatePaymentStatus args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount tenantAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount payer = accounts.next();
    accounts.next();
    inv.checkSigner(payer);
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkOwnedByProgram(tenantAccount, "Tenant");
    inv.checkWritable(tenantAccount, "Tenant");
    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.sentinelAuthorityPk().equals(payer.key())
        && !gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    if (args.paymentStatus() > 1) {
      throw inv.error(ServiceabilityError.INVALID_PAYMENT_STATUS);
    }
    TenantDraft t = new TenantDraft(inv.read(tenantAccount, Tenant.class));
    t.paymentStatus =
        args.paymentStatus() == 0 ? TenantPaymentStatus.DELINQUENT : TenantPaymentStatus.PAID;
    if (args.lastDeductionDzEpoch().isPresent()) {
      TenantBillingConfig.FlatPerEpoch flat =
          switch (t.billing) {
            case TenantBillingConfig.FlatPerEpoch f -> f;
          };
      t.billing =
          new TenantBillingConfig.FlatPerEpoch(flat.rate(), args.lastDeductionDzEpoch().get());
    }
    inv.write(t.build(), tenantAccount, payer);
  }
}
