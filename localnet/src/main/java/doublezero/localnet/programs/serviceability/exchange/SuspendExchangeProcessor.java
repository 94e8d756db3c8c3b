package doublezero.localnet.programs.serviceability.exchange;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.SuspendExchange;

/// `SuspendExchange`: not ported yet.
public final class SuspendExchangeProcessor {
  private SuspendExchangeProcessor() {}

  /// Processes one `SuspendExchange` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, SuspendExchange args) throws ProgramException {
    throw inv.panic("SuspendExchange is not ported yet");
  }
}
