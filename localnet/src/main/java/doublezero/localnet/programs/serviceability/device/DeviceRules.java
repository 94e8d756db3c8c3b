package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.state.Device;

/// `impl Validate for Device`: not ported yet (accepts everything).
public final class DeviceRules {
  private DeviceRules() {}

  /// Checks a Device before it is written.
  ///
  /// @throws ProgramException the custom error of the first rule broken
  public static void validate(Invocation inv, Device value) throws ProgramException {}
}
