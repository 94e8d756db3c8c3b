package doublezero.localnet.programs.serviceability.accesspass;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.SetAccessPass;

/// `SetAccessPass`: not ported yet.
public final class SetAccessPassProcessor {
  private SetAccessPassProcessor() {}

  /// Processes one `SetAccessPass` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, SetAccessPass args) throws ProgramException {
    throw inv.panic("SetAccessPass is not ported yet");
  }
}
