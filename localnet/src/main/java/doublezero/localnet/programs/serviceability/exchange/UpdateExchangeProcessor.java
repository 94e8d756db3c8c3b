package doublezero.localnet.programs.serviceability.exchange;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.AccountCode;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.UpdateExchange;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.GlobalState;

/// `UpdateExchange` (#16, `PROC/exchange/update.rs`; `serviceability-instructions.md` §3.3): a
/// foundation member overwrites code (validated), name, lat and lng given as `Some`. A `Some` BGP
/// community is **not** stored: the next community of GlobalConfig is assigned instead and
/// GlobalConfig is written (reference behaviour).
///
/// Accounts: Exchange (owner checked, W asserted), GlobalConfig PDA (owner checked, W), GlobalState
/// (owner checked), payer (S), system program.
public final class UpdateExchangeProcessor {
  private UpdateExchangeProcessor() {}

  /// Processes one `UpdateExchange`.
  ///
  /// @throws ProgramException panics for an unsigned payer, foreign owners, a wrong system program,
  ///   a read-only Exchange or a misplaced GlobalConfig; `NotAllowed` (8); `InvalidAccountData` for
  ///   accounts of another type; `InvalidAccountCode` (19); the Exchange rules' errors
  public static void process(Invocation inv, UpdateExchange args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount exchangeAccount = accounts.next();
    BorrowedAccount globalConfigAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    inv.checkSigner(payer);
    inv.checkOwnedByProgram(exchangeAccount, "PDA");
    inv.checkOwnedByProgram(globalConfigAccount, "GlobalConfig");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);
    inv.check(exchangeAccount.isWritable(), "PDA Account is not writable");
    GlobalState state = inv.globalState(globalStateAccount);
    if (!state.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    GlobalConfig config = inv.read(globalConfigAccount, GlobalConfig.class);
    inv.check(
        globalConfigAccount
            .key()
            .equals(ServiceabilityPdas.globalConfig(inv.programId()).address()),
        "Invalid GlobalConfig PubKey");
    ExchangeDraft draft = new ExchangeDraft(inv.read(exchangeAccount, Exchange.class));
    if (args.code().isPresent()) {
      draft.code = AccountCode.require(inv, args.code().get());
    }
    args.name().ifPresent(n -> draft.name = n);
    args.lat().ifPresent(v -> draft.lat = v);
    args.lng().ifPresent(v -> draft.lng = v);
    if (args.bgpCommunity().isPresent()) {
      BgpCommunity community = BgpCommunity.assign(config);
      draft.bgpCommunity = community.assigned();
      inv.write(community.config(), globalConfigAccount, payer);
    }
    inv.write(draft.build(), exchangeAccount, payer);
  }
}
