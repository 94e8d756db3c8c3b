package doublezero.localnet.programs.serviceability.location;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.DeleteLocation;

/// `DeleteLocation`: not ported yet.
public final class DeleteLocationProcessor {
  private DeleteLocationProcessor() {}

  /// Processes one `DeleteLocation` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, DeleteLocation args) throws ProgramException {
    throw inv.panic("DeleteLocation is not ported yet");
  }
}
