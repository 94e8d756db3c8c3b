package doublezero.localnet.programs.serviceability.contributor;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.AccountCode;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.global.GlobalStateDraft;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CreateContributor;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.ContributorStatus;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;

/// `CreateContributor` (#60, `PROC/contributor/create.rs`; `serviceability-instructions.md` §3.4,
/// §0.6): a foundation member creates a Contributor, directly Activated, owned by the owner
/// account, at PDA("contributor", account_index + 1). Before creating it, the payer transfers
/// `rent.minimum_balance(0) + contributor_airdrop_lamports` (saturating u64) lamports to the owner
/// account.
///
/// Accounts: Contributor PDA (W, asserted), owner (W: receives the airdrop; any key), GlobalState
/// (owner checked, W), payer (S), system program.
public final class CreateContributorProcessor {
  private CreateContributorProcessor() {}

  /// Processes one `CreateContributor`.
  ///
  /// @throws ProgramException in the reference's order: a panic for an unsigned payer;
  ///   `InvalidAccountCode` (19); panics for a foreign GlobalState, a wrong system program or a
  ///   read-only Contributor; `NotAllowed` (8); a panic for the wrong PDA;
  ///   `AccountAlreadyInitialized`; the system program's error when the airdrop transfer fails;
  ///   `CodeTooLong` (34)
  public static void process(Invocation inv, CreateContributor args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount contributorAccount = accounts.next();
    BorrowedAccount ownerAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    inv.checkSigner(payer);
    String code = AccountCode.require(inv, args.code());
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);
    inv.check(contributorAccount.isWritable(), "PDA Account is not writable");
    GlobalStateDraft state = GlobalStateDraft.of(inv.globalState(globalStateAccount));
    U128 index = state.nextAccountIndex();
    if (!state.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    ProgramDerivedAddress pda = ServiceabilityPdas.contributor(inv.programId(), index);
    inv.check(contributorAccount.key().equals(pda.address()), "Invalid Contributor PubKey");
    if (contributorAccount.dataLength() != 0) {
      throw ProgramException.of(BuiltinError.AccountAlreadyInitialized);
    }
    Contributor contributor =
        new Contributor(
            ownerAccount.key(),
            index,
            pda.bump(),
            ContributorStatus.ACTIVATED,
            code,
            0,
            PublicKey.DEFAULT);
    long deposit =
        saturatingAdd(Rent.minimumBalance(0), state.build().contributorAirdropLamports());
    inv.ctx().invoke(SystemProgram.transfer(payer.key(), ownerAccount.key(), deposit));
    inv.create(contributor, contributorAccount, payer, pda.signerSeeds());
    inv.write(state.build(), globalStateAccount, payer);
  }

  private static long saturatingAdd(long a, long b) {
    long sum = a + b;
    return Long.compareUnsigned(sum, a) < 0 ? -1L : sum;
  }
}
