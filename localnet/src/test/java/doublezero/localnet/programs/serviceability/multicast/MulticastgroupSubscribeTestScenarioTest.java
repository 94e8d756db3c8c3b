package doublezero.localnet.programs.serviceability.multicast;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Mirrors `TST/multicastgroup_subscribe_test.rs` (§8): two activated groups in a pass's pub and
/// sub allowlists (added with the real allowlist instructions), an activated Multicast user (seeded
/// as CreateUser + ActivateUser write it), then SubscribeMulticastGroup on the legacy and the
/// on-chain path.
@NeedsLedgerInternals(
    "seeded accounts: rewrites GlobalState straight into the ledger"
        + " (MulticastFixture.editGlobalState)")
class MulticastgroupSubscribeTestScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static MulticastFixture f;
  static final AtomicInteger NEXT = new AtomicInteger(1);

  /// One test's fixture: a user, its pass and two groups.
  record Setup(Ipv4Address ip, PublicKey pass, PublicKey user, PublicKey g1, PublicKey g2) {}

  Setup s;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    f = new MulticastFixture(h);
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  @BeforeEach
  void fixture() {
    f.onChainAllocation(false);
    int n = NEXT.getAndIncrement();
    Ipv4Address ip = Ipv4Address.parse("100.0.0." + n);
    PublicKey payer = h.foundation.publicKey();
    PublicKey g1 = f.activeGroup("group1-" + n, payer, "224.0.1." + n);
    PublicKey g2 = f.activeGroup("group2-" + n, payer, "224.0.2." + n);
    PublicKey pass = f.seedAccessPass(ip, payer, 9999, false, payer);
    h.ok(
        h.foundation,
        f.addPub(g1, ip, payer, h.foundation),
        f.addPub(g2, ip, payer, h.foundation),
        f.addSub(g1, ip, payer, h.foundation),
        f.addSub(g2, ip, payer, h.foundation));
    PublicKey user = f.seedActivatedUser(ip, payer, pass, Keypair.generate().publicKey());
    s = new Setup(ip, pass, user, g1, g2);
  }

  private void subscribe(PublicKey group, boolean pub, boolean sub, boolean onchain) {
    h.ok(h.foundation, f.subscribe(group, s.pass(), s.user(), pub, sub, onchain, h.foundation));
  }

  private User user() {
    return f.user(s.user());
  }

  @Test
  void testSubscribeFirstPublisherSetsUpdating() {
    subscribe(s.g1(), true, false, false);
    assertThat(user().status()).isEqualTo(UserStatus.UPDATING);
    assertThat(user().publishers()).containsExactly(s.g1());
    assertThat(f.group(s.g1()).publisherCount()).isEqualTo(1);
  }

  @Test
  void testSubscribeSecondPublisherDoesNotSetUpdating() {
    subscribe(s.g1(), true, false, false);
    f.reactivateUser(s.user(), Ipv4Address.parse("200.0.0.1"));
    subscribe(s.g2(), true, false, false);
    assertThat(user().status()).isEqualTo(UserStatus.ACTIVATED);
    assertThat(user().publishers()).containsExactly(s.g1(), s.g2());
    assertThat(f.group(s.g1()).publisherCount()).isEqualTo(1);
    assertThat(f.group(s.g2()).publisherCount()).isEqualTo(1);
  }

  @Test
  void testSubscribeSubscriberDoesNotSetUpdating() {
    subscribe(s.g1(), false, true, false);
    assertThat(user().status()).isEqualTo(UserStatus.ACTIVATED);
    subscribe(s.g2(), false, true, false);
    assertThat(user().status()).isEqualTo(UserStatus.ACTIVATED);
    assertThat(user().subscribers()).containsExactly(s.g1(), s.g2());
    assertThat(f.group(s.g1()).subscriberCount()).isEqualTo(1);
    assertThat(f.group(s.g2()).subscriberCount()).isEqualTo(1);
  }

  @Test
  void testUnsubscribeLastPublisherSetsUpdating() {
    subscribe(s.g1(), true, false, false);
    subscribe(s.g2(), true, false, false);
    f.reactivateUser(s.user(), Ipv4Address.parse("200.0.0.1"));
    subscribe(s.g1(), false, false, false);
    assertThat(user().status()).isEqualTo(UserStatus.ACTIVATED);
    assertThat(user().publishers()).containsExactly(s.g2());
    subscribe(s.g2(), false, false, false);
    assertThat(user().status()).isEqualTo(UserStatus.UPDATING);
    assertThat(user().publishers()).isEmpty();
    assertThat(f.group(s.g1()).publisherCount()).isZero();
  }

  @Test
  void testDuplicatePublisherSubscribeIsNoop() {
    subscribe(s.g1(), true, false, false);
    f.reactivateUser(s.user(), Ipv4Address.parse("200.0.0.1"));
    subscribe(s.g1(), true, false, false);
    assertThat(user().status()).isEqualTo(UserStatus.ACTIVATED);
    assertThat(user().publishers()).containsExactly(s.g1());
    assertThat(f.group(s.g1()).publisherCount()).isEqualTo(1);
  }

  @Test
  void testSubscribeOnchainFirstPublisherAllocatesDzIp() {
    f.onChainAllocation(true);
    Ipv4Address before = user().dzIp();
    int taken = f.pool(f.publisherBlock()).allocatedCount();
    subscribe(s.g1(), true, false, true);
    User u = user();
    assertThat(u.status()).isEqualTo(UserStatus.ACTIVATED);
    assertThat(u.publishers()).hasSize(1);
    assertThat(u.dzIp())
        .isNotEqualTo(before)
        .isNotEqualTo(Ipv4Address.UNSPECIFIED)
        .isNotEqualTo(u.clientIp());
    assertThat(NetworkV4.parse("148.51.120.0/21").contains(u.dzIp())).isTrue();
    assertThat(f.pool(f.publisherBlock()).allocatedCount()).isEqualTo(taken + 1);
    // the last publisher leaving gives the address back and dz_ip returns to client_ip
    subscribe(s.g1(), false, false, true);
    assertThat(user().dzIp()).isEqualTo(user().clientIp());
    assertThat(user().status()).isEqualTo(UserStatus.ACTIVATED);
    assertThat(f.pool(f.publisherBlock()).allocatedCount()).isEqualTo(taken);
  }

  @Test
  void testSubscribeOnchainSubscriberNoAllocation() {
    f.onChainAllocation(true);
    Ipv4Address before = user().dzIp();
    subscribe(s.g1(), false, true, true);
    assertThat(user().status()).isEqualTo(UserStatus.ACTIVATED);
    assertThat(user().subscribers()).hasSize(1);
    assertThat(user().dzIp()).isEqualTo(before);
  }

  @Test
  void testSubscribeOnchainFeatureFlagDisabledFails() {
    assertError(
        h.fail(
            h.foundation, f.subscribe(s.g1(), s.pass(), s.user(), true, false, true, h.foundation)),
        ServiceabilityError.FEATURE_NOT_ENABLED);
  }

  @Test
  void testSubscribeOnchainSecondPublisherNoReallocation() {
    f.onChainAllocation(true);
    subscribe(s.g1(), true, false, true);
    Ipv4Address first = user().dzIp();
    assertThat(first.isUnspecified()).isFalse();
    subscribe(s.g2(), true, false, true);
    assertThat(user().status()).isEqualTo(UserStatus.ACTIVATED);
    assertThat(user().publishers()).hasSize(2);
    assertThat(user().dzIp()).isEqualTo(first);
  }

  @Test
  void groupsMustBeActivatedAndInTheAllowlist() {
    h.ok(h.foundation, f.suspend(s.g1(), h.foundation));
    assertError(
        h.fail(
            h.foundation,
            f.subscribe(s.g1(), s.pass(), s.user(), false, true, false, h.foundation)),
        ServiceabilityError.INVALID_STATUS);
    PublicKey outside =
        f.activeGroup("outside-" + (s.ip().value() & 0xff), h.foundation.publicKey(), "224.0.3.1");
    assertError(
        h.fail(
            h.foundation,
            f.subscribe(outside, s.pass(), s.user(), true, false, false, h.foundation)),
        ServiceabilityError.NOT_ALLOWED);
    assertError(
        h.fail(
            h.foundation,
            f.subscribe(outside, s.pass(), s.user(), false, true, false, h.foundation)),
        ServiceabilityError.NOT_ALLOWED);
    // removing a membership the user does not have needs no allowlist entry and changes nothing
    subscribe(outside, false, false, false);
    assertThat(f.group(outside).publisherCount()).isZero();
  }

  @Test
  void userAndPassPreconditions() {
    // someone else's key derives another pass PDA: panic
    Keypair other = h.funded();
    assertPanic(h.fail(other, f.subscribe(s.g1(), s.pass(), s.user(), false, true, false, other)));
    // an empty pass account: 53
    var empty =
        MulticastFixture.swap(
            f.subscribe(s.g1(), s.pass(), s.user(), false, true, false, h.foundation),
            s.pass(),
            Keypair.generate().publicKey());
    assertError(h.fail(h.foundation, empty), ServiceabilityError.ACCESS_PASS_NOT_FOUND);
    // a user neither Activated nor Updating: 7
    subscribe(s.g1(), true, false, false);
    assertThat(user().status()).isEqualTo(UserStatus.UPDATING);
    subscribe(s.g2(), false, true, false);
    User u = user();
    h.seed(
        s.user(),
        new User(
            u.owner(),
            u.index(),
            u.bumpSeed(),
            u.userType(),
            u.tenantPk(),
            u.devicePk(),
            u.cyoaType(),
            u.clientIp(),
            u.dzIp(),
            u.tunnelId(),
            u.tunnelNet(),
            UserStatus.PENDING,
            u.publishers(),
            u.subscribers(),
            u.validatorPubkey(),
            u.tunnelEndpoint()));
    assertError(
        h.fail(
            h.foundation,
            f.subscribe(s.g1(), s.pass(), s.user(), false, true, false, h.foundation)),
        ServiceabilityError.INVALID_STATUS);
  }
}
