package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.AddFoundationAllowlist;

/// `AddFoundationAllowlist`: not ported yet.
public final class AddFoundationAllowlistProcessor {
  private AddFoundationAllowlistProcessor() {}

  /// Processes one `AddFoundationAllowlist` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, AddFoundationAllowlist args) throws ProgramException {
    throw inv.panic("AddFoundationAllowlist is not ported yet");
  }
}
