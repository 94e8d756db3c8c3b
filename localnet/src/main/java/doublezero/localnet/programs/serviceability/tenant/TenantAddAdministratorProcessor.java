package doublezero.localnet.programs.serviceability.tenant;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.TenantAddAdministrator;

/// `TenantAddAdministrator`: not ported yet.
public final class TenantAddAdministratorProcessor {
  private TenantAddAdministratorProcessor() {}

  /// Processes one `TenantAddAdministrator` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, TenantAddAdministrator args) throws ProgramException {
    throw inv.panic("TenantAddAdministrator is not ported yet");
  }
}
