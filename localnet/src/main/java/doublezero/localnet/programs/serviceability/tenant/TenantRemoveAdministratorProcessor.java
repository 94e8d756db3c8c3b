package doublezero.localnet.programs.serviceability.tenant;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.TenantRemoveAdministrator;

/// `TenantRemoveAdministrator`: not ported yet.
public final class TenantRemoveAdministratorProcessor {
  private TenantRemoveAdministratorProcessor() {}

  /// Processes one `TenantRemoveAdministrator` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, TenantRemoveAdministrator args) throws ProgramException {
    throw inv.panic("TenantRemoveAdministrator is not ported yet");
  }
}
