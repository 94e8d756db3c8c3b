package doublezero.localnet.programs.serviceability.location;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CreateLocation;

/// `CreateLocation`: not ported yet.
public final class CreateLocationProcessor {
  private CreateLocationProcessor() {}

  /// Processes one `CreateLocation` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, CreateLocation args) throws ProgramException {
    throw inv.panic("CreateLocation is not ported yet");
  }
}
