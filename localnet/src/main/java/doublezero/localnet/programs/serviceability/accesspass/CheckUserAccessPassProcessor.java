package doublezero.localnet.programs.serviceability.accesspass;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CheckUserAccessPass;

/// `CheckUserAccessPass`: not ported yet.
public final class CheckUserAccessPassProcessor {
  private CheckUserAccessPassProcessor() {}

  /// Processes one `CheckUserAccessPass` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, CheckUserAccessPass args) throws ProgramException {
    throw inv.panic("CheckUserAccessPass is not ported yet");
  }
}
