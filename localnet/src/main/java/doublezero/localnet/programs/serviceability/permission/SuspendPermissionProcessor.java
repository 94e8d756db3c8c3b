package doublezero.localnet.programs.serviceability.permission;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.SuspendPermission;
import doublezero.sdk.serviceability.state.Permission;
import doublezero.sdk.serviceability.state.PermissionFlag;
import doublezero.sdk.serviceability.state.PermissionStatus;

/// `SuspendPermission` (#99, `PROC/permission/suspend.rs`; `serviceability-instructions.md` §3.14,
/// §4.9): Activated → Suspended. The status is checked before authorization (§9.7).
public final class SuspendPermissionProcessor {
  private SuspendPermissionProcessor() {}

  /// Processes one `SuspendPermission`.
  ///
  /// @throws ProgramException as [PermissionTarget], `InvalidStatus` (7) unless Activated,
  ///   `NotAllowed` (8)
  public static void process(Invocation inv, SuspendPermission args) throws ProgramException {
    setStatus(inv, PermissionStatus.ACTIVATED, PermissionStatus.SUSPENDED);
  }

  /// Moves a permission from `from` to `to` (shared with [ResumePermissionProcessor]).
  static void setStatus(Invocation inv, PermissionStatus from, PermissionStatus to)
      throws ProgramException {
    PermissionTarget t = PermissionTarget.open(inv);
    if (t.permission().status() != from) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    Authorization.authorize(
        inv,
        t.cursor(),
        t.payer().key(),
        inv.globalState(t.globalState()),
        PermissionFlag.maskOf(PermissionFlag.PERMISSION_ADMIN));
    Permission p = t.permission();
    inv.write(
        new Permission(p.owner(), p.bumpSeed(), to, p.userPayer(), p.permissions()),
        t.account(),
        t.payer());
  }
}
