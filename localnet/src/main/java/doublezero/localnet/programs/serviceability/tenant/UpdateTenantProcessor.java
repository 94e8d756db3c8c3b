package doublezero.localnet.programs.serviceability.tenant;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.UpdateTenant;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Tenant;

/// `UpdateTenant` (#89, `PROC/tenant/update.rs`; `serviceability-instructions.md` §3.12). Accounts:
/// Tenant (W), GlobalState, payer (S), system program. Foundation only. Each present argument
/// replaces its field; a new vrf_id is stored without any VrfIds bookkeeping (reference behaviour).
public final class UpdateTenantProcessor {
  private UpdateTenantProcessor() {}

  /// Processes one `UpdateTenant`.
  ///
  /// @throws ProgramException panics (signer, owners, writable), `NotAllowed` (8),
  ///   `InvalidAccountData` for another account type
  public static void process(Invocation inv, UpdateTenant args) throws ProgramException {
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
    if (!gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    TenantDraft t = new TenantDraft(inv.read(tenantAccount, Tenant.class));
    args.vrfId().ifPresent(v -> t.vrfId = v);
    args.tokenAccount().ifPresent(v -> t.tokenAccount = v);
    args.metroRouting().ifPresent(v -> t.metroRouting = v);
    args.routeLiveness().ifPresent(v -> t.routeLiveness = v);
    args.billing().ifPresent(v -> t.billing = v);
    inv.write(t.build(), tenantAccount, payer);
  }
}
