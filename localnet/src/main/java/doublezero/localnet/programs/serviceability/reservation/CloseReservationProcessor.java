package doublezero.localnet.programs.serviceability.reservation;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CloseReservation;

/// `CloseReservation`: not ported yet.
public final class CloseReservationProcessor {
  private CloseReservationProcessor() {}

  /// Processes one `CloseReservation` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, CloseReservation args) throws ProgramException {
    throw inv.panic("CloseReservation is not ported yet");
  }
}
