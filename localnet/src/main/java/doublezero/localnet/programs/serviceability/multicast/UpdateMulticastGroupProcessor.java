package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.UpdateMulticastGroup;

/// `UpdateMulticastGroup`: not ported yet.
public final class UpdateMulticastGroupProcessor {
  private UpdateMulticastGroupProcessor() {}

  /// Processes one `UpdateMulticastGroup` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, UpdateMulticastGroup args) throws ProgramException {
    throw inv.panic("UpdateMulticastGroup is not ported yet");
  }
}
