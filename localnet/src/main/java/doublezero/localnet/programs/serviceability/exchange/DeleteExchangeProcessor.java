package doublezero.localnet.programs.serviceability.exchange;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.DeleteExchange;

/// `DeleteExchange`: not ported yet.
public final class DeleteExchangeProcessor {
  private DeleteExchangeProcessor() {}

  /// Processes one `DeleteExchange` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, DeleteExchange args) throws ProgramException {
    throw inv.panic("DeleteExchange is not ported yet");
  }
}
