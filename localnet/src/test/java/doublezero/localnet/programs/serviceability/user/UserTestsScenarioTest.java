package doublezero.localnet.programs.serviceability.user;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.UpdateUser;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassStatus;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Reference `TST/user_tests.rs`, scenario by scenario, through localnet.
@NeedsLedgerInternals(
    "seeded accounts: writes fixture accounts straight into the ledger (UserFixtures.device)")
class UserTestsScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static UserFixtures fx;
  static UserIx ix;
  static PublicKey fnd;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    fx = new UserFixtures(h);
    ix = new UserIx(h);
    fnd = h.foundation.publicKey();
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  @Test
  void testUser() {
    Ipv4Address ip = UserFixtures.nextIp();
    PublicKey device = fx.device(UserFixtures.DeviceSpec.activated());
    PublicKey pass = fx.pass(fnd, ip, UserFixtures.PassSpec.prepaid());
    PublicKey user = ix.userPda(ip, UserType.IBRL);
    h.ok(h.foundation, ix.create(fnd, device, ip, UserType.IBRL));

    var v2 = ServiceabilityPdas.userV2(h.programId, ip, UserType.IBRL);
    User expected =
        new User(
            fnd,
            U128.ZERO,
            v2.bump(),
            UserType.IBRL,
            PublicKey.DEFAULT,
            device,
            UserCyoa.GRE_OVER_DIA,
            ip,
            Ipv4Address.UNSPECIFIED,
            0,
            NetworkV4.DEFAULT,
            UserStatus.PENDING,
            List.of(),
            List.of(),
            PublicKey.DEFAULT,
            Ipv4Address.UNSPECIFIED);
    assertThat(h.data(user).orElseThrow()).isEqualTo(expected.encode());
    Device dev = h.account(device, Device.class);
    assertThat(
            List.of(dev.referenceCount(), (long) dev.usersCount(), (long) dev.unicastUsersCount()))
        .containsExactly(1L, 1L, 1L);
    AccessPass ap = h.account(pass, AccessPass.class);
    assertThat(ap.connectionCount()).isEqualTo(1);
    assertThat(ap.status()).isEqualTo(AccessPassStatus.CONNECTED);

    h.ok(h.foundation, ix.activateLegacy(fnd, user, pass, 500, "169.254.0.0/25", "200.0.0.1"));
    User active = h.account(user, User.class);
    assertThat(active.status()).isEqualTo(UserStatus.ACTIVATED);
    assertThat(active.tunnelNet()).isEqualTo(NetworkV4.parse("169.254.0.0/25"));

    h.ok(
        h.foundation,
        ix.update(
            fnd,
            user,
            new UpdateUser(
                Optional.of(UserType.IBRL),
                Optional.of(UserCyoa.GRE_OVER_PRIVATE_PEERING),
                Optional.of(Ipv4Address.parse("200.0.0.4")),
                Optional.of(501),
                Optional.of(NetworkV4.parse("169.254.0.2/25")),
                Optional.empty(),
                Optional.empty(),
                0,
                0)));
    User updated = h.account(user, User.class);
    assertThat(updated.cyoaType()).isEqualTo(UserCyoa.GRE_OVER_PRIVATE_PEERING);
    assertThat(updated.tunnelId()).isEqualTo(501);
    assertThat(updated.dzIp()).isEqualTo(Ipv4Address.parse("200.0.0.4"));
    assertThat(updated.status()).isEqualTo(UserStatus.ACTIVATED);

    // the dz_ip regression: an update without dz_ip keeps it
    h.ok(
        h.foundation,
        ix.update(
            fnd,
            user,
            new UpdateUser(
                Optional.of(UserType.IBRL),
                Optional.of(UserCyoa.GRE_OVER_PRIVATE_PEERING),
                Optional.empty(),
                Optional.of(505),
                Optional.of(NetworkV4.parse("169.254.0.2/25")),
                Optional.empty(),
                Optional.empty(),
                0,
                0)));
    assertThat(h.account(user, User.class).dzIp()).isEqualTo(Ipv4Address.parse("200.0.0.4"));
    assertThat(h.account(user, User.class).tunnelId()).isEqualTo(505);

    h.ok(h.foundation, ix.delete(fnd, user, pass));
    User deleting = h.account(user, User.class);
    assertThat(deleting.status()).isEqualTo(UserStatus.DELETING);
    ap = h.account(pass, AccessPass.class);
    assertThat(ap.connectionCount()).isZero();
    assertThat(ap.status()).isEqualTo(AccessPassStatus.DISCONNECTED);

    long rent = h.lamports(user);
    long ownerBefore = h.lamports(fnd);
    h.ok(h.foundation, ix.close(fnd, user, deleting, 0));
    assertThat(h.data(user)).isEmpty();
    assertThat(h.lamports(fnd)).isEqualTo(ownerBefore + rent - 5000);
    dev = h.account(device, Device.class);
    assertThat(
            List.of(dev.referenceCount(), (long) dev.usersCount(), (long) dev.unicastUsersCount()))
        .containsExactly(0L, 0L, 0L);
  }

  @Test
  void testUserBanRequiresPendingban() {
    PublicKey user = activatedUser(fnd, UserType.IBRL);
    assertError(h.fail(h.foundation, ix.ban(fnd, user)), ServiceabilityError.NOT_ALLOWED);
    h.ok(h.foundation, ix.requestBan(fnd, user, null, 0));
    assertThat(h.account(user, User.class).status()).isEqualTo(UserStatus.PENDING_BAN);
    h.ok(h.foundation, ix.ban(fnd, user));
    User banned = h.account(user, User.class);
    assertThat(banned.status()).isEqualTo(UserStatus.BANNED);
    assertThat(banned.dzIp()).isEqualTo(Ipv4Address.UNSPECIFIED);
  }

  @Test
  void testUserCreateTenantAllowlistValidation() {
    PublicKey device = fx.device(UserFixtures.DeviceSpec.activated());
    PublicKey tenantA = fx.tenant("tenant-a");
    PublicKey tenantB = fx.tenant("tenant-b");

    Ipv4Address ip1 = UserFixtures.nextIp();
    PublicKey pass1 = fx.pass(fnd, ip1, UserFixtures.PassSpec.prepaid());
    assertError(
        h.fail(
            h.foundation,
            ix.create(
                fnd,
                ix.userPda(ip1, UserType.IBRL),
                device,
                pass1,
                ip1,
                UserType.IBRL,
                0,
                Optional.of(tenantA))),
        ServiceabilityError.TENANT_NOT_IN_ACCESS_PASS_ALLOWLIST);

    Ipv4Address ip2 = UserFixtures.nextIp();
    PublicKey pass2 =
        fx.pass(fnd, ip2, UserFixtures.PassSpec.prepaid().withTenants(List.of(tenantA)));
    assertError(
        h.fail(
            h.foundation,
            ix.create(
                fnd,
                ix.userPda(ip2, UserType.IBRL),
                device,
                pass2,
                ip2,
                UserType.IBRL,
                0,
                Optional.of(tenantB))),
        ServiceabilityError.TENANT_NOT_IN_ACCESS_PASS_ALLOWLIST);
    // no tenant given with a non-empty allowlist counts as the default key: also rejected
    assertError(
        h.fail(h.foundation, ix.create(fnd, device, ip2, UserType.IBRL)),
        ServiceabilityError.TENANT_NOT_IN_ACCESS_PASS_ALLOWLIST);

    // accesspass_test: the matching tenant succeeds and gains a reference
    h.ok(
        h.foundation,
        ix.create(
            fnd,
            ix.userPda(ip2, UserType.IBRL),
            device,
            pass2,
            ip2,
            UserType.IBRL,
            0,
            Optional.of(tenantA)));
    assertThat(h.account(ix.userPda(ip2, UserType.IBRL), User.class).tenantPk()).isEqualTo(tenantA);
    // one reference from the access pass (SetAccessPass with the tenant), one from the user
    assertThat(h.account(tenantA, Tenant.class).referenceCount()).isEqualTo(2);

    // delete + close give the user's tenant reference back; the pass keeps its own
    PublicKey user = ix.userPda(ip2, UserType.IBRL);
    h.ok(h.foundation, ix.delete(fnd, user, pass2));
    h.ok(h.foundation, ix.close(fnd, user, h.account(user, User.class), 0));
    assertThat(h.account(tenantA, Tenant.class).referenceCount()).isEqualTo(1);
  }

  @Test
  void testUserDeleteFromPendingBan() {
    PublicKey user = activatedUser(fnd, UserType.IBRL);
    h.ok(h.foundation, ix.requestBan(fnd, user, null, 0));
    deleteAndClose(user);
  }

  @Test
  void testUserDeleteFromBanned() {
    PublicKey user = activatedUser(fnd, UserType.IBRL);
    h.ok(h.foundation, ix.requestBan(fnd, user, null, 0));
    h.ok(h.foundation, ix.ban(fnd, user));
    deleteAndClose(user);
  }

  @Test
  void testUserDeleteFromOutOfCredits() {
    Ipv4Address ip = UserFixtures.nextIp();
    PublicKey device = fx.device(UserFixtures.DeviceSpec.activated());
    PublicKey pass = fx.pass(fnd, ip, UserFixtures.PassSpec.prepaid().withEpoch(0));
    PublicKey user = ix.userPda(ip, UserType.IBRL);
    h.ok(h.foundation, ix.create(fnd, device, ip, UserType.IBRL));
    // epoch 0 is treated as 1 by update_status: a pass valid to epoch 0 has expired
    h.ok(h.foundation, ix.activateLegacy(fnd, user, pass));
    assertThat(h.account(user, User.class).status()).isEqualTo(UserStatus.OUT_OF_CREDITS);
    assertThat(h.account(pass, AccessPass.class).status()).isEqualTo(AccessPassStatus.EXPIRED);
    deleteAndClose(user);
  }

  static PublicKey activatedUser(PublicKey holder, UserType type) {
    Ipv4Address ip = UserFixtures.nextIp();
    PublicKey device = fx.device(UserFixtures.DeviceSpec.activated());
    PublicKey pass = fx.pass(holder, ip, UserFixtures.PassSpec.prepaid());
    PublicKey user = ix.userPda(ip, type);
    h.ok(h.foundation, ix.create(holder, device, ip, type));
    h.ok(h.foundation, ix.activateLegacy(fnd, user, pass));
    return user;
  }

  static void deleteAndClose(PublicKey user) {
    User u = h.account(user, User.class);
    h.ok(h.foundation, ix.delete(fnd, user, ix.passPda(u.clientIp(), u.owner())));
    assertThat(h.account(user, User.class).status()).isEqualTo(UserStatus.DELETING);
    h.ok(h.foundation, ix.close(fnd, user, u, 0));
    assertThat(h.data(user)).isEmpty();
    assertThat(h.account(u.devicePk(), Device.class).usersCount()).isZero();
  }

  static long rent(int bytes) {
    return Rent.minimumBalance(bytes);
  }

  static Keypair holder() {
    return h.funded();
  }
}
