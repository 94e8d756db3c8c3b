package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.ActivateUser;

/// `ActivateUser`: not ported yet.
public final class ActivateUserProcessor {
  private ActivateUserProcessor() {}

  /// Processes one `ActivateUser` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, ActivateUser args) throws ProgramException {
    throw inv.panic("ActivateUser is not ported yet");
  }
}
