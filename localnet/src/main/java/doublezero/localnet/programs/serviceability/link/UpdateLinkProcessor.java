package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.UpdateLink;

/// `UpdateLink`: not ported yet.
public final class UpdateLinkProcessor {
  private UpdateLinkProcessor() {}

  /// Processes one `UpdateLink` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, UpdateLink args) throws ProgramException {
    throw inv.panic("UpdateLink is not ported yet");
  }
}
