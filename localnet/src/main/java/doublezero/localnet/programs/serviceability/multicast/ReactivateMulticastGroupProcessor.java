package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.ReactivateMulticastGroup;

/// `ReactivateMulticastGroup`: not ported yet.
public final class ReactivateMulticastGroupProcessor {
  private ReactivateMulticastGroupProcessor() {}

  /// Processes one `ReactivateMulticastGroup` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, ReactivateMulticastGroup args) throws ProgramException {
    throw inv.panic("ReactivateMulticastGroup is not ported yet");
  }
}
