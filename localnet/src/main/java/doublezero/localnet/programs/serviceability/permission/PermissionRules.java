package doublezero.localnet.programs.serviceability.permission;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.state.Permission;

/// `impl Validate for Permission` (`STATE/permission.rs`): its only rule is the account type, which
/// the record type already guarantees (InvalidAccountType (9) can never be raised here).
public final class PermissionRules {
  private PermissionRules() {}

  /// Checks a Permission before it is written; every Permission record passes.
  ///
  /// @throws ProgramException never
  public static void validate(Invocation inv, Permission value) throws ProgramException {}
}
