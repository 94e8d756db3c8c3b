package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.ActivateLink;

/// `ActivateLink`: not ported yet.
public final class ActivateLinkProcessor {
  private ActivateLinkProcessor() {}

  /// Processes one `ActivateLink` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, ActivateLink args) throws ProgramException {
    throw inv.panic("ActivateLink is not ported yet");
  }
}
