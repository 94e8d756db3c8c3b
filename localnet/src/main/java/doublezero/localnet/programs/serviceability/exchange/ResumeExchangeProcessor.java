package doublezero.localnet.programs.serviceability.exchange;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.ResumeExchange;

/// `ResumeExchange`: not ported yet.
public final class ResumeExchangeProcessor {
  private ResumeExchangeProcessor() {}

  /// Processes one `ResumeExchange` instruction.
  ///
  /// @throws ProgramException always, until ported
  public static void process(Invocation inv, ResumeExchange args) throws ProgramException {
    throw inv.panic("ResumeExchange is not ported yet");
  }
}
