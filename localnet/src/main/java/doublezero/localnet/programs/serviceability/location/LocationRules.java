package doublezero.localnet.programs.serviceability.location;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.state.Location;

/// `impl Validate for Location`: not ported yet (accepts everything).
public final class LocationRules {
  private LocationRules() {}

  /// Checks a Location before it is written.
  ///
  /// @throws ProgramException the custom error of the first rule broken
  public static void validate(Invocation inv, Location value) throws ProgramException {}
}
