package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.AddQaAllowlist;

/// `AddQaAllowlist`: not ported yet.
public final class AddQaAllowlistProcessor {
  private AddQaAllowlistProcessor() {}

  /// Processes one `AddQaAllowlist` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, AddQaAllowlist args) throws ProgramException {
    throw inv.panic("AddQaAllowlist is not ported yet");
  }
}
