package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CreateReservedSubscribeUser;

/// `CreateReservedSubscribeUser`: not ported yet.
public final class CreateReservedSubscribeUserProcessor {
  private CreateReservedSubscribeUserProcessor() {}

  /// Processes one `CreateReservedSubscribeUser` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, CreateReservedSubscribeUser args) throws ProgramException {
    throw inv.panic("CreateReservedSubscribeUser is not ported yet");
  }
}
