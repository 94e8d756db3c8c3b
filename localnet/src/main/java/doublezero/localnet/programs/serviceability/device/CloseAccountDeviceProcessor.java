package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CloseAccountDevice;

/// `CloseAccountDevice`: not ported yet.
public final class CloseAccountDeviceProcessor {
  private CloseAccountDeviceProcessor() {}

  /// Processes one `CloseAccountDevice` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, CloseAccountDevice args) throws ProgramException {
    throw inv.panic("CloseAccountDevice is not ported yet");
  }
}
