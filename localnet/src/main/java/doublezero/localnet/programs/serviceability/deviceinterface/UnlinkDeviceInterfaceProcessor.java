package doublezero.localnet.programs.serviceability.deviceinterface;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.UnlinkDeviceInterface;

/// `UnlinkDeviceInterface`: not ported yet.
public final class UnlinkDeviceInterfaceProcessor {
  private UnlinkDeviceInterfaceProcessor() {}

  /// Processes one `UnlinkDeviceInterface` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, UnlinkDeviceInterface args) throws ProgramException {
    throw inv.panic("UnlinkDeviceInterface is not ported yet");
  }
}
