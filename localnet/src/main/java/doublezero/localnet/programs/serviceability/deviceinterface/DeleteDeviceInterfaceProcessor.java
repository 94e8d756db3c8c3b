package doublezero.localnet.programs.serviceability.deviceinterface;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.DeleteDeviceInterface;

/// `DeleteDeviceInterface`: not ported yet.
public final class DeleteDeviceInterfaceProcessor {
  private DeleteDeviceInterfaceProcessor() {}

  /// Processes one `DeleteDeviceInterface` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, DeleteDeviceInterface args) throws ProgramException {
    throw inv.panic("DeleteDeviceInterface is not ported yet");
  }
}
