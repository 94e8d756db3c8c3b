package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CreateMulticastGroup;

/// `CreateMulticastGroup`: not ported yet.
public final class CreateMulticastGroupProcessor {
  private CreateMulticastGroupProcessor() {}

  /// Processes one `CreateMulticastGroup` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, CreateMulticastGroup args) throws ProgramException {
    throw inv.panic("CreateMulticastGroup is not ported yet");
  }
}
