package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.global.GlobalStateDraft;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassStatus;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;

/// `create_user_core` (`PROC/user/create_core.rs`; `serviceability-instructions.md` §3.8, §7): the
/// checks and counter updates shared by CreateUser and CreateSubscribeUser, in the reference's
/// order, and the account creation both finish with.
final class UserCreation {
  private UserCreation() {}

  /// The accounts the core reads.
  ///
  /// @param tenant the optional Tenant account, or null
  record Accounts(
      BorrowedAccount user,
      BorrowedAccount device,
      BorrowedAccount accessPass,
      BorrowedAccount globalState,
      BorrowedAccount tenant,
      BorrowedAccount payer) {}

  /// The user's requested shape.
  ///
  /// @param publisher for Multicast users, whether the publisher (else subscriber) counter and
  ///   limit apply
  record Request(
      UserType userType,
      UserCyoa cyoaType,
      Ipv4Address clientIp,
      Ipv4Address tunnelEndpoint,
      boolean publisher) {}

  /// What the core leaves for the caller to finish and write.
  ///
  /// @param globalState the GlobalState with `account_index` incremented (persisted only on the V1
  ///   path)
  /// @param v1 whether the user account is the legacy index PDA
  /// @param pda the user's PDA in use (V1 or V2), whose seeds sign its creation
  record Result(
      UserDraft user,
      Device device,
      AccessPass pass,
      GlobalState globalState,
      boolean v1,
      ProgramDerivedAddress pda) {}

  /// Runs the core checks and updates; the tenant, if any, is written here.
  ///
  /// @throws ProgramException see `serviceability-instructions.md` §3.8 steps 1–17 for every error
  ///   and its order
  static Result run(Invocation inv, Accounts a, Request r) throws ProgramException {
    inv.checkSigner(a.payer());
    if (a.user().dataLength() > 0) {
      throw ProgramException.of(BuiltinError.AccountAlreadyInitialized);
    }
    if (a.accessPass().dataLength() == 0) {
      throw inv.error(ServiceabilityError.ACCESS_PASS_NOT_FOUND);
    }
    inv.validateProgramAccount(a.accessPass(), false, null, "AccessPass");
    checkTenantAccount(inv, a.tenant());
    GlobalState gs = inv.globalState(a.globalState());
    gs = GlobalStateDraft.withAccountIndex(gs, gs.accountIndex().increment());
    ProgramDerivedAddress v1 = ServiceabilityPdas.userV1(inv.programId(), gs.accountIndex());
    ProgramDerivedAddress v2 =
        ServiceabilityPdas.userV2(inv.programId(), r.clientIp(), r.userType());
    boolean isV1;
    if (a.user().key().equals(v2.address())) {
      isV1 = false;
    } else if (a.user().key().equals(v1.address())) {
      isV1 = true;
    } else {
      inv.log(
          "Invalid User PDA. expected: "
              + v2.address()
              + " or "
              + v1.address()
              + ", found: "
              + a.user().key());
      throw inv.error(ServiceabilityError.INVALID_USER_PUBKEY);
    }
    if (a.device().dataLength() == 0
        || (a.device().data()[0] & 0xFF) != AccountType.DEVICE.wireValue()) {
      throw inv.error(ServiceabilityError.INVALID_DEVICE_PUBKEY);
    }
    if (!a.device().owner().equals(inv.programId())) {
      throw ProgramException.of(BuiltinError.IncorrectProgramId);
    }
    AccessPass pass = checkPass(inv, a, r.clientIp());
    PublicKey validator = PassUse.validatorKey(pass);
    Device device = inv.read(a.device(), Device.class);
    checkDevice(inv, gs, device, a.payer().key(), r);
    pass = PassUse.connect(pass);
    device = DeviceUsers.attach(device, r.userType(), r.publisher());
    PublicKey tenantPk = PublicKey.DEFAULT;
    if (a.tenant() != null) {
      Tenant tenant = TenantRefs.increment(inv, inv.read(a.tenant(), Tenant.class));
      inv.write(tenant, a.tenant(), a.payer());
      tenantPk = a.tenant().key();
    }
    User user =
        new User(
            a.payer().key(),
            isV1 ? gs.accountIndex() : U128.ZERO,
            isV1 ? v1.bump() : v2.bump(),
            r.userType(),
            tenantPk,
            a.device().key(),
            r.cyoaType(),
            r.clientIp(),
            Ipv4Address.UNSPECIFIED,
            0,
            NetworkV4.DEFAULT,
            UserStatus.PENDING,
            List.of(),
            List.of(),
            validator,
            r.tunnelEndpoint());
    return new Result(UserDraft.of(user), device, pass, gs, isV1, isV1 ? v1 : v2);
  }

  private static void checkTenantAccount(Invocation inv, BorrowedAccount tenant)
      throws ProgramException {
    if (tenant == null) {
      return;
    }
    if (tenant.dataLength() == 0) {
      throw inv.error(ServiceabilityError.INVALID_TENANT_PUBKEY);
    }
    inv.validateProgramAccount(tenant, true, null, "Tenant");
    if ((tenant.data()[0] & 0xFF) != AccountType.TENANT.wireValue()) {
      throw inv.error(ServiceabilityError.INVALID_ACCOUNT_TYPE);
    }
  }

