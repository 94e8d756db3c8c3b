package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.AddMulticastGroupPubAllowlist;

/// `AddMulticastGroupPubAllowlist`: not ported yet.
public final class AddMulticastGroupPubAllowlistProcessor {
  private AddMulticastGroupPubAllowlistProcessor() {}

  /// Processes one `AddMulticastGroupPubAllowlist` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, AddMulticastGroupPubAllowlist args) throws ProgramException {
    throw inv.panic("AddMulticastGroupPubAllowlist is not ported yet");
  }
}
