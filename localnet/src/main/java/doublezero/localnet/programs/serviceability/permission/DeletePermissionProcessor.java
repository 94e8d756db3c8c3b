package doublezero.localnet.programs.serviceability.permission;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.DeletePermission;

/// `DeletePermission`: not ported yet.
public final class DeletePermissionProcessor {
  private DeletePermissionProcessor() {}

  /// Processes one `DeletePermission` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, DeletePermission args) throws ProgramException {
    throw inv.panic("DeletePermission is not ported yet");
  }
}
