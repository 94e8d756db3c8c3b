package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.UpdateDevice;

/// `UpdateDevice`: not ported yet.
public final class UpdateDeviceProcessor {
  private UpdateDeviceProcessor() {}

  /// Processes one `UpdateDevice` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, UpdateDevice args) throws ProgramException {
    throw inv.panic("UpdateDevice is not ported yet");
  }
}
