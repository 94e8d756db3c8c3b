package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CloseAccountUser;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.solana.key.PublicKey;

/// `CloseAccountUser` (#43, `PROC/user/closeaccount.rs`; `serviceability-instructions.md` §3.8,
/// §9.8). The activator or a foundation member closes a Deleting user: resources freed when the
/// pools are passed (no flag check), tenant and device counters released (a Multicast user releases
/// the publisher counter while it still lists publishers, else the subscriber counter), and the
/// rent goes to the user's owner. A wrong status returns the raw `Custom(1)`.
///
/// Accounts: User (W), owner, Device (W), GlobalState, [UserTunnelBlock, MulticastPublisherBlock
/// iff `multicast_publisher_count > 0`, TunnelIds, DzPrefixBlock×N iff N > 0], [Tenant iff the user
/// has one], payer (S), system program.
public final class CloseAccountUserProcessor {
  private CloseAccountUserProcessor() {}

  /// Processes one `CloseAccountUser` instruction.
  ///
  /// @throws ProgramException `InvalidAccountData` when the user account does not decode (read
  ///   before any other check) or the device/owner are not the user's, `NotAllowed` (8),
  ///   `Custom(1)` unless Deleting; panics for signer/owner/writability/PDA checks
  public static void process(Invocation inv, CloseAccountUser args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount userAccount = accounts.next();
    BorrowedAccount owner = accounts.next();
    BorrowedAccount deviceAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    UserPools pools =
        UserPools.parse(accounts, args.dzPrefixCount(), args.multicastPublisherCount());
    boolean hasTenant = !inv.read(userAccount, User.class).tenantPk().equals(PublicKey.DEFAULT);
    BorrowedAccount tenant = hasTenant ? accounts.next() : null;
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();

    inv.checkSigner(payer);
    inv.checkOwnedByProgram(userAccount, "PDA");
    inv.checkOwnedByProgram(deviceAccount, "Device");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);
    inv.checkWritable(userAccount, "PDA");
    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.activatorAuthorityPk().equals(payer.key())
        && !gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    UserDraft user = UserDraft.of(inv.read(userAccount, User.class));
    if (!user.devicePk.equals(deviceAccount.key()) || !user.owner.equals(owner.key())) {
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
    if (user.status != UserStatus.DELETING) {
      throw ProgramException.custom(1);
    }
    if (pools != null) {
      UserAllocation.assertPools(inv, user, pools, pools.publisherBlock() != null);
      UserAllocation.deallocate(inv, user, pools);
    }
    if (tenant != null) {
      TenantRefs.release(inv, tenant, user, payer);
    }
    Device device =
        DeviceUsers.detach(
            inv.read(deviceAccount, Device.class), user.userType, !user.publishers.isEmpty());
    inv.write(device, deviceAccount, payer);
    inv.close(userAccount, owner);
  }
}
