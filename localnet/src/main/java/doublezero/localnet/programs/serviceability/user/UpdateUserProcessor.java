package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.UpdateUser;

/// `UpdateUser`: not ported yet.
public final class UpdateUserProcessor {
  private UpdateUserProcessor() {}

  /// Processes one `UpdateUser` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, UpdateUser args) throws ProgramException {
    throw inv.panic("UpdateUser is not ported yet");
  }
}
