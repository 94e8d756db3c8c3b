package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CreateSubscribeUser;

/// `CreateSubscribeUser`: not ported yet.
public final class CreateSubscribeUserProcessor {
  private CreateSubscribeUserProcessor() {}

  /// Processes one `CreateSubscribeUser` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, CreateSubscribeUser args) throws ProgramException {
    throw inv.panic("CreateSubscribeUser is not ported yet");
  }
}
