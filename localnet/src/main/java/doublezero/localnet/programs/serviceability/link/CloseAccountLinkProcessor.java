package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CloseAccountLink;

/// `CloseAccountLink`: not ported yet.
public final class CloseAccountLinkProcessor {
  private CloseAccountLinkProcessor() {}

  /// Processes one `CloseAccountLink` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, CloseAccountLink args) throws ProgramException {
    throw inv.panic("CloseAccountLink is not ported yet");
  }
}
