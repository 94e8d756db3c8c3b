package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.SubscribeMulticastGroup;

/// `SubscribeMulticastGroup`: not ported yet.
public final class SubscribeMulticastGroupProcessor {
  private SubscribeMulticastGroupProcessor() {}

  /// Processes one `SubscribeMulticastGroup` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, SubscribeMulticastGroup args) throws ProgramException {
    throw inv.panic("SubscribeMulticastGroup is not ported yet");
  }
}
