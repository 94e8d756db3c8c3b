package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.DeleteDevice;

/// `DeleteDevice`: not ported yet.
public final class DeleteDeviceProcessor {
  private DeleteDeviceProcessor() {}

  /// Processes one `DeleteDevice` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, DeleteDevice args) throws ProgramException {
    throw inv.panic("DeleteDevice is not ported yet");
  }
}
