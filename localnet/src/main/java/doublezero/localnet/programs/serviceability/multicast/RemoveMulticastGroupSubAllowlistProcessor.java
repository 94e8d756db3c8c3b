package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.RemoveMulticastGroupSubAllowlist;

/// `RemoveMulticastGroupSubAllowlist`: not ported yet.
public final class RemoveMulticastGroupSubAllowlistProcessor {
  private RemoveMulticastGroupSubAllowlistProcessor() {}

  /// Processes one `RemoveMulticastGroupSubAllowlist` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, RemoveMulticastGroupSubAllowlist args) throws ProgramException {
    throw inv.panic("RemoveMulticastGroupSubAllowlist is not ported yet");
  }
}
