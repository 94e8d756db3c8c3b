package doublezero.localnet.programs.serviceability.resource;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.DeallocateResource;

/// `DeallocateResource`: not ported yet.
public final class DeallocateResourceProcessor {
  private DeallocateResourceProcessor() {}

  /// Processes one `DeallocateResource` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, DeallocateResource args) throws ProgramException {
    throw inv.panic("DeallocateResource is not ported yet");
  }
}
