package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.ActivateDevice;

/// `ActivateDevice`: not ported yet.
public final class ActivateDeviceProcessor {
  private ActivateDeviceProcessor() {}

  /// Processes one `ActivateDevice` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, ActivateDevice args) throws ProgramException {
    throw inv.panic("ActivateDevice is not ported yet");
  }
}
