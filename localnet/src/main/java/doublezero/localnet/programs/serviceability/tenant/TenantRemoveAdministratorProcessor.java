package doublezero.localnet.programs.serviceability.tenant;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.TenantRemoveAdministrator;

/// `TenantRemoveAdministrator` (#92, `PROC/tenant/remove_administrator.rs`;
/// `serviceability-instructions.md` §3.12). Accounts as [TenantAddAdministratorProcessor]. Removes
/// the first occurrence.
public final class TenantRemoveAdministratorProcessor {
  private TenantRemoveAdministratorProcessor() {}

  /// Removes the administrator.
  ///
  /// @throws ProgramException panics (signer, owners), `InvalidAccountData`, `NotAllowed` (8),
  ///   `AdministratorNotFound` (77)
  public static void process(Invocation inv, TenantRemoveAdministrator args)
      throws ProgramException {
    TenantAdmin t = TenantAdmin.open(inv);
    if (!t.draft().administrators.remove(args.administrator())) {
      throw inv.error(ServiceabilityError.ADMINISTRATOR_NOT_FOUND);
    }
    inv.write(t.draft().build(), t.tenant(), t.payer());
  }
}
