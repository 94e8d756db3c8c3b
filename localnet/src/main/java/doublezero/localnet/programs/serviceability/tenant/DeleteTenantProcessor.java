package doublezero.localnet.programs.serviceability.tenant;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.resource.ResourcePools;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.DeleteTenant;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Tenant;

/// `DeleteTenant` (#90, `PROC/tenant/delete.rs`; `serviceability-instructions.md` §3.12, §4.9).
/// Accounts: Tenant (W), GlobalState, VrfIds, payer (S), system program. Foundation only; the
/// tenant must have reference_count 0. Frees its vrf_id, then closes the account to the payer.
public final class DeleteTenantProcessor {
  private DeleteTenantProcessor() {}

  /// Processes one `DeleteTenant`.
  ///
  /// @throws ProgramException panics (signer, owners, writable, VrfIds checks), `NotAllowed` (8),
  ///   `ReferenceCountNotZero` (13)
  public static void process(Invocation inv, DeleteTenant args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount tenantAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount vrfIds = accounts.next();
    BorrowedAccount payer = accounts.next();
    accounts.next();
    inv.checkSigner(payer);
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkOwnedByProgram(tenantAccount, "Tenant");
    inv.checkWritable(tenantAccount, "Tenant");
    VrfIdsAccount.check(inv, vrfIds);
    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    Tenant tenant = inv.read(tenantAccount, Tenant.class);
    if (tenant.referenceCount() != 0) {
      throw inv.error(ServiceabilityError.REFERENCE_COUNT_NOT_ZERO);
    }
    ResourcePools.deallocateId(inv, vrfIds, tenant.vrfId());
    inv.close(tenantAccount, payer);
  }
}
