package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.RejectDevice;

/// `RejectDevice`: not ported yet.
public final class RejectDeviceProcessor {
  private RejectDeviceProcessor() {}

  /// Processes one `RejectDevice` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, RejectDevice args) throws ProgramException {
    throw inv.panic("RejectDevice is not ported yet");
  }
}
