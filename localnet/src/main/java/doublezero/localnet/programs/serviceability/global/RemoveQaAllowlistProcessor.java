package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.RemoveQaAllowlist;

/// `RemoveQaAllowlist`: not ported yet.
public final class RemoveQaAllowlistProcessor {
  private RemoveQaAllowlistProcessor() {}

  /// Processes one `RemoveQaAllowlist` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, RemoveQaAllowlist args) throws ProgramException {
    throw inv.panic("RemoveQaAllowlist is not ported yet");
  }
}
