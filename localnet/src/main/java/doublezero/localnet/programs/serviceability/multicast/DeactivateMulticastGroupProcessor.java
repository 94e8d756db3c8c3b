package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.DeactivateMulticastGroup;

/// `DeactivateMulticastGroup`: not ported yet.
public final class DeactivateMulticastGroupProcessor {
  private DeactivateMulticastGroupProcessor() {}

  /// Processes one `DeactivateMulticastGroup` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, DeactivateMulticastGroup args) throws ProgramException {
    throw inv.panic("DeactivateMulticastGroup is not ported yet");
  }
}
