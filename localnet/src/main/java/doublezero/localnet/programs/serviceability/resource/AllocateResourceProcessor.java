package doublezero.localnet.programs.serviceability.resource;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.AllocateResource;

/// `AllocateResource`: not ported yet.
public final class AllocateResourceProcessor {
  private AllocateResourceProcessor() {}

  /// Processes one `AllocateResource` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, AllocateResource args) throws ProgramException {
    throw inv.panic("AllocateResource is not ported yet");
  }
}
