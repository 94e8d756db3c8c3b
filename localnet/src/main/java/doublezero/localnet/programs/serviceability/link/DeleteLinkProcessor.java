package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.DeleteLink;

/// `DeleteLink`: not ported yet.
public final class DeleteLinkProcessor {
  private DeleteLinkProcessor() {}

  /// Processes one `DeleteLink` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, DeleteLink args) throws ProgramException {
    throw inv.panic("DeleteLink is not ported yet");
  }
}
