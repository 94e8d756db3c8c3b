package doublezero.localnet.programs.serviceability.reservation;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.state.Reservation;

/// `impl Validate for Reservation`: not ported yet (accepts everything).
public final class ReservationRules {
  private ReservationRules() {}

  /// Checks a Reservation before it is written.
  ///
  /// @throws ProgramException the custom error of the first rule broken
  public static void validate(Invocation inv, Reservation value) throws ProgramException {}
}
