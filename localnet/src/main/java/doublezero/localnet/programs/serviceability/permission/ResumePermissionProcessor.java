package doublezero.localnet.programs.serviceability.permission;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.ResumePermission;

/// `ResumePermission`: not ported yet.
public final class ResumePermissionProcessor {
  private ResumePermissionProcessor() {}

  /// Processes one `ResumePermission` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, ResumePermission args) throws ProgramException {
    throw inv.panic("ResumePermission is not ported yet");
  }
}
