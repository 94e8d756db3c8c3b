package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CreateUser;

/// `CreateUser`: not ported yet.
public final class CreateUserProcessor {
  private CreateUserProcessor() {}

  /// Processes one `CreateUser` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, CreateUser args) throws ProgramException {
    throw inv.panic("CreateUser is not ported yet");
  }
}
