package doublezero.localnet.programs.serviceability.tenant;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Tenant;

/// The prologue of Tenant{Add,Remove}Administrator (`PROC/tenant/{add,remove}_administrator.rs`):
/// signer, tenant owner, GlobalState owner, both read (tenant after GlobalState), then the
/// foundation check.
record TenantAdmin(BorrowedAccount tenant, BorrowedAccount payer, TenantDraft draft) {
  static TenantAdmin open(Invocation inv) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount tenantAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount payer = accounts.next();
    accounts.next();
    inv.checkSigner(payer);
    inv.checkOwnedByProgram(tenantAccount, "Tenant");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    GlobalState gs = inv.globalState(globalStateAccount);
    Tenant tenant = inv.read(tenantAccount, Tenant.class);
    if (!gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    return new TenantAdmin(tenantAccount, payer, new TenantDraft(tenant));
  }
}
