package doublezero.localnet.programs.serviceability.resource;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CreateResource;

/// `CreateResource`: not ported yet.
public final class CreateResourceProcessor {
  private CreateResourceProcessor() {}

  /// Processes one `CreateResource` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, CreateResource args) throws ProgramException {
    throw inv.panic("CreateResource is not ported yet");
  }
}
