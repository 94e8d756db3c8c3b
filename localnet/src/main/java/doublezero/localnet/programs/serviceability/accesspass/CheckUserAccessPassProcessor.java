package doublezero.localnet.programs.serviceability.accesspass;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CheckUserAccessPass;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassStatus;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;

/// `CheckUserAccessPass` (`PROC/user/check_access_pass.rs`; `serviceability-instructions.md` §3.8,
/// §7). Accounts: User (W), AccessPass PDA(user.client_ip, user.owner), GlobalState, payer (S),
/// system program. Activator only. Recomputes the pass status and moves an Activated/OutOfCredits
/// user to OutOfCredits (pass expired) or Activated; writes the user, then the pass.
public final class CheckUserAccessPassProcessor {
  private CheckUserAccessPassProcessor() {}

  /// Processes one `CheckUserAccessPass`.
  ///
  /// @throws ProgramException panics (signer, owners, system program, writable, pass PDA),
  ///   `AccessPassNotFound` (53), `NotAllowed` (8), `InvalidAccountData`, `InvalidStatus` (7) for a
  ///   user in another status
  public static void process(Invocation inv, CheckUserAccessPass args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount userAccount = accounts.next();
    BorrowedAccount passAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    inv.checkSigner(payer);
    inv.checkOwnedByProgram(userAccount, "PDA");
    if (passAccount.dataLength() == 0) {
      throw inv.error(ServiceabilityError.ACCESS_PASS_NOT_FOUND);
    }
    inv.checkOwnedByProgram(passAccount, "AccessPass");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);
    inv.checkWritable(userAccount, "PDA");
    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.activatorAuthorityPk().equals(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    User user = inv.read(userAccount, User.class);
    inv.check(
        passAccount
            .key()
            .equals(
                ServiceabilityPdas.accessPass(inv.programId(), user.clientIp(), user.owner())
                    .address()),
        "Invalid AccessPass PDA");
    AccessPass pass =
        AccessPassExpiry.updated(inv.read(passAccount, AccessPass.class), inv.ctx().epoch());
    if (user.status() != UserStatus.ACTIVATED && user.status() != UserStatus.OUT_OF_CREDITS) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    UserStatus status =
        pass.status() == AccessPassStatus.EXPIRED
            ? UserStatus.OUT_OF_CREDITS
            : UserStatus.ACTIVATED;
    inv.write(withStatus(user, status), userAccount, payer);
    inv.write(pass, passAccount, payer);
  }

  private static User withStatus(User u, UserStatus status) {
    return new User(
        u.owner(),
        u.index(),
        u.bumpSeed(),
        u.userType(),
        u.tenantPk(),
        u.devicePk(),
        u.cyoaType(),
        u.clientIp(),
        u.dzIp(),
        u.tunnelId(),
        u.tunnelNet(),
        status,
        u.publishers(),
        u.subscribers(),
        u.validatorPubkey(),
        u.tunnelEndpoint());
  }
}
