package doublezero.localnet.programs.serviceability.tenant;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.UpdateTenant;

/// `UpdateTenant`: not ported yet.
public final class UpdateTenantProcessor {
  private UpdateTenantProcessor() {}

  /// Processes one `UpdateTenant` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, UpdateTenant args) throws ProgramException {
    throw inv.panic("UpdateTenant is not ported yet");
  }
}
