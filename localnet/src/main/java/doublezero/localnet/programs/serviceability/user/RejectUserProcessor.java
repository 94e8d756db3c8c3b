package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.RejectUser;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;

/// `RejectUser` (#38, `PROC/user/reject.rs`; `serviceability-instructions.md` §3.8, §9.1).
/// Foundation only; a Pending or Updating user would become Rejected with its tunnel and dz_ip
/// cleared. **Reference bug kept:** the write re-validates the user, and a Rejected user with dz_ip
/// 0.0.0.0 fails `InvalidDzIp` (27), so in v0.12.0 a reject that passes every check always fails
/// with 27 and changes nothing.
///
/// Accounts: User (W), GlobalState, payer (S), system program.
public final class RejectUserProcessor {
  private RejectUserProcessor() {}

  /// Processes one `RejectUser` instruction.
  ///
  /// @throws ProgramException `NotAllowed` (8) outside the foundation allowlist, `InvalidStatus`
  ///   (7), and then always `InvalidDzIp` (27) from the user validation; panics for
  ///   signer/owner/writability checks
  public static void process(Invocation inv, RejectUser args) throws ProgramException {
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
    if (!gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    UserDraft user = UserDraft.of(inv.read(userAccount, User.class));
    if (user.status != UserStatus.PENDING && user.status != UserStatus.UPDATING) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    user.tunnelId = 0;
    user.tunnelNet = NetworkV4.DEFAULT;
    user.dzIp = Ipv4Address.UNSPECIFIED;
    user.status = UserStatus.REJECTED;
    inv.log("Reason: \"" + args.reason() + "\"");
    inv.write(user.build(), userAccount, payer);
  }
}
