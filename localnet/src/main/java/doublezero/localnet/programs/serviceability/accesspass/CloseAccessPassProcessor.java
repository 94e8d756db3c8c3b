package doublezero.localnet.programs.serviceability.accesspass;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CloseAccessPass;

/// `CloseAccessPass`: not ported yet.
public final class CloseAccessPassProcessor {
  private CloseAccessPassProcessor() {}

  /// Processes one `CloseAccessPass` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, CloseAccessPass args) throws ProgramException {
    throw inv.panic("CloseAccessPass is not ported yet");
  }
}
