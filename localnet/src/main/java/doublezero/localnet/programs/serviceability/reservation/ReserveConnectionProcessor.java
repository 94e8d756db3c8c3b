package doublezero.localnet.programs.serviceability.reservation;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.ReserveConnection;

/// `ReserveConnection`: not ported yet.
public final class ReserveConnectionProcessor {
  private ReserveConnectionProcessor() {}

  /// Processes one `ReserveConnection` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, ReserveConnection args) throws ProgramException {
    throw inv.panic("ReserveConnection is not ported yet");
  }
}
