package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CreateLink;

/// `CreateLink`: not ported yet.
public final class CreateLinkProcessor {
  private CreateLinkProcessor() {}

  /// Processes one `CreateLink` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, CreateLink args) throws ProgramException {
    throw inv.panic("CreateLink is not ported yet");
  }
}
