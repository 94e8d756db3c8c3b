package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.RejectUser;

/// `RejectUser`: not ported yet.
public final class RejectUserProcessor {
  private RejectUserProcessor() {}

  /// Processes one `RejectUser` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, RejectUser args) throws ProgramException {
    throw inv.panic("RejectUser is not ported yet");
  }
}
