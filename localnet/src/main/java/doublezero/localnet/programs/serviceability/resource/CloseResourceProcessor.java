package doublezero.localnet.programs.serviceability.resource;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CloseResource;

/// `CloseResource`: not ported yet.
public final class CloseResourceProcessor {
  private CloseResourceProcessor() {}

  /// Processes one `CloseResource` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, CloseResource args) throws ProgramException {
    throw inv.panic("CloseResource is not ported yet");
  }
}
