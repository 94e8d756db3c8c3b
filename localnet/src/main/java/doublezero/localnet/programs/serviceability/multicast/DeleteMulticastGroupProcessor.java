package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.DeleteMulticastGroup;

/// `DeleteMulticastGroup`: not ported yet.
public final class DeleteMulticastGroupProcessor {
  private DeleteMulticastGroupProcessor() {}

  /// Processes one `DeleteMulticastGroup` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, DeleteMulticastGroup args) throws ProgramException {
    throw inv.panic("DeleteMulticastGroup is not ported yet");
  }
}
