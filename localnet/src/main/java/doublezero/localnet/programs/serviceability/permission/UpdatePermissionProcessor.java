package doublezero.localnet.programs.serviceability.permission;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.UpdatePermission;

/// `UpdatePermission`: not ported yet.
public final class UpdatePermissionProcessor {
  private UpdatePermissionProcessor() {}

  /// Processes one `UpdatePermission` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, UpdatePermission args) throws ProgramException {
    throw inv.panic("UpdatePermission is not ported yet");
  }
}
