package doublezero.localnet.programs.serviceability.accesspass;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.state.AccessPass;

/// `impl Validate for AccessPass`: not ported yet (accepts everything).
public final class AccessPassRules {
  private AccessPassRules() {}

  /// Checks a AccessPass before it is written.
  ///
  /// @throws ProgramException the custom error of the first rule broken
  public static void validate(Invocation inv, AccessPass value) throws ProgramException {}
}
