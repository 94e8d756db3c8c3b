package doublezero.localnet.programs.serviceability.exchange;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.AccountCode;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.global.GlobalStateDraft;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CreateExchange;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.ExchangeStatus;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;

/// `CreateExchange` (#15, `PROC/exchange/create.rs`; `serviceability-instructions.md` §3.3, §0.6):
/// a foundation member creates an Exchange, directly Activated, at PDA("exchange", account_index +
/// 1), with the next BGP community of GlobalConfig; GlobalState and GlobalConfig are written back.
/// The `reserved` argument is ignored.
///
/// Accounts: Exchange PDA (W, asserted), GlobalConfig PDA (owner checked, W), GlobalState (owner
/// checked, W), payer (S), system program.
public final class CreateExchangeProcessor {
  private CreateExchangeProcessor() {}

  /// Processes one `CreateExchange`.
  ///
  /// @throws ProgramException in the reference's order: a panic for an unsigned payer;
  ///   `InvalidAccountCode` (19); panics for foreign owners, a wrong system program or a read-only
  ///   Exchange; `NotAllowed` (8); `InvalidAccountData` when GlobalConfig does not decode; panics
  ///   for a misplaced GlobalConfig; `AccountAlreadyInitialized`; a panic for the wrong Exchange
  ///   PDA; the Exchange rules' errors (34, 39, 40, 41, 55 once the communities are exhausted)
  public static void process(Invocation inv, CreateExchange args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount exchangeAccount = accounts.next();
    BorrowedAccount globalConfigAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    inv.checkSigner(payer);
    String code = AccountCode.require(inv, args.code());
    inv.checkOwnedByProgram(globalConfigAccount, "GlobalConfig");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);
    inv.check(exchangeAccount.isWritable(), "PDA Account is not writable");
    GlobalStateDraft state = GlobalStateDraft.of(inv.globalState(globalStateAccount));
    U128 index = state.nextAccountIndex();
    if (!state.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    GlobalConfig config = inv.read(globalConfigAccount, GlobalConfig.class);
    inv.check(
        globalConfigAccount
            .key()
            .equals(ServiceabilityPdas.globalConfig(inv.programId()).address()),
        "Invalid GlobalConfig PubKey");
    if (exchangeAccount.dataLength() != 0) {
      throw ProgramException.of(BuiltinError.AccountAlreadyInitialized);
    }
    ProgramDerivedAddress pda = ServiceabilityPdas.exchange(inv.programId(), index);
    inv.check(exchangeAccount.key().equals(pda.address()), "Invalid Exchange PubKey");
    BgpCommunity community = BgpCommunity.assign(config);
    Exchange exchange =
        new Exchange(
            payer.key(),
            index,
            pda.bump(),
            args.lat(),
            args.lng(),
            community.assigned(),
            0,
            ExchangeStatus.ACTIVATED,
            code,
            args.name(),
            0,
            PublicKey.DEFAULT,
            PublicKey.DEFAULT);
    inv.create(exchange, exchangeAccount, payer, pda.signerSeeds());
    inv.write(state.build(), globalStateAccount, payer);
    inv.write(community.config(), globalConfigAccount, payer);
  }
}
