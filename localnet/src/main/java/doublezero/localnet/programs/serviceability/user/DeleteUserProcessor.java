package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.DeleteUser;

/// `DeleteUser`: not ported yet.
public final class DeleteUserProcessor {
  private DeleteUserProcessor() {}

  /// Processes one `DeleteUser` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, DeleteUser args) throws ProgramException {
    throw inv.panic("DeleteUser is not ported yet");
  }
}
