package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.SetDeviceHealth;

/// `SetDeviceHealth`: not ported yet.
public final class SetDeviceHealthProcessor {
  private SetDeviceHealthProcessor() {}

  /// Processes one `SetDeviceHealth` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, SetDeviceHealth args) throws ProgramException {
    throw inv.panic("SetDeviceHealth is not ported yet");
  }
}
