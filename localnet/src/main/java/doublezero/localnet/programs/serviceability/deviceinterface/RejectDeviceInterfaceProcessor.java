package doublezero.localnet.programs.serviceability.deviceinterface;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.RejectDeviceInterface;

/// `RejectDeviceInterface`: not ported yet.
public final class RejectDeviceInterfaceProcessor {
  private RejectDeviceInterfaceProcessor() {}

  /// Processes one `RejectDeviceInterface` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, RejectDeviceInterface args) throws ProgramException {
    throw inv.panic("RejectDeviceInterface is not ported yet");
  }
}
