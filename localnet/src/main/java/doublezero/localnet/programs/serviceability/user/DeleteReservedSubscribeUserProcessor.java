package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.DeleteReservedSubscribeUser;

/// `DeleteReservedSubscribeUser`: not ported yet.
public final class DeleteReservedSubscribeUserProcessor {
  private DeleteReservedSubscribeUserProcessor() {}

  /// Processes one `DeleteReservedSubscribeUser` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, DeleteReservedSubscribeUser args) throws ProgramException {
    throw inv.panic("DeleteReservedSubscribeUser is not ported yet");
  }
}
