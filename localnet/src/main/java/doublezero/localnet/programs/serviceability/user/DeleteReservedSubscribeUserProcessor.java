package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.DeleteReservedSubscribeUser;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserType;

/// `DeleteReservedSubscribeUser` (#103, `PROC/user/delete_reserved_subscribe.rs`;
/// `serviceability-instructions.md` §3.8, §9.11). The reservation authority (or a foundation
/// member) closes a reserved subscriber user in any status: the group's counts drop for the lists
/// holding it, resources are freed when the pools are passed (flag required), the device counters
/// drop and the rent goes to the owner. The reserved seat is **not** given back.
///
/// Accounts: User (W), Device (W), MulticastGroup (W), GlobalState, [UserTunnelBlock,
/// MulticastPublisherBlock iff `multicast_publisher_count > 0`, TunnelIds, DzPrefixBlock×N iff N >
/// 0], owner, payer (S), system program.
public final class DeleteReservedSubscribeUserProcessor {
  private DeleteReservedSubscribeUserProcessor() {}

  /// Processes one `DeleteReservedSubscribeUser` instruction.
  ///
  /// @throws ProgramException `NotAllowed` (8), `InvalidDevicePubkey` (6), `FeatureNotEnabled`
  ///   (84), `InvalidArgument` (65) for a user with publishers; panics for signer and account
  ///   checks
  public static void process(Invocation inv, DeleteReservedSubscribeUser args)
      throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount userAccount = accounts.next();
    BorrowedAccount deviceAccount = accounts.next();
    BorrowedAccount groupAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    UserPools pools =
        UserPools.parse(accounts, args.dzPrefixCount(), args.multicastPublisherCount());
    BorrowedAccount owner = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    inv.log("process_delete_reserved_subscribe_user(" + args + ")");

    inv.checkSigner(payer);
    inv.validateProgramAccount(userAccount, true, null, "User");
    inv.validateProgramAccount(deviceAccount, true, null, "Device");
    inv.validateProgramAccount(groupAccount, true, null, "MulticastGroup");
    inv.validateProgramAccount(globalStateAccount, false, null, "GlobalState");
    inv.checkSystemProgram(system);
    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.reservationAuthorityPk().equals(payer.key())
        && !gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    UserDraft user = UserDraft.of(inv.read(userAccount, User.class));
    if (!user.devicePk.equals(deviceAccount.key())) {
      throw inv.error(ServiceabilityError.INVALID_DEVICE_PUBKEY);
    }
    if (!user.owner.equals(owner.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    MulticastGroup group = inv.read(groupAccount, MulticastGroup.class);
    long pubs = group.publisherCount();
    long subs = group.subscriberCount();
    if (user.publishers.contains(groupAccount.key())) {
      pubs = Math.max(0, pubs - 1);
    }
    if (user.subscribers.contains(groupAccount.key())) {
      subs = Math.max(0, subs - 1);
    }
    inv.write(GroupMembership.withCounts(group, pubs, subs), groupAccount, payer);
    if (pools != null) {
      UserAllocation.validateAndDeallocate(inv, user, pools, gs);
    }
    if (!user.publishers.isEmpty()) {
      throw inv.error(ServiceabilityError.INVALID_ARGUMENT);
    }
    Device device =
        DeviceUsers.detach(inv.read(deviceAccount, Device.class), UserType.MULTICAST, false);
    inv.write(device, deviceAccount, payer);
    inv.close(userAccount, owner);
  }
}
