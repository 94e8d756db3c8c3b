package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CreateReservedSubscribeUser;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.serviceability.state.Reservation;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;

/// `CreateReservedSubscribeUser` (#102, `PROC/user/create_reserved_subscribe.rs`;
/// `serviceability-instructions.md` §3.8). The reservation authority (or a foundation member) turns
/// one reserved seat into a Multicast subscriber user it owns, without an access pass or epoch
/// check. With `dz_prefix_count > 0` the resources are allocated (flag required) and the user is
/// Activated directly.
///
/// Accounts: User V2 PDA, Device (W), MulticastGroup (W), Reservation (W), GlobalState,
/// [UserTunnelBlock, MulticastPublisherBlock, TunnelIds, DzPrefixBlock×N iff N > 0], payer (S),
/// system program.
public final class CreateReservedSubscribeUserProcessor {
  private CreateReservedSubscribeUserProcessor() {}

  /// Processes one `CreateReservedSubscribeUser` instruction.
  ///
  /// @throws ProgramException `AccountAlreadyInitialized`, `InvalidDevicePubkey` (6), `NotAllowed`
  ///   (8), `InvalidStatus` (7), `MaxUsersExceeded` (20), `InvalidArgument` (65),
  ///   `MaxMulticastSubscribersExceeded` (82), `FeatureNotEnabled` (84); panics for signer, account
  ///   and PDA checks
  public static void process(Invocation inv, CreateReservedSubscribeUser args)
      throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount userAccount = accounts.next();
    BorrowedAccount deviceAccount = accounts.next();
    BorrowedAccount groupAccount = accounts.next();
    BorrowedAccount reservationAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    UserPools pools = UserPools.parse(accounts, args.dzPrefixCount());
    BorrowedAccount payer = accounts.next();
    accounts.next();
    inv.log("process_create_reserved_subscribe_user(" + args + ")");

    inv.checkSigner(payer);
    if (userAccount.dataLength() > 0) {
      throw ProgramException.of(BuiltinError.AccountAlreadyInitialized);
    }
    inv.validateProgramAccount(deviceAccount, true, null, "Device");
    if ((deviceAccount.data()[0] & 0xFF) != AccountType.DEVICE.wireValue()) {
      throw inv.error(ServiceabilityError.INVALID_DEVICE_PUBKEY);
    }
    inv.validateProgramAccount(groupAccount, true, null, "MulticastGroup");
    inv.validateProgramAccount(reservationAccount, true, null, "Reservation");
    inv.validateProgramAccount(globalStateAccount, false, null, "GlobalState");
    GlobalState gs = inv.globalState(globalStateAccount);
    boolean foundation = gs.foundationAllowlist().contains(payer.key());
    if (!gs.reservationAuthorityPk().equals(payer.key()) && !foundation) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    Device device = inv.read(deviceAccount, Device.class);
    if (device.status() != DeviceStatus.ACTIVATED && !foundation) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    device = takeSeat(inv, device, deviceAccount, reservationAccount, payer);
    if (args.userType() != UserType.MULTICAST) {
      throw inv.error(ServiceabilityError.INVALID_ARGUMENT);
    }
    if (device.maxMulticastSubscribers() > 0
        && device.multicastSubscribersCount() >= device.maxMulticastSubscribers()) {
      throw inv.error(ServiceabilityError.MAX_MULTICAST_SUBSCRIBERS_EXCEEDED);
    }
    device = DeviceUsers.attach(device, UserType.MULTICAST, false);
    ProgramDerivedAddress pda =
        ServiceabilityPdas.userV2(inv.programId(), args.clientIp(), args.userType());
    inv.check(userAccount.key().equals(pda.address()), "Invalid User PDA");
    UserDraft user =
        UserDraft.of(
            new User(
                payer.key(),
                U128.ZERO,
                pda.bump(),
                args.userType(),
                PublicKey.DEFAULT,
                deviceAccount.key(),
                args.cyoaType(),
                args.clientIp(),
                Ipv4Address.UNSPECIFIED,
                0,
                NetworkV4.DEFAULT,
                UserStatus.PENDING,
                List.of(),
                List.of(),
                PublicKey.DEFAULT,
                args.tunnelEndpoint()));
    MulticastGroup group = inv.read(groupAccount, MulticastGroup.class);
    if (group.status() != MulticastGroupStatus.ACTIVATED) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    user.subscribers.add(groupAccount.key());
    group =
        GroupMembership.withCounts(
            group, group.publisherCount(), Math.min(0xFFFF_FFFFL, group.subscriberCount() + 1));
    if (pools != null) {
      UserAllocation.validateAndAllocate(inv, user, pools, inv.globalState(globalStateAccount));
      user.status = UserStatus.ACTIVATED;
    }
    inv.create(user.build(), userAccount, payer, pda.signerSeeds());
    inv.write(device, deviceAccount, payer);
    inv.write(group, groupAccount, payer);
  }

  /// Checks the reservation against the device and payer, takes one seat from it (written now) and
  /// from the device's `reserved_seats`.
  private static Device takeSeat(
      Invocation inv,
      Device device,
      BorrowedAccount deviceAccount,
      BorrowedAccount reservationAccount,
      BorrowedAccount payer)
      throws ProgramException {
    Reservation reservation = inv.read(reservationAccount, Reservation.class);
    if (!reservation.devicePk().equals(deviceAccount.key())) {
      throw inv.error(ServiceabilityError.INVALID_DEVICE_PUBKEY);
    }
    if (!reservation.owner().equals(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    if (reservation.reservedCount() == 0) {
      throw inv.error(ServiceabilityError.MAX_USERS_EXCEEDED);
    }
    if (device.reservedSeats() == 0) {
      throw inv.error(ServiceabilityError.INVALID_ARGUMENT);
    }
    Reservation taken =
        new Reservation(
            reservation.owner(),
            reservation.bumpSeed(),
            reservation.devicePk(),
            reservation.reservedCount() - 1);
    inv.write(taken, reservationAccount, payer);
    return DeviceUsers.withReservedSeats(device, device.reservedSeats() - 1);
  }
}
