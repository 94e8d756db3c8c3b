package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.RejectMulticastGroup;

/// `RejectMulticastGroup`: not ported yet.
public final class RejectMulticastGroupProcessor {
  private RejectMulticastGroupProcessor() {}

  /// Processes one `RejectMulticastGroup` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, RejectMulticastGroup args) throws ProgramException {
    throw inv.panic("RejectMulticastGroup is not ported yet");
  }
}
