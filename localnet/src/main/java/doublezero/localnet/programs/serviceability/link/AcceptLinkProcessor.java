package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.AcceptLink;

/// `AcceptLink`: not ported yet.
public final class AcceptLinkProcessor {
  private AcceptLinkProcessor() {}

  /// Processes one `AcceptLink` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, AcceptLink args) throws ProgramException {
    throw inv.panic("AcceptLink is not ported yet");
  }
}
