package doublezero.localnet.programs.serviceability.permission;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.DeletePermission;
import doublezero.sdk.serviceability.state.PermissionFlag;

/// `DeletePermission` (#101, `PROC/permission/delete.rs`; `serviceability-instructions.md` §3.14):
/// closes the permission to the payer, from any status; a payer cannot delete its own permission.
public final class DeletePermissionProcessor {
  private DeletePermissionProcessor() {}

  /// Processes one `DeletePermission`.
  ///
  /// @throws ProgramException as [PermissionTarget], `InvalidArgument` (65) when the permission's
  ///   user_payer is the payer, `NotAllowed` (8) from [Authorization]
  public static void process(Invocation inv, DeletePermission args) throws ProgramException {
    PermissionTarget t = PermissionTarget.open(inv);
    if (t.permission().userPayer().equals(t.payer().key())) {
      throw inv.error(ServiceabilityError.INVALID_ARGUMENT);
    }
    Authorization.authorize(
        inv,
        t.cursor(),
        t.payer().key(),
        inv.globalState(t.globalState()),
        PermissionFlag.maskOf(PermissionFlag.PERMISSION_ADMIN));
    inv.close(t.account(), t.payer());
  }
}
