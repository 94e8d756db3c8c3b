package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CreateDevice;

/// `CreateDevice`: not ported yet.
public final class CreateDeviceProcessor {
  private CreateDeviceProcessor() {}

  /// Processes one `CreateDevice` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, CreateDevice args) throws ProgramException {
    throw inv.panic("CreateDevice is not ported yet");
  }
}
