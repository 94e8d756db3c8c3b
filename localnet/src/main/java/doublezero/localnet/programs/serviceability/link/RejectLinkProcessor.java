package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.RejectLink;

/// `RejectLink`: not ported yet.
public final class RejectLinkProcessor {
  private RejectLinkProcessor() {}

  /// Processes one `RejectLink` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, RejectLink args) throws ProgramException {
    throw inv.panic("RejectLink is not ported yet");
  }
}
