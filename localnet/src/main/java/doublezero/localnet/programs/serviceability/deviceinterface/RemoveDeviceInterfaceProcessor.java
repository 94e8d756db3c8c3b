package doublezero.localnet.programs.serviceability.deviceinterface;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.RemoveDeviceInterface;

/// `RemoveDeviceInterface`: not ported yet.
public final class RemoveDeviceInterfaceProcessor {
  private RemoveDeviceInterfaceProcessor() {}

  /// Processes one `RemoveDeviceInterface` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, RemoveDeviceInterface args) throws ProgramException {
    throw inv.panic("RemoveDeviceInterface is not ported yet");
  }
}
