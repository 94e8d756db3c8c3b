package doublezero.localnet.programs.serviceability.exchange;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.UpdateExchange;

/// `UpdateExchange`: not ported yet.
public final class UpdateExchangeProcessor {
  private UpdateExchangeProcessor() {}

  /// Processes one `UpdateExchange` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, UpdateExchange args) throws ProgramException {
    throw inv.panic("UpdateExchange is not ported yet");
  }
}
