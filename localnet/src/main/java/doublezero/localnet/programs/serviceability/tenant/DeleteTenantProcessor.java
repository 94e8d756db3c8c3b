package doublezero.localnet.programs.serviceability.tenant;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.DeleteTenant;

/// `DeleteTenant`: not ported yet.
public final class DeleteTenantProcessor {
  private DeleteTenantProcessor() {}

  /// Processes one `DeleteTenant` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, DeleteTenant args) throws ProgramException {
    throw inv.panic("DeleteTenant is not ported yet");
  }
}
