package doublezero.localnet.programs.serviceability.exchange;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.DeleteExchange;

/// `DeleteExchange` (#19, `PROC/exchange/delete.rs`; `serviceability-instructions.md` §3.3, §4.6):
/// a foundation member closes an unreferenced Exchange in any status; its lamports go to the payer.
///
/// Accounts: Exchange (owner checked, W asserted), GlobalState (owner checked), payer (S, W),
/// system program.
public final class DeleteExchangeProcessor {
  private DeleteExchangeProcessor() {}

  /// Processes one `DeleteExchange`.
  ///
  /// @throws ProgramException as [ExchangeGate#open]; `ReferenceCountNotZero` (13) while devices
  ///   reference it
  public static void process(Invocation inv, DeleteExchange args) throws ProgramException {
    ExchangeGate gate = ExchangeGate.open(inv, false);
    if (gate.exchange().referenceCount() > 0) {
      throw inv.error(ServiceabilityError.REFERENCE_COUNT_NOT_ZERO);
    }
    inv.close(gate.account(), gate.payer());
  }
}
