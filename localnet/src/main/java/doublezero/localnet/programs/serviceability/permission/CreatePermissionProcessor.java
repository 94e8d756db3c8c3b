package doublezero.localnet.programs.serviceability.permission;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CreatePermission;

/// `CreatePermission`: not ported yet.
public final class CreatePermissionProcessor {
  private CreatePermissionProcessor() {}

  /// Processes one `CreatePermission` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, CreatePermission args) throws ProgramException {
    throw inv.panic("CreatePermission is not ported yet");
  }
}