  private static AccessPass checkPass(Invocation inv, Accounts a, Ipv4Address clientIp)
      throws ProgramException {
    PublicKey payer = a.payer().key();
    PublicKey exact = ServiceabilityPdas.accessPass(inv.programId(), clientIp, payer).address();
    PublicKey dynamic =
        ServiceabilityPdas.accessPass(inv.programId(), Ipv4Address.UNSPECIFIED, payer).address();
    inv.check(
        a.accessPass().key().equals(exact) || a.accessPass().key().equals(dynamic),
        "Invalid AccessPass PDA");
    AccessPass pass = inv.read(a.accessPass(), AccessPass.class);
    if (!pass.userPayer().equals(payer)) {
      throw inv.error(ServiceabilityError.UNAUTHORIZED);
    }
    pass = PassUse.lockDynamic(pass, clientIp);
    if (!pass.allowsMultipleIp() && !pass.clientIp().equals(clientIp)) {
      throw inv.error(ServiceabilityError.UNAUTHORIZED);
    }
    if (pass.tenantAllowlist().stream().anyMatch(k -> !k.equals(PublicKey.DEFAULT))) {
      PublicKey userTenant = a.tenant() == null ? PublicKey.DEFAULT : a.tenant().key();
      if (!pass.tenantAllowlist().contains(userTenant)) {
        throw inv.error(ServiceabilityError.TENANT_NOT_IN_ACCESS_PASS_ALLOWLIST);
      }
    } else if (a.tenant() != null) {
      Tenant tenant = inv.read(a.tenant(), Tenant.class);
      inv.log(
          "Access-pass has no tenant_allowlist, but user creation specifies tenant "
              + tenant.code());
      throw inv.error(ServiceabilityError.TENANT_NOT_IN_ACCESS_PASS_ALLOWLIST);
    }
    if (Long.compareUnsigned(pass.lastAccessEpoch(), inv.ctx().epoch()) < 0) {
      throw inv.error(ServiceabilityError.ACCESS_PASS_UNAUTHORIZED);
    }
    return pass;
  }

  private static void checkDevice(
      Invocation inv, GlobalState gs, Device device, PublicKey payer, Request r)
      throws ProgramException {
    boolean qa = gs.qaAllowlist().contains(payer);
    if (device.status() != DeviceStatus.ACTIVATED
        && !gs.foundationAllowlist().contains(payer)
        && !qa) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    if (((device.usersCount() + device.reservedSeats()) & 0xFFFF) >= device.maxUsers() && !qa) {
      throw inv.error(ServiceabilityError.MAX_USERS_EXCEEDED);
    }
    if (qa) {
      return;
    }
    if (r.userType() == UserType.MULTICAST) {
      if (r.publisher()) {
        if (device.maxMulticastPublishers() > 0
            && device.multicastPublishersCount() >= device.maxMulticastPublishers()) {
          throw inv.error(ServiceabilityError.MAX_MULTICAST_PUBLISHERS_EXCEEDED);
        }
      } else if (device.maxMulticastSubscribers() > 0
          && device.multicastSubscribersCount() >= device.maxMulticastSubscribers()) {
        throw inv.error(ServiceabilityError.MAX_MULTICAST_SUBSCRIBERS_EXCEEDED);
      }
    } else if (device.maxUnicastUsers() > 0
        && device.unicastUsersCount() >= device.maxUnicastUsers()) {
      throw inv.error(ServiceabilityError.MAX_UNICAST_USERS_EXCEEDED);
    }
  }

  /// `User::try_activate`: refreshes the pass status, copies its SolanaValidator key into the user
  /// and sets the user Activated, or OutOfCredits when the pass has expired.
  ///
  /// @return the pass with its refreshed status
  static AccessPass tryActivate(Invocation inv, UserDraft user, AccessPass pass) {
    AccessPass updated = PassUse.updateStatus(pass, inv.ctx().epoch());
    user.validatorPubkey = PassUse.validatorKey(updated);
    user.status =
        updated.status() == AccessPassStatus.EXPIRED
            ? UserStatus.OUT_OF_CREDITS
            : UserStatus.ACTIVATED;
    return updated;
  }

  /// Creates the user account at its PDA (V2 seeds `"user", client_ip, user_type`; V1 seeds
  /// `"user", index`), then on the V1 path writes GlobalState with the incremented `account_index`.
  ///
  /// @throws ProgramException the user validation's error, or the system program's
  static void createAccount(
      Invocation inv,
      Result res,
      User user,
      BorrowedAccount userAccount,
      BorrowedAccount globalStateAccount,
      BorrowedAccount payer)
      throws ProgramException {
    inv.create(user, userAccount, payer, res.pda().signerSeeds());
    if (res.v1()) {
      inv.write(res.globalState(), globalStateAccount, payer);
    }
  }
}
