package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.RequestBanUser;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;

/// `RequestBanUser` (#44, `PROC/user/requestban.rs`; `serviceability-instructions.md` §3.8).
/// Foundation only, for an Activated (or SuspendedDeprecated) user. Legacy path: PendingBan. With
/// `dz_prefix_count > 0`: a user without subscriptions has its resources freed (flag required) and
/// goes straight to Banned with tunnel and dz_ip cleared. Neither path touches the device counters
/// or the access pass.
///
/// Accounts: User (W), GlobalState, [UserTunnelBlock, MulticastPublisherBlock iff
/// `multicast_publisher_count > 0`, TunnelIds, DzPrefixBlock×N iff N > 0], payer (S), system
/// program.
public final class RequestBanUserProcessor {
  private RequestBanUserProcessor() {}

  /// Processes one `RequestBanUser` instruction.
  ///
  /// @throws ProgramException `NotAllowed` (8), `InvalidStatus` (7), `ReferenceCountNotZero` (13)
  ///   and `FeatureNotEnabled` (84) on the atomic path; panics for signer/owner/writability/PDA
  ///   checks
  public static void process(Invocation inv, RequestBanUser args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount userAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    UserPools pools =
        UserPools.parse(accounts, args.dzPrefixCount(), args.multicastPublisherCount());
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
    if (user.status != UserStatus.ACTIVATED && user.status != UserStatus.SUSPENDED_DEPRECATED) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    if (pools != null) {
      if (!user.publishers.isEmpty() || !user.subscribers.isEmpty()) {
        throw inv.error(ServiceabilityError.REFERENCE_COUNT_NOT_ZERO);
      }
      UserAllocation.validateAndDeallocate(inv, user, pools, gs);
      user.tunnelNet = NetworkV4.DEFAULT;
      user.tunnelId = 0;
      user.dzIp = Ipv4Address.UNSPECIFIED;
      user.status = UserStatus.BANNED;
    } else {
      user.status = UserStatus.PENDING_BAN;
    }
    inv.write(user.build(), userAccount, payer);
  }
}
