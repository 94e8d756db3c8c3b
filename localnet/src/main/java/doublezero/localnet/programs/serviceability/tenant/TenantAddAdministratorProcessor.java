package doublezero.localnet.programs.serviceability.tenant;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.TenantAddAdministrator;

/// `TenantAddAdministrator` (#91, `PROC/tenant/add_administrator.rs`;
/// `serviceability-instructions.md` §3.12). Accounts: Tenant, GlobalState, payer (S), system
/// program. Foundation only. Writability of the tenant is not asserted (the runtime still refuses
/// the write to a read-only account).
public final class TenantAddAdministratorProcessor {
  private TenantAddAdministratorProcessor() {}

  /// Appends the administrator.
  ///
  /// @throws ProgramException panics (signer, owners), `InvalidAccountData`, `NotAllowed` (8),
  ///   `AdministratorAlreadyExists` (76)
  public static void process(Invocation inv, TenantAddAdministrator args) throws ProgramException {
    TenantAdmin t = TenantAdmin.open(inv);
    if (t.draft().administrators.contains(args.administrator())) {
      throw inv.error(ServiceabilityError.ADMINISTRATOR_ALREADY_EXISTS);
    }
    t.draft().administrators.add(args.administrator());
    inv.write(t.draft().build(), t.tenant(), t.payer());
  }
}
