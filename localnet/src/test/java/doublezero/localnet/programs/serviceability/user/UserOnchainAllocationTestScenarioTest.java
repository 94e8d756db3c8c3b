package doublezero.localnet.programs.serviceability.user;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.SetGlobalConfig;
import doublezero.sdk.serviceability.instruction.UpdateUser;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Reference `TST/user_onchain_allocation_test.rs` through localnet: the reference's global config
/// (user tunnel block 169.254.0.0/24) and devices with one /24 dz_prefix.
@NeedsLedgerInternals(
    "a fresh ledger with its own GlobalConfig and feature flags (InitGlobalState, SetGlobalConfig,"
        + " SetFeatureFlags)")
class UserOnchainAllocationTestScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static UserFixtures fx;
  static UserIx ix;
  static PublicKey fnd;

  @BeforeAll
  static void start() {
    h = ProgramHarness.start(dir);
    h.ok(h.foundation, h.initGlobalState());
    h.ok(
        h.foundation,
        h.setGlobalConfig(
            h.foundation,
            new SetGlobalConfig(
                65000,
                65001,
                NetworkV4.parse("10.100.0.0/24"),
                NetworkV4.parse("169.254.0.0/24"),
                NetworkV4.parse("239.0.0.0/24"),
                Optional.empty(),
                NetworkV4.parse("148.51.120.0/21"))));
    fx = new UserFixtures(h);
    ix = new UserIx(h);
    fnd = h.foundation.publicKey();
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  @BeforeEach
  void flagOn() {
    fx.onChainAllocation(true);
  }

  record Setup(PublicKey device, Ipv4Address ip, PublicKey pass, PublicKey user) {}

  static Setup pending(UserType type) {
    PublicKey device =
        fx.device(
            UserFixtures.DeviceSpec.activated()
                .withPrefixes(
                    List.of(
                        NetworkV4.parse(
                            "110.1." + (UserFixtures.nextIp().octets()[3] & 0xFF) + ".0/24"))));
    Ipv4Address ip = UserFixtures.nextIp();
    PublicKey pass = fx.pass(fnd, ip, UserFixtures.PassSpec.prepaid());
    h.ok(h.foundation, ix.create(fnd, device, ip, type));
    return new Setup(device, ip, pass, ix.userPda(ip, type));
  }

  static ResourceExtension pool(PublicKey key) {
    return h.account(key, ResourceExtension.class);
  }

  static PublicKey userTunnelBlock() {
    return ServiceabilityPdas.userTunnelBlock(h.programId).address();
  }

  static PublicKey tunnelIds(PublicKey device) {
    return ServiceabilityPdas.tunnelIds(h.programId, device, 0).address();
  }

  static PublicKey dzBlock(PublicKey device) {
    return ServiceabilityPdas.dzPrefixBlock(h.programId, device, 0).address();
  }

  @Test
  void testActivateUserWithOnchainAllocation() {
    Setup s = pending(UserType.IBRL_WITH_ALLOCATED_IP);
    int tunnelBefore = pool(userTunnelBlock()).allocatedCount();
    h.ok(h.foundation, ix.activateOnChain(fnd, s.user(), s.pass(), s.device(), 1));
    User u = h.account(s.user(), User.class);
    assertThat(u.status()).isEqualTo(UserStatus.ACTIVATED);
    assertThat(u.tunnelNet().prefix()).isEqualTo(31);
    assertThat(NetworkV4.parse("169.254.0.0/24").contains(u.tunnelNet().ip())).isTrue();
    assertThat(u.tunnelId()).isBetween(500, 4595);
    assertThat(pool(userTunnelBlock()).allocatedCount()).isEqualTo(tunnelBefore + 2);
    Device d = h.account(s.device(), Device.class);
    assertThat(d.dzPrefixes().get(0).contains(u.dzIp())).isTrue();
    assertThat(u.dzIp())
        .isEqualTo(
            Ipv4Address.ofOctets(new byte[] {110, 1, d.dzPrefixes().get(0).ip().octets()[2], 1}));
    assertThat(pool(dzBlock(s.device())).allocatedCount()).isEqualTo(2);
    assertThat(pool(tunnelIds(s.device())).allocatedIndices()).containsExactly(0);
    assertThat(u.tunnelId()).isEqualTo(500);
  }

  @Test
  void testActivateUserLegacyPath() {
    Setup s = pending(UserType.IBRL);
    h.ok(
        h.foundation,
        ix.activateLegacy(fnd, s.user(), s.pass(), 501, "169.254.0.0/25", "200.0.0.1"));
    User u = h.account(s.user(), User.class);
    assertThat(u.status()).isEqualTo(UserStatus.ACTIVATED);
    assertThat(u.tunnelId()).isEqualTo(501);
    assertThat(u.tunnelNet()).isEqualTo(NetworkV4.parse("169.254.0.0/25"));
    assertThat(u.dzIp()).isEqualTo(Ipv4Address.parse("200.0.0.1"));
    assertThat(pool(tunnelIds(s.device())).allocatedCount()).isZero();
  }

  @Test
  void testActivateUserIbrlUsesClientIp() {
    Setup s = pending(UserType.IBRL);
    h.ok(h.foundation, ix.activateOnChain(fnd, s.user(), s.pass(), s.device(), 1));
    assertThat(h.account(s.user(), User.class).dzIp()).isEqualTo(s.ip());
    assertThat(pool(dzBlock(s.device())).allocatedCount()).isEqualTo(1);
  }

  @Test
  void testActivateUserEdgeFiltering() {
    Setup s = pending(UserType.EDGE_FILTERING);
    h.ok(h.foundation, ix.activateOnChain(fnd, s.user(), s.pass(), s.device(), 1));
    User u = h.account(s.user(), User.class);
    assertThat(u.dzIp()).isNotEqualTo(s.ip());
    assertThat(h.account(s.device(), Device.class).dzPrefixes().get(0).contains(u.dzIp())).isTrue();
  }

  @Test
  void testActivateUserAlreadyActivatedFails() {
    Setup s = pending(UserType.IBRL);
    h.ok(h.foundation, ix.activateOnChain(fnd, s.user(), s.pass(), s.device(), 1));
    assertError(
        h.fail(h.foundation, ix.activateOnChain(fnd, s.user(), s.pass(), s.device(), 1)),
        ServiceabilityError.INVALID_STATUS);
  }

  @Test
  void testActivateWithoutFlagStillAllocates() {
    // ActivateUser's on-chain path checks no feature flag (serviceability-instructions.md §6.4)
    Setup s = pending(UserType.IBRL);
    fx.onChainAllocation(false);
    h.ok(h.foundation, ix.activateOnChain(fnd, s.user(), s.pass(), s.device(), 1));
    assertThat(h.account(s.user(), User.class).tunnelId()).isGreaterThanOrEqualTo(500);
  }

  @Test
  void testCloseaccountUserWithDeallocation() {
    Setup s = pending(UserType.IBRL_WITH_ALLOCATED_IP);
    int tunnelBefore = pool(userTunnelBlock()).allocatedCount();
    h.ok(h.foundation, ix.activateOnChain(fnd, s.user(), s.pass(), s.device(), 1));
    h.ok(h.foundation, ix.delete(fnd, s.user(), s.pass()));
    User u = h.account(s.user(), User.class);
    h.ok(h.foundation, ix.close(fnd, s.user(), u, 1));
    assertThat(h.data(s.user())).isEmpty();
    assertThat(pool(userTunnelBlock()).allocatedCount()).isEqualTo(tunnelBefore);
    assertThat(pool(tunnelIds(s.device())).allocatedCount()).isZero();
    assertThat(pool(dzBlock(s.device())).allocatedIndices()).containsExactly(0);
  }

  @Test
  void testCreateUserAtomicWithOnchainAllocation() {
    PublicKey device = fx.device(UserFixtures.DeviceSpec.activated());
    Ipv4Address ip = UserFixtures.nextIp();
    PublicKey pass = fx.pass(fnd, ip, UserFixtures.PassSpec.prepaid());
    PublicKey user = ix.userPda(ip, UserType.IBRL);
    h.ok(h.foundation, ix.create(fnd, user, device, pass, ip, UserType.IBRL, 1, Optional.empty()));
    User u = h.account(user, User.class);
    assertThat(u.status()).isEqualTo(UserStatus.ACTIVATED);
    assertThat(u.dzIp()).isEqualTo(ip);
    assertThat(u.tunnelId()).isEqualTo(500);
    assertThat(u.tunnelNet().prefix()).isEqualTo(31);
  }

  @Test
  void testCreateUserAtomicIbrlWithAllocatedIp() {
    PublicKey device = fx.device(UserFixtures.DeviceSpec.activated());
    Ipv4Address ip = UserFixtures.nextIp();
    PublicKey pass = fx.pass(fnd, ip, UserFixtures.PassSpec.prepaid());
    PublicKey user = ix.userPda(ip, UserType.IBRL_WITH_ALLOCATED_IP);
    h.ok(
        h.foundation,
        ix.create(
            fnd, user, device, pass, ip, UserType.IBRL_WITH_ALLOCATED_IP, 1, Optional.empty()));
    User u = h.account(user, User.class);
    assertThat(u.status()).isEqualTo(UserStatus.ACTIVATED);
    NetworkV4 prefix = h.account(device, Device.class).dzPrefixes().get(0);
    assertThat(u.dzIp().value()).isEqualTo(prefix.ip().value() + 1);
  }

  @Test
  void testCreateUserAtomicBackwardCompat() {
    Setup s = pending(UserType.IBRL);
    User u = h.account(s.user(), User.class);
    assertThat(u.status()).isEqualTo(UserStatus.PENDING);
    assertThat(u.tunnelId()).isZero();
    assertThat(pool(tunnelIds(s.device())).allocatedCount()).isZero();
  }

  @Test
  void testCreateUserAtomicFeatureFlagDisabled() {
    fx.onChainAllocation(false);
    PublicKey device = fx.device(UserFixtures.DeviceSpec.activated());
    Ipv4Address ip = UserFixtures.nextIp();
    PublicKey pass = fx.pass(fnd, ip, UserFixtures.PassSpec.prepaid());
    PublicKey user = ix.userPda(ip, UserType.IBRL);
    assertError(
        h.fail(
            h.foundation,
            ix.create(fnd, user, device, pass, ip, UserType.IBRL, 1, Optional.empty())),
        ServiceabilityError.FEATURE_NOT_ENABLED);
    assertThat(h.data(user)).isEmpty();
  }

  @Test
  void testDeleteUserAtomicWithDeallocation() {
    Setup s = pending(UserType.IBRL_WITH_ALLOCATED_IP);
    h.ok(h.foundation, ix.activateOnChain(fnd, s.user(), s.pass(), s.device(), 1));
    assertThat(pool(dzBlock(s.device())).allocatedCount()).isEqualTo(2);
    User u = h.account(s.user(), User.class);
    long rent = h.lamports(s.user());
    long before = h.lamports(fnd);
    h.ok(h.foundation, ix.deleteAtomic(fnd, s.user(), s.pass(), u, 1));
    assertThat(h.data(s.user())).isEmpty();
    assertThat(h.lamports(fnd)).isEqualTo(before + rent - 5000);
    assertThat(pool(tunnelIds(s.device())).allocatedCount()).isZero();
    assertThat(pool(dzBlock(s.device())).allocatedIndices()).containsExactly(0);
    Device d = h.account(s.device(), Device.class);
    assertThat(d.usersCount()).isZero();
    assertThat(d.unicastUsersCount()).isZero();
    assertThat(d.referenceCount()).isZero();
  }

  @Test
  void testDeleteUserAtomicBackwardCompat() {
    Setup s = pending(UserType.IBRL);
    h.ok(h.foundation, ix.activateLegacy(fnd, s.user(), s.pass()));
    h.ok(h.foundation, ix.delete(fnd, s.user(), s.pass()));
    assertThat(h.account(s.user(), User.class).status()).isEqualTo(UserStatus.DELETING);
  }

  @Test
  void testDeleteUserAtomicFeatureFlagDisabled() {
    Setup s = pending(UserType.IBRL);
    h.ok(h.foundation, ix.activateLegacy(fnd, s.user(), s.pass()));
    fx.onChainAllocation(false);
    User u = h.account(s.user(), User.class);
    assertError(
        h.fail(h.foundation, ix.deleteAtomic(fnd, s.user(), s.pass(), u, 1)),
        ServiceabilityError.FEATURE_NOT_ENABLED);
    assertThat(h.account(s.user(), User.class).status()).isEqualTo(UserStatus.ACTIVATED);
  }

  @Test
  void testRequestBanUserOnchainDeallocation() {
    Setup s = pending(UserType.IBRL_WITH_ALLOCATED_IP);
    h.ok(h.foundation, ix.activateOnChain(fnd, s.user(), s.pass(), s.device(), 1));
    h.ok(h.foundation, ix.requestBan(fnd, s.user(), s.device(), 1));
    User u = h.account(s.user(), User.class);
    assertThat(u.status()).isEqualTo(UserStatus.BANNED);
    assertThat(u.tunnelNet()).isEqualTo(NetworkV4.DEFAULT);
    assertThat(u.tunnelId()).isZero();
    assertThat(u.dzIp()).isEqualTo(Ipv4Address.UNSPECIFIED);
    assertThat(pool(tunnelIds(s.device())).allocatedCount()).isZero();
    assertThat(pool(dzBlock(s.device())).allocatedIndices()).containsExactly(0);
    assertThat(h.account(s.device(), Device.class).usersCount()).isEqualTo(1);
  }

  @Test
  void testRequestBanUserLegacyBackwardCompat() {
    Setup s = pending(UserType.IBRL);
    h.ok(h.foundation, ix.activateLegacy(fnd, s.user(), s.pass()));
    h.ok(h.foundation, ix.requestBan(fnd, s.user(), s.device(), 0));
    assertThat(h.account(s.user(), User.class).status()).isEqualTo(UserStatus.PENDING_BAN);
  }

  @Test
  void testRequestBanUserOnchainFeatureFlagDisabled() {
    Setup s = pending(UserType.IBRL);
    h.ok(h.foundation, ix.activateLegacy(fnd, s.user(), s.pass()));
    fx.onChainAllocation(false);
    assertError(
        h.fail(h.foundation, ix.requestBan(fnd, s.user(), s.device(), 1)),
        ServiceabilityError.FEATURE_NOT_ENABLED);
    assertThat(h.account(s.user(), User.class).status()).isEqualTo(UserStatus.ACTIVATED);
  }

  @Test
  void testUpdateUserWithOnchainAllocationMovesTheBits() {
    Setup s = pending(UserType.IBRL_WITH_ALLOCATED_IP);
    h.ok(h.foundation, ix.activateOnChain(fnd, s.user(), s.pass(), s.device(), 1));
    User u = h.account(s.user(), User.class);
    NetworkV4 prefix = h.account(s.device(), Device.class).dzPrefixes().get(0);
    Ipv4Address newIp = new Ipv4Address(prefix.ip().value() + 9);
    UpdateUser args =
        new UpdateUser(
            Optional.empty(),
            Optional.empty(),
            Optional.of(newIp),
            Optional.of(600),
            Optional.of(NetworkV4.parse("169.254.0.100/31")),
            Optional.empty(),
            Optional.empty(),
            1,
            1);
    h.ok(
        h.foundation,
        args.toInstruction(
            h.programId,
            new UpdateUser.Accounts(
                s.user(), h.globalState(), ix.pools(s.device(), 1, true), Optional.empty(), fnd)));
    User after = h.account(s.user(), User.class);
    assertThat(after.tunnelId()).isEqualTo(600);
    assertThat(after.dzIp()).isEqualTo(newIp);
    assertThat(pool(tunnelIds(s.device())).allocatedIndices()).containsExactly(100);
    assertThat(pool(dzBlock(s.device())).allocatedIndices()).containsExactly(0, 9);
    ResourceExtension tb = pool(userTunnelBlock());
    assertThat(tb.isAllocated(100)).isTrue();
    assertThat(
            tb.isAllocated(
                u.tunnelNet().ip().value() - NetworkV4.parse("169.254.0.0/24").ip().value()))
        .isFalse();
    // a taken tunnel id cannot be claimed twice: AllocationFailed
    Setup other = pending(UserType.IBRL);
    h.ok(h.foundation, ix.activateLegacy(fnd, other.user(), other.pass()));
    UpdateUser clash =
        new UpdateUser(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(NetworkV4.parse("169.254.0.100/31")),
            Optional.empty(),
            Optional.empty(),
            1,
            1);
    assertError(
        h.fail(
            h.foundation,
            clash.toInstruction(
                h.programId,
                new UpdateUser.Accounts(
                    other.user(),
                    h.globalState(),
                    ix.pools(other.device(), 1, true),
                    Optional.empty(),
                    fnd))),
        ServiceabilityError.ALLOCATION_FAILED);
  }

  @Test
  void testUpdateUserBackwardCompat() {
    Setup s = pending(UserType.IBRL);
    h.ok(h.foundation, ix.activateOnChain(fnd, s.user(), s.pass(), s.device(), 1));
    byte[] ids = h.data(tunnelIds(s.device())).orElseThrow();
    h.ok(
        h.foundation,
        ix.update(
            fnd,
            s.user(),
            new UpdateUser(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(700),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0,
                0)));
    assertThat(h.account(s.user(), User.class).tunnelId()).isEqualTo(700);
    assertThat(h.data(tunnelIds(s.device())).orElseThrow()).isEqualTo(ids);
  }

  @Test
  void testMulticastSubscribeReactivationPreservesAllocations() {
    Setup s = pending(UserType.MULTICAST);
    h.ok(h.foundation, ix.activateOnChain(fnd, s.user(), s.pass(), s.device(), 1));
    User first = h.account(s.user(), User.class);
    assertThat(first.dzIp()).isEqualTo(s.ip());
    // SubscribeMulticastGroup (multicast area) as first publisher writes publishers = [group],
    // status Updating
    PublicKey group = fx.group(doublezero.sdk.serviceability.state.MulticastGroupStatus.ACTIVATED);
    h.seed(
        s.user(),
        new User(
            first.owner(),
            first.index(),
            first.bumpSeed(),
            first.userType(),
            first.tenantPk(),
            first.devicePk(),
            first.cyoaType(),
            first.clientIp(),
            first.dzIp(),
            first.tunnelId(),
            first.tunnelNet(),
            UserStatus.UPDATING,
            List.of(group),
            List.of(),
            first.validatorPubkey(),
            first.tunnelEndpoint()));
    h.ok(h.foundation, ix.activateOnChain(fnd, s.user(), s.pass(), s.device(), 1));
    User again = h.account(s.user(), User.class);
    assertThat(again.status()).isEqualTo(UserStatus.ACTIVATED);
    assertThat(again.tunnelId()).isEqualTo(first.tunnelId());
    assertThat(again.tunnelNet()).isEqualTo(first.tunnelNet());
    assertThat(NetworkV4.parse("148.51.120.0/21").contains(again.dzIp())).isTrue();
  }
}
