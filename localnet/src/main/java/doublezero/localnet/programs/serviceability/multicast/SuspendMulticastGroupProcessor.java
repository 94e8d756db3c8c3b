package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.SuspendMulticastGroup;

/// `SuspendMulticastGroup`: not ported yet.
public final class SuspendMulticastGroupProcessor {
  private SuspendMulticastGroupProcessor() {}

  /// Processes one `SuspendMulticastGroup` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, SuspendMulticastGroup args) throws ProgramException {
    throw inv.panic("SuspendMulticastGroup is not ported yet");
  }
}
