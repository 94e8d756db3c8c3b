package doublezero.localnet.programs.serviceability.deviceinterface;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CreateDeviceInterface;

/// `CreateDeviceInterface`: not ported yet.
public final class CreateDeviceInterfaceProcessor {
  private CreateDeviceInterfaceProcessor() {}

  /// Processes one `CreateDeviceInterface` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, CreateDeviceInterface args) throws ProgramException {
    throw inv.panic("CreateDeviceInterface is not ported yet");
  }
}
