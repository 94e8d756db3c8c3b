package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.ActivateUser;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;

/// `ActivateUser` (#37, `PROC/user/activate.rs`; `serviceability-instructions.md` §3.8). The
/// activator (or a foundation member) activates a Pending or Updating user: legacy path with the
/// values from the arguments, or with `dz_prefix_count = N > 0` by allocating what is still empty
/// from the pools (no feature-flag check). The user ends Activated, or OutOfCredits when its access
/// pass has expired.
///
/// Accounts: User (W), AccessPass (W), GlobalState, [UserTunnelBlock, MulticastPublisherBlock,
/// TunnelIds(user.device, 0), DzPrefixBlock(device, 0..N-1) iff N > 0], payer (S), system program.
public final class ActivateUserProcessor {
  private ActivateUserProcessor() {}

  /// Processes one `ActivateUser` instruction.
  ///
  /// @throws ProgramException `AccessPassNotFound` (53), `NotAllowed` (8) for a payer that is
  ///   neither activator nor foundation, `InvalidStatus` (7), `Unauthorized` (22) when the pass is
  ///   not the user owner's, `AllocationFailed` (63), the user validation's errors, panics for
  ///   signer/owner/writability/PDA checks
  public static void process(Invocation inv, ActivateUser args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount userAccount = accounts.next();
    BorrowedAccount passAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    UserPools pools = UserPools.parse(accounts, args.dzPrefixCount());
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();

    inv.checkSigner(payer);
    inv.checkOwnedByProgram(userAccount, "User");
    if (passAccount.dataLength() == 0) {
      throw inv.error(ServiceabilityError.ACCESS_PASS_NOT_FOUND);
    }
    inv.checkOwnedByProgram(passAccount, "AccessPass");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);
    inv.checkWritable(userAccount, "PDA");
    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.activatorAuthorityPk().equals(payer.key())
        && !gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    UserDraft user = UserDraft.of(inv.read(userAccount, User.class));
    if (user.status != UserStatus.PENDING && user.status != UserStatus.UPDATING) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    AccessPass pass = inv.read(passAccount, AccessPass.class);
    if (!pass.userPayer().equals(user.owner)) {
      throw inv.error(ServiceabilityError.UNAUTHORIZED);
    }
    if (pools != null) {
      UserAllocation.assertPools(inv, user, pools, user.isMulticastPublisher());
      UserAllocation.allocate(inv, user, pools);
    } else {
      user.tunnelId = args.tunnelId();
      user.tunnelNet = args.tunnelNet();
      user.dzIp = args.dzIp();
    }
    user.tunnelEndpoint = args.tunnelEndpoint();
    pass = UserCreation.tryActivate(inv, user, pass);
    inv.write(user.build(), userAccount, payer);
    inv.write(pass, passAccount, payer);
  }
}
