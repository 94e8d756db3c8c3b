package doublezero.localnet.programs.serviceability.multicast;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Mirrors `TST/multicastgroup_allowlist_subcriber_test.rs` (§8; the file name's spelling is the
/// reference's), including the reservation authority's special cases.
@NeedsLedgerInternals(
    "seeded accounts: rewrites GlobalState straight into the ledger"
        + " (MulticastFixture.editGlobalState); seeded accounts: writes fixture accounts straight"
        + " into the ledger (MulticastFixture.seedAccessPass)")
class MulticastgroupAllowlistSubcriberTestScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static MulticastFixture f;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    f = new MulticastFixture(h);
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  @AfterEach
  void resetAuthorities() {
    f.editGlobalState(
        d -> {
          d.sentinel = h.foundation.publicKey();
          d.reservation = doublezero.sdk.solana.key.PublicKey.DEFAULT;
          return d;
        });
  }

  @Test
  void testMulticastSubscriberAllowlist() {
    Ipv4Address ip = Ipv4Address.parse("100.0.0.1");
    PublicKey userPayer = h.foundation.publicKey();
    PublicKey g = f.activeGroup("test", h.foundation.publicKey(), "224.254.0.1");
    PublicKey pass = f.seedAccessPass(ip, userPayer, 100, false, h.foundation.publicKey());
    h.ok(h.foundation, f.addSub(g, ip, userPayer, h.foundation));
    assertThat(f.pass(pass).mgroupSubAllowlist()).containsExactly(g);
    assertThat(f.pass(pass).mgroupPubAllowlist()).isEmpty();
    h.ok(h.foundation, f.removeSub(g, ip, userPayer, h.foundation));
    assertThat(f.pass(pass).mgroupSubAllowlist()).isEmpty();
  }

  @Test
  void testMulticastSubscriberAllowlistSentinelAuthority() {
    Keypair sentinel = h.funded();
    f.editGlobalState(
        d -> {
          d.sentinel = sentinel.publicKey();
          return d;
        });
    Ipv4Address ip = Ipv4Address.parse("100.0.0.2");
    PublicKey userPayer = h.foundation.publicKey();
    PublicKey g = f.activeGroup("sentinel-test", h.foundation.publicKey(), "224.254.0.2");
    PublicKey pass = f.seedAccessPass(ip, userPayer, 100, false, h.foundation.publicKey());
    h.ok(sentinel, f.addSub(g, ip, userPayer, sentinel));
    assertThat(f.pass(pass).mgroupSubAllowlist()).containsExactly(g);
    h.ok(sentinel, f.removeSub(g, ip, userPayer, sentinel));
    assertThat(f.pass(pass).mgroupSubAllowlist()).isEmpty();
    Keypair stranger = h.funded();
    assertError(
        h.fail(stranger, f.addSub(g, ip, userPayer, stranger)), ServiceabilityError.NOT_ALLOWED);
  }

  @Test
  void testMulticastSubscriberAllowlistReservationAuthority() {
    Keypair reservation = reservationAuthority();
    Ipv4Address ip = Ipv4Address.parse("100.0.0.3");
    PublicKey userPayer = h.foundation.publicKey();
    PublicKey g = f.activeGroup("reservation-test", h.foundation.publicKey(), "224.254.0.3");
    PublicKey pass = f.seedAccessPass(ip, userPayer, 100, false, reservation.publicKey());
    h.ok(reservation, f.addSub(g, ip, userPayer, reservation));
    assertThat(f.pass(pass).mgroupSubAllowlist()).containsExactly(g);
    assertThat(f.pass(pass).owner()).isEqualTo(reservation.publicKey());
  }

  @Test
  void testMulticastSubscriberAllowlistReservationAuthorityDifferentUserPayer() {
    Keypair reservation = reservationAuthority();
    Ipv4Address ip = Ipv4Address.parse("100.0.0.4");
    PublicKey original = h.foundation.publicKey();
    PublicKey g = f.activeGroup("reservation-diff-payer", h.foundation.publicKey(), "224.254.0.4");
    PublicKey pass = f.seedAccessPass(ip, original, 100, false, reservation.publicKey());
    PublicKey different = Keypair.generate().publicKey();
    h.ok(reservation, f.addSubAt(g, pass, ip, different, reservation));
    assertThat(f.pass(pass).mgroupSubAllowlist()).containsExactly(g);
    assertThat(f.pass(pass).userPayer()).isEqualTo(original);

    Keypair sentinel = h.funded();
    f.editGlobalState(
        d -> {
          d.sentinel = sentinel.publicKey();
          return d;
        });
    assertPanic(
        h.fail(sentinel, f.addSubAt(g, pass, ip, Keypair.generate().publicKey(), sentinel)));
  }

  @Test
  void reservationAuthorityMayNotEditSomeoneElsesPassNorRemove() {
    Keypair reservation = reservationAuthority();
    Ipv4Address ip = Ipv4Address.parse("100.0.0.5");
    PublicKey g = f.activeGroup("res-foreign", h.foundation.publicKey(), "224.254.0.5");
    PublicKey pass =
        f.seedAccessPass(ip, h.foundation.publicKey(), 100, false, h.foundation.publicKey());
    assertError(
        h.fail(reservation, f.addSub(g, ip, h.foundation.publicKey(), reservation)),
        ServiceabilityError.NOT_ALLOWED);
    h.ok(h.foundation, f.addSub(g, ip, h.foundation.publicKey(), h.foundation));
    assertError(
        h.fail(reservation, f.removeSub(g, ip, h.foundation.publicKey(), reservation)),
        ServiceabilityError.NOT_ALLOWED);
    assertThat(f.pass(pass).mgroupSubAllowlist()).containsExactly(g);
    // the publisher side never accepts the reservation authority
    assertError(
        h.fail(reservation, f.addPub(g, ip, h.foundation.publicKey(), reservation)),
        ServiceabilityError.NOT_ALLOWED);
  }

  private static Keypair reservationAuthority() {
    Keypair reservation = h.funded();
    f.editGlobalState(
        d -> {
          d.reservation = reservation.publicKey();
          return d;
        });
    return reservation;
  }
}
