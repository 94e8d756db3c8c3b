package doublezero.localnet.programs.serviceability.permission;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.state.Permission;

/// `impl Validate for Permission`: not ported yet (accepts everything).
public final class PermissionRules {
  private PermissionRules() {}

  /// Checks a Permission before it is written.
  ///
  /// @throws ProgramException the custom error of the first rule broken
  public static void validate(Invocation inv, Permission value) throws ProgramException {}
}
