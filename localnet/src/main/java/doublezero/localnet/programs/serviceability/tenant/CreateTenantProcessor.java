package doublezero.localnet.programs.serviceability.tenant;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CreateTenant;

/// `CreateTenant`: not ported yet.
public final class CreateTenantProcessor {
  private CreateTenantProcessor() {}

  /// Processes one `CreateTenant` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, CreateTenant args) throws ProgramException {
    throw inv.panic("CreateTenant is not ported yet");
  }
}
