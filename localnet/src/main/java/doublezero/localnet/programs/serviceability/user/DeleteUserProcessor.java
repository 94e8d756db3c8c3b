package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.DeleteUser;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.solana.key.PublicKey;

/// `DeleteUser` (#42, `PROC/user/delete.rs`; `serviceability-instructions.md` §3.8). A foundation
/// member or the user's owner deletes a user without subscriptions; the access pass gives back one
/// connection. Legacy path (`dz_prefix_count = 0`): any status but Deleting/Updating becomes
/// Deleting (the device counters are released by CloseAccountUser). Atomic path: no status check;
/// resources freed (flag required), tenant and device counters released and the account closed to
/// its owner.
///
/// Accounts, legacy: User (W), AccessPass (W), GlobalState, payer (S), system program. Atomic:
/// after GlobalState Device (W), UserTunnelBlock, [MulticastPublisherBlock iff
/// `multicast_publisher_count > 0`], TunnelIds, DzPrefixBlock×N, [Tenant iff the user has one],
/// user owner; then payer, system program.
public final class DeleteUserProcessor {
  private DeleteUserProcessor() {}

  /// Processes one `DeleteUser` instruction.
  ///
  /// @throws ProgramException `AccessPassNotFound` (53), `NotAllowed` (8), `Unauthorized` (22),
  ///   `InvalidStatus` (7, legacy), `ReferenceCountNotZero` (13), `InvalidAccountData` for a device
  ///   or owner that is not the user's, `FeatureNotEnabled` (84); panics for
  ///   signer/owner/writability/PDA checks
  public static void process(Invocation inv, DeleteUser args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount userAccount = accounts.next();
    BorrowedAccount passAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    boolean atomic = args.dzPrefixCount() > 0;
    BorrowedAccount deviceAccount = atomic ? accounts.next() : null;
    UserPools pools =
        UserPools.parse(accounts, args.dzPrefixCount(), args.multicastPublisherCount());
    BorrowedAccount tenant = null;
    if (atomic && !inv.read(userAccount, User.class).tenantPk().equals(PublicKey.DEFAULT)) {
      tenant = accounts.next();
    }
    BorrowedAccount owner = atomic ? accounts.next() : null;
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();

    inv.checkSigner(payer);
    inv.checkOwnedByProgram(userAccount, "PDA");
    if (passAccount.dataLength() == 0) {
      throw inv.error(ServiceabilityError.ACCESS_PASS_NOT_FOUND);
    }
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkOwnedByProgram(passAccount, "AccessPass");
    inv.checkSystemProgram(system);
    inv.checkWritable(userAccount, "PDA");
    UserDraft user = UserDraft.of(inv.read(userAccount, User.class));
    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.foundationAllowlist().contains(payer.key()) && !user.owner.equals(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    releasePass(inv, user, passAccount, payer);
    if (!atomic && (user.status == UserStatus.DELETING || user.status == UserStatus.UPDATING)) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    if (!user.publishers.isEmpty() || !user.subscribers.isEmpty()) {
      throw inv.error(ServiceabilityError.REFERENCE_COUNT_NOT_ZERO);
    }
    if (!atomic) {
      user.status = UserStatus.DELETING;
      inv.write(user.build(), userAccount, payer);
      return;
    }
    inv.checkOwnedByProgram(deviceAccount, "Device");
    if (!user.devicePk.equals(deviceAccount.key()) || !user.owner.equals(owner.key())) {
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
    UserAllocation.validateAndDeallocate(inv, user, pools, gs);
    if (tenant != null) {
      TenantRefs.release(inv, tenant, user, payer);
    }
    Device device =
        DeviceUsers.detach(
            inv.read(deviceAccount, Device.class), user.userType, !user.publishers.isEmpty());
    inv.write(device, deviceAccount, payer);
    inv.close(userAccount, owner);
  }

  private static void releasePass(
      Invocation inv, UserDraft user, BorrowedAccount passAccount, BorrowedAccount payer)
      throws ProgramException {
    PublicKey exact =
        ServiceabilityPdas.accessPass(inv.programId(), user.clientIp, user.owner).address();
    PublicKey dynamic =
        ServiceabilityPdas.accessPass(inv.programId(), Ipv4Address.UNSPECIFIED, user.owner)
            .address();
    inv.check(
        passAccount.key().equals(exact) || passAccount.key().equals(dynamic),
        "Invalid AccessPass PDA");
    AccessPass pass = inv.read(passAccount, AccessPass.class);
    if (!pass.userPayer().equals(user.owner)) {
      throw inv.error(ServiceabilityError.UNAUTHORIZED);
    }
    pass = PassUse.lockDynamic(pass, user.clientIp);
    if (!pass.clientIp().equals(user.clientIp) && !pass.allowsMultipleIp()) {
      throw inv.error(ServiceabilityError.UNAUTHORIZED);
    }
    inv.write(PassUse.disconnect(pass), passAccount, payer);
  }
}
