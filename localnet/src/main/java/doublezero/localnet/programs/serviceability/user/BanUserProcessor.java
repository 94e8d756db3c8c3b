package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.BanUser;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;

/// `BanUser` (#45, `PROC/user/ban.rs`; `serviceability-instructions.md` §3.8). The activator bans a
/// PendingBan user: status Banned, dz_ip 0.0.0.0 (Banned users skip validation). A wrong status
/// answers `NotAllowed` (8), not InvalidStatus, as in the reference.
///
/// Accounts: User (W), GlobalState, payer (S), system program.
public final class BanUserProcessor {
  private BanUserProcessor() {}

  /// Processes one `BanUser` instruction.
  ///
  /// @throws ProgramException `NotAllowed` (8) for a payer that is not the activator or a user not
  ///   in PendingBan; panics for signer/owner/writability checks
  public static void process(Invocation inv, BanUser args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount userAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();

    inv.checkSigner(payer);
    inv.checkOwnedByProgram(userAccount, "PDA");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);
    inv.checkWritable(userAccount, "PDA");
    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.activatorAuthorityPk().equals(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    UserDraft user = UserDraft.of(inv.read(userAccount, User.class));
    if (user.status != UserStatus.PENDING_BAN) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    user.status = UserStatus.BANNED;
    user.dzIp = Ipv4Address.UNSPECIFIED;
    inv.write(user.build(), userAccount, payer);
  }
}
