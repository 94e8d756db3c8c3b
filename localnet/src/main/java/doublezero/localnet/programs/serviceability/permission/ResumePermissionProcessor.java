package doublezero.localnet.programs.serviceability.permission;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.ResumePermission;
import doublezero.sdk.serviceability.state.PermissionStatus;

/// `ResumePermission` (#100, `PROC/permission/resume.rs`; `serviceability-instructions.md` §3.14,
/// §4.9): Suspended → Activated. The status is checked before authorization (§9.7).
public final class ResumePermissionProcessor {
  private ResumePermissionProcessor() {}

  /// Processes one `ResumePermission`.
  ///
  /// @throws ProgramException as [PermissionTarget], `InvalidStatus` (7) unless Suspended,
  ///   `NotAllowed` (8)
  public static void process(Invocation inv, ResumePermission args) throws ProgramException {
    SuspendPermissionProcessor.setStatus(
        inv, PermissionStatus.SUSPENDED, PermissionStatus.ACTIVATED);
  }
}
