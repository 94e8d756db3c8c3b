package doublezero.localnet.programs.serviceability.location;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.SuspendLocation;

/// `SuspendLocation`: not ported yet.
public final class SuspendLocationProcessor {
  private SuspendLocationProcessor() {}

  /// Processes one `SuspendLocation` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, SuspendLocation args) throws ProgramException {
    throw inv.panic("SuspendLocation is not ported yet");
  }
}
