package doublezero.localnet.programs.serviceability.accesspass;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CheckStatusAccessPass;

/// `CheckStatusAccessPass`: not ported yet.
public final class CheckStatusAccessPassProcessor {
  private CheckStatusAccessPassProcessor() {}

  /// Processes one `CheckStatusAccessPass` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, CheckStatusAccessPass args) throws ProgramException {
    throw inv.panic("CheckStatusAccessPass is not ported yet");
  }
}
