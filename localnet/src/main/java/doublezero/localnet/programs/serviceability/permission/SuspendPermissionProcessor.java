package doublezero.localnet.programs.serviceability.permission;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.SuspendPermission;

/// `SuspendPermission`: not ported yet.
public final class SuspendPermissionProcessor {
  private SuspendPermissionProcessor() {}

  /// Processes one `SuspendPermission` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, SuspendPermission args) throws ProgramException {
    throw inv.panic("SuspendPermission is not ported yet");
  }
}
