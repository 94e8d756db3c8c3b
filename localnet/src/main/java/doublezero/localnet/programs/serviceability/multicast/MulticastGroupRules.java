package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.state.MulticastGroup;

/// `impl Validate for MulticastGroup`: not ported yet (accepts everything).
public final class MulticastGroupRules {
  private MulticastGroupRules() {}

  /// Checks a MulticastGroup before it is written.
  ///
  /// @throws ProgramException the custom error of the first rule broken
  public static void validate(Invocation inv, MulticastGroup value) throws ProgramException {}
}
