package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.RemoveMulticastGroupPubAllowlist;

/// `RemoveMulticastGroupPubAllowlist`: not ported yet.
public final class RemoveMulticastGroupPubAllowlistProcessor {
  private RemoveMulticastGroupPubAllowlistProcessor() {}

  /// Processes one `RemoveMulticastGroupPubAllowlist` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, RemoveMulticastGroupPubAllowlist args) throws ProgramException {
    throw inv.panic("RemoveMulticastGroupPubAllowlist is not ported yet");
  }
}
