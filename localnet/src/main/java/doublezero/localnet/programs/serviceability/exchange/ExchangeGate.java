package doublezero.localnet.programs.serviceability.exchange;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.ExchangeStatus;
import doublezero.sdk.serviceability.state.GlobalState;

/// The prologue of Suspend/Resume/DeleteExchange (`PROC/exchange/{suspend,resume,delete}.rs`), in
/// their order: payer signed, Exchange and GlobalState owned by the program, system program id,
/// Exchange writable, then GlobalState decoded; Suspend and Resume decode the Exchange **before**
/// the foundation check, Delete after it.
///
/// @param inv the invocation
/// @param account the Exchange account
/// @param payer the payer account
/// @param exchange the decoded Exchange
record ExchangeGate(
    Invocation inv, BorrowedAccount account, BorrowedAccount payer, Exchange exchange) {

  /// @param readBeforeAuth whether the Exchange is decoded before the foundation check (Suspend,
  ///   Resume)
  /// @throws ProgramException `NotEnoughAccountKeys`; panics for an unsigned payer, foreign owners,
  ///   a wrong system program or a read-only Exchange; `InvalidAccountData` for accounts of another
  ///   type; `NotAllowed` (8)
  static ExchangeGate open(Invocation inv, boolean readBeforeAuth) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount exchange = accounts.next();
    BorrowedAccount globalState = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    inv.checkSigner(payer);
    inv.checkOwnedByProgram(exchange, "PDA");
    inv.checkOwnedByProgram(globalState, "GlobalState");
    inv.checkSystemProgram(system);
    inv.check(exchange.isWritable(), "PDA Account is not writable");
    GlobalState state = inv.globalState(globalState);
    Exchange value = readBeforeAuth ? inv.read(exchange, Exchange.class) : null;
    if (!state.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    if (value == null) {
      value = inv.read(exchange, Exchange.class);
    }
    return new ExchangeGate(inv, exchange, payer, value);
  }

  /// Requires `from`, then writes the Exchange with status `to`.
  ///
  /// @throws ProgramException `InvalidStatus` (7) when the status is not `from`; the rules' error
  ///   on write
  void transition(ExchangeStatus from, ExchangeStatus to) throws ProgramException {
    if (exchange.status() != from) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    ExchangeDraft draft = new ExchangeDraft(exchange);
    draft.status = to;
    inv.write(draft.build(), account, payer);
  }
}
