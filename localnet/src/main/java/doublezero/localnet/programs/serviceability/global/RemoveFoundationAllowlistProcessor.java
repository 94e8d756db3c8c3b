package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.RemoveFoundationAllowlist;

/// `RemoveFoundationAllowlist`: not ported yet.
public final class RemoveFoundationAllowlistProcessor {
  private RemoveFoundationAllowlistProcessor() {}

  /// Processes one `RemoveFoundationAllowlist` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, RemoveFoundationAllowlist args) throws ProgramException {
    throw inv.panic("RemoveFoundationAllowlist is not ported yet");
  }
}
