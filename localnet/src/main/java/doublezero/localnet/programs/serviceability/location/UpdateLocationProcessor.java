package doublezero.localnet.programs.serviceability.location;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.UpdateLocation;

/// `UpdateLocation`: not ported yet.
public final class UpdateLocationProcessor {
  private UpdateLocationProcessor() {}

  /// Processes one `UpdateLocation` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, UpdateLocation args) throws ProgramException {
    throw inv.panic("UpdateLocation is not ported yet");
  }
}
