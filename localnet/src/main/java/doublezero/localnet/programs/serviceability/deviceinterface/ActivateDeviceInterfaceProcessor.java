package doublezero.localnet.programs.serviceability.deviceinterface;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.ActivateDeviceInterface;

/// `ActivateDeviceInterface`: not ported yet.
public final class ActivateDeviceInterfaceProcessor {
  private ActivateDeviceInterfaceProcessor() {}

  /// Processes one `ActivateDeviceInterface` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, ActivateDeviceInterface args) throws ProgramException {
    throw inv.panic("ActivateDeviceInterface is not ported yet");
  }
}
