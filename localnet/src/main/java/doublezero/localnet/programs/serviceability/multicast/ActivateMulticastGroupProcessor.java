package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.ActivateMulticastGroup;

/// `ActivateMulticastGroup`: not ported yet.
public final class ActivateMulticastGroupProcessor {
  private ActivateMulticastGroupProcessor() {}

  /// Processes one `ActivateMulticastGroup` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, ActivateMulticastGroup args) throws ProgramException {
    throw inv.panic("ActivateMulticastGroup is not ported yet");
  }
}
