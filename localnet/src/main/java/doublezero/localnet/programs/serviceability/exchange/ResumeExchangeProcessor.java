package doublezero.localnet.programs.serviceability.exchange;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.ResumeExchange;
import doublezero.sdk.serviceability.state.ExchangeStatus;

/// `ResumeExchange` (#18, `PROC/exchange/resume.rs`; `serviceability-instructions.md` §3.3, §4.6):
/// a foundation member moves a Suspended Exchange back to Activated.
///
/// Accounts: Exchange (owner checked, W asserted), GlobalState (owner checked), payer (S), system
/// program.
public final class ResumeExchangeProcessor {
  private ResumeExchangeProcessor() {}

  /// Processes one `ResumeExchange`.
  ///
  /// @throws ProgramException as [ExchangeGate#open]; `InvalidStatus` (7) unless Suspended
  public static void process(Invocation inv, ResumeExchange args) throws ProgramException {
    ExchangeGate.open(inv, true).transition(ExchangeStatus.SUSPENDED, ExchangeStatus.ACTIVATED);
  }
}
