package doublezero.localnet.programs.serviceability.permission;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.UpdatePermission;
import doublezero.sdk.serviceability.state.Permission;
import doublezero.sdk.serviceability.state.PermissionFlag;

/// `UpdatePermission` (#98, `PROC/permission/update.rs`; `serviceability-instructions.md` §3.14):
/// `permissions = (permissions | add) & !remove`. The result may be 0 and the status is not
/// checked.
public final class UpdatePermissionProcessor {
  private UpdatePermissionProcessor() {}

  /// Processes one `UpdatePermission`.
  ///
  /// @throws ProgramException as [PermissionTarget], `InvalidArgument` (65) when add and remove
  ///   overlap or are both 0, `NotAllowed` (8) from [Authorization]
  public static void process(Invocation inv, UpdatePermission args) throws ProgramException {
    PermissionTarget t = PermissionTarget.open(inv);
    if (Authorization.intersects(args.add(), args.remove())
        || (Authorization.isZero(args.add()) && Authorization.isZero(args.remove()))) {
      throw inv.error(ServiceabilityError.INVALID_ARGUMENT);
    }
    Authorization.authorize(
        inv,
        t.cursor(),
        t.payer().key(),
        inv.globalState(t.globalState()),
        PermissionFlag.maskOf(PermissionFlag.PERMISSION_ADMIN));
    Permission p = t.permission();
    Permission updated =
        new Permission(
            p.owner(),
            p.bumpSeed(),
            p.status(),
            p.userPayer(),
            Authorization.apply(p.permissions(), args.add(), args.remove()));
    inv.write(updated, t.account(), t.payer());
  }
}
