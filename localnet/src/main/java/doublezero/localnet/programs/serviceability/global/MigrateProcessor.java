package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.Migrate;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.solana.key.ProgramDerivedAddress;

/// `Migrate` (#0, `PROC/migrate.rs`; `serviceability-instructions.md` §3.8 "#0 Migrate", §9.3):
/// moves a User from its legacy index PDA to the current `("user", client_ip, user_type)` PDA. **No
/// authorization**: anyone may call it, pays the new account's rent and receives the old account's
/// lamports (a reference quirk, reproduced).
///
/// Accounts: old user (program-owned, W asserted), new user PDA (W asserted), payer (S), system
/// program.
public final class MigrateProcessor {
  private MigrateProcessor() {}

  /// Processes one `Migrate`.
  ///
  /// @throws ProgramException panics for an unsigned payer, a foreign-owned old account, a wrong
  ///   system program, read-only accounts, old == new, an empty old account (index out of bounds)
  ///   or a new key that is not the user's PDA; `InvalidAccountType` (9) when the old account is no
  ///   User; `InvalidAccountData` when it does not decode; the system program's error when the new
  ///   account exists
  public static void process(Invocation inv, Migrate args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount oldAccount = accounts.next();
    BorrowedAccount newAccount = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    inv.checkSigner(payer);
    inv.checkOwnedByProgram(oldAccount, "PDA");
    inv.checkSystemProgram(system);
    inv.check(oldAccount.isWritable(), "PDA Account is not writable");
    inv.check(newAccount.isWritable(), "New Account is not writable");
    inv.check(
        !oldAccount.key().equals(newAccount.key()),
        "Actual Account and New Account cannot be the same");
    inv.check(oldAccount.dataLength() > 0, "index out of bounds: the len is 0 but the index is 0");
    if ((oldAccount.data()[0] & 0xff) != AccountType.USER.wireValue()) {
      throw inv.error(ServiceabilityError.INVALID_ACCOUNT_TYPE);
    }
    User old = inv.read(oldAccount, User.class);
    inv.log(
        "Migrating User Account from PDA: "
            + oldAccount.key()
            + " to new PDA: "
            + newAccount.key());
    ProgramDerivedAddress pda =
        ServiceabilityPdas.userV2(inv.programId(), old.clientIp(), old.userType());
    inv.check(
        newAccount.key().equals(pda.address()), "New Account PDA does not match expected PDA");
    User moved =
        new User(
            old.owner(),
            U128.ZERO,
            pda.bump(),
            old.userType(),
            old.tenantPk(),
            old.devicePk(),
            old.cyoaType(),
            old.clientIp(),
            old.dzIp(),
            old.tunnelId(),
            old.tunnelNet(),
            old.status(),
            old.publishers(),
            old.subscribers(),
            old.validatorPubkey(),
            old.tunnelEndpoint());
    inv.create(moved, newAccount, payer, pda.signerSeeds());
    inv.close(oldAccount, payer);
  }
}
