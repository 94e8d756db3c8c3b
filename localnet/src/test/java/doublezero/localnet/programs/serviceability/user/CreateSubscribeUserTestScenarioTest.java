package doublezero.localnet.programs.serviceability.user;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.SetGlobalConfig;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Reference `TST/create_subscribe_user_test.rs` through localnet, plus the multicast counter
/// limits of the core.
@NeedsLedgerInternals(
    "a fresh ledger with its own GlobalConfig and feature flags (InitGlobalState, SetGlobalConfig,"
        + " SetFeatureFlags)")
class CreateSubscribeUserTestScenarioTest {
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

  record Setup(PublicKey device, PublicKey group, Ipv4Address ip, PublicKey user) {}

  static Setup setup(MulticastGroupStatus status) {
    PublicKey device = fx.device(UserFixtures.DeviceSpec.activated());
    PublicKey group = fx.group(status);
    Ipv4Address ip = UserFixtures.nextIp();
    fx.pass(fnd, ip, UserFixtures.PassSpec.prepaid().withGroups(List.of(group), List.of(group)));
    return new Setup(device, group, ip, ix.userPda(ip, UserType.MULTICAST));
  }

  void legacy(boolean pub, boolean sub) {
    Setup s = setup(MulticastGroupStatus.ACTIVATED);
    h.ok(h.foundation, ix.createSubscribe(fnd, s.device(), s.group(), s.ip(), pub, sub, 0));
    User u = h.account(s.user(), User.class);
    assertThat(u.status()).isEqualTo(UserStatus.PENDING);
    assertThat(u.publishers()).isEqualTo(pub ? List.of(s.group()) : List.of());
    assertThat(u.subscribers()).isEqualTo(sub ? List.of(s.group()) : List.of());
    MulticastGroup g = h.account(s.group(), MulticastGroup.class);
    assertThat(g.publisherCount()).isEqualTo(pub ? 1 : 0);
    assertThat(g.subscriberCount()).isEqualTo(sub ? 1 : 0);
    Device d = h.account(s.device(), Device.class);
    assertThat(d.multicastPublishersCount()).isEqualTo(pub ? 1 : 0);
    assertThat(d.multicastSubscribersCount()).isEqualTo(pub ? 0 : 1);
    assertThat(d.usersCount()).isEqualTo(1);
  }

  @Test
  void testCreateSubscribeUserLegacyPublisher() {
    legacy(true, false);
  }

  @Test
  void testCreateSubscribeUserLegacySubscriber() {
    legacy(false, true);
  }

  @Test
  void testCreateSubscribeUserLegacyPublisherAndSubscriber() {
    legacy(true, true);
  }

  @Test
  void testCreateSubscribeUserAtomicPublisher() {
    fx.onChainAllocation(true);
    Setup s = setup(MulticastGroupStatus.ACTIVATED);
    h.ok(h.foundation, ix.createSubscribe(fnd, s.device(), s.group(), s.ip(), true, false, 1));
    User u = h.account(s.user(), User.class);
    assertThat(u.status()).isEqualTo(UserStatus.ACTIVATED);
    assertThat(NetworkV4.parse("148.51.120.0/21").contains(u.dzIp())).isTrue();
  }

  @Test
  void testCreateSubscribeUserAtomicSubscriber() {
    fx.onChainAllocation(true);
    Setup s = setup(MulticastGroupStatus.ACTIVATED);
    h.ok(h.foundation, ix.createSubscribe(fnd, s.device(), s.group(), s.ip(), false, true, 1));
    User u = h.account(s.user(), User.class);
    assertThat(u.status()).isEqualTo(UserStatus.ACTIVATED);
    assertThat(u.dzIp()).isEqualTo(s.ip());
  }

  @Test
  void testCreateSubscribeUserAtomicFeatureFlagDisabled() {
    fx.onChainAllocation(false);
    Setup s = setup(MulticastGroupStatus.ACTIVATED);
    assertError(
        h.fail(
            h.foundation, ix.createSubscribe(fnd, s.device(), s.group(), s.ip(), false, true, 1)),
        ServiceabilityError.FEATURE_NOT_ENABLED);
  }

  @Test
  void testCreateSubscribeUserInactiveMgroupFails() {
    Setup s = setup(MulticastGroupStatus.PENDING);
    assertError(
        h.fail(
            h.foundation, ix.createSubscribe(fnd, s.device(), s.group(), s.ip(), false, true, 0)),
        ServiceabilityError.INVALID_STATUS);
  }

  @Test
  void groupOutsideThePassAllowlistIsNotAllowed() {
    PublicKey device = fx.device(UserFixtures.DeviceSpec.activated());
    PublicKey group = fx.group(MulticastGroupStatus.ACTIVATED);
    Ipv4Address ip = UserFixtures.nextIp();
    fx.pass(fnd, ip, UserFixtures.PassSpec.prepaid().withGroups(List.of(), List.of(group)));
    assertError(
        h.fail(h.foundation, ix.createSubscribe(fnd, device, group, ip, true, false, 0)),
        ServiceabilityError.NOT_ALLOWED);
  }

  @Test
  void perTypeLimitsApplyOutsideQa() {
    var holder = h.funded();
    PublicKey device = fx.device(UserFixtures.DeviceSpec.activated().withLimits(128, 0, 1, 1));
    PublicKey group = fx.group(MulticastGroupStatus.ACTIVATED);
    for (boolean pub : new boolean[] {true, false}) {
      Ipv4Address a = UserFixtures.nextIp();
      Ipv4Address b = UserFixtures.nextIp();
      fx.pass(
          holder.publicKey(),
          a,
          UserFixtures.PassSpec.prepaid().withGroups(List.of(group), List.of(group)));
      fx.pass(
          holder.publicKey(),
          b,
          UserFixtures.PassSpec.prepaid().withGroups(List.of(group), List.of(group)));
      h.ok(holder, ix.createSubscribe(holder.publicKey(), device, group, a, pub, !pub, 0));
      assertError(
          h.fail(holder, ix.createSubscribe(holder.publicKey(), device, group, b, pub, !pub, 0)),
          pub
              ? ServiceabilityError.MAX_MULTICAST_PUBLISHERS_EXCEEDED
              : ServiceabilityError.MAX_MULTICAST_SUBSCRIBERS_EXCEEDED);
    }
    // the foundation key is also in the QA allowlist, so create_user_core skips the limit, but the
    // Device write
    // re-validates the per-type counts (STATE/device.rs): the reference refuses it with the same 85
    Ipv4Address c = UserFixtures.nextIp();
    fx.pass(fnd, c, UserFixtures.PassSpec.prepaid().withGroups(List.of(group), List.of(group)));
    assertError(
        h.fail(h.foundation, ix.createSubscribe(fnd, device, group, c, true, false, 0)),
        ServiceabilityError.MAX_MULTICAST_PUBLISHERS_EXCEEDED);
    assertThat(h.account(device, Device.class).multicastPublishersCount()).isEqualTo(1);
  }
}
