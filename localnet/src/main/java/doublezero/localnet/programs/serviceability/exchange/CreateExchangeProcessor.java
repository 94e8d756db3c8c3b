package doublezero.localnet.programs.serviceability.exchange;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CreateExchange;

/// `CreateExchange`: not ported yet.
public final class CreateExchangeProcessor {
  private CreateExchangeProcessor() {}

  /// Processes one `CreateExchange` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, CreateExchange args) throws ProgramException {
    throw inv.panic("CreateExchange is not ported yet");
  }
}
