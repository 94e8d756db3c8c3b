package doublezero.localnet.programs.serviceability.deviceinterface;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.UpdateDeviceInterface;

/// `UpdateDeviceInterface`: not ported yet.
public final class UpdateDeviceInterfaceProcessor {
  private UpdateDeviceInterfaceProcessor() {}

  /// Processes one `UpdateDeviceInterface` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, UpdateDeviceInterface args) throws ProgramException {
    throw inv.panic("UpdateDeviceInterface is not ported yet");
  }
}
