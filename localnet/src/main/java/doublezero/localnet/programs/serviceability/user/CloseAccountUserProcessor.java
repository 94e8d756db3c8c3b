package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CloseAccountUser;

/// `CloseAccountUser`: not ported yet.
public final class CloseAccountUserProcessor {
  private CloseAccountUserProcessor() {}

  /// Processes one `CloseAccountUser` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, CloseAccountUser args) throws ProgramException {
    throw inv.panic("CloseAccountUser is not ported yet");
  }
}
