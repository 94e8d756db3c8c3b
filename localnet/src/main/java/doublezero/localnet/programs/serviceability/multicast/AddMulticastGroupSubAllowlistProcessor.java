package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.AddMulticastGroupSubAllowlist;

/// `AddMulticastGroupSubAllowlist`: not ported yet.
public final class AddMulticastGroupSubAllowlistProcessor {
  private AddMulticastGroupSubAllowlistProcessor() {}

  /// Processes one `AddMulticastGroupSubAllowlist` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, AddMulticastGroupSubAllowlist args) throws ProgramException {
    throw inv.panic("AddMulticastGroupSubAllowlist is not ported yet");
  }
}
