package doublezero.localnet.programs.serviceability.exchange;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.SuspendExchange;
import doublezero.sdk.serviceability.state.ExchangeStatus;

/// `SuspendExchange` (#17, `PROC/exchange/suspend.rs`; `serviceability-instructions.md` §3.3,
/// §4.6): a foundation member moves an Activated Exchange to Suspended.
///
/// Accounts: Exchange (owner checked, W asserted), GlobalState (owner checked), payer (S), system
/// program.
public final class SuspendExchangeProcessor {
  private SuspendExchangeProcessor() {}

  /// Processes one `SuspendExchange`.
  ///
  /// @throws ProgramException as [ExchangeGate#open]; `InvalidStatus` (7) unless Activated
  public static void process(Invocation inv, SuspendExchange args) throws ProgramException {
    ExchangeGate.open(inv, true).transition(ExchangeStatus.ACTIVATED, ExchangeStatus.SUSPENDED);
  }
}
