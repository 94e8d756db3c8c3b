package doublezero.localnet.programs.serviceability.link;

import static doublezero.localnet.programs.ProgramHarness.assertCustom;
import static doublezero.localnet.programs.ProgramHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkHealth;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/// The Link lifecycle of serviceability-instructions.md §4.2 (with the interface effects of §4.8),
/// transition by transition: for every status a link can hold, each status-changing instruction
/// either performs its transition or fails with the reference's error.
@NeedsLedgerInternals(
    "seeded accounts: writes fixture accounts straight into the ledger (LinkFixtures.nextIndex)")
class LinkLifecycleTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static LinkFixtures fx;
  static LinkOps ops;
  static PublicKey fnd;
  static Keypair payer2;
  static PublicKey c1;
  static PublicKey c2;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    fx = new LinkFixtures(h);
    ops = new LinkOps(h);
    fnd = h.foundation.publicKey();
    payer2 = h.funded();
    c1 = fx.contributor(fnd, "cont1");
    c2 = fx.contributor(payer2.publicKey(), "cont2");
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  record Seeded(PublicKey link, PublicKey a, PublicKey z) {}

  /// A link of contributor 1 between a device of contributor 1 (A) and one of contributor 2 (Z),
  /// both interfaces Unlinked, seeded in `status` with a private tunnel net.
  static Seeded seeded(LinkStatus status) {
    PublicKey a = fx.device(c1, "A", "110.0.0.1", LinkFixtures.unlinked("Ethernet0", null));
    PublicKey z = fx.device(c2, "Z", "111.0.0.1", LinkFixtures.unlinked("Ethernet1", null));
    PublicKey link = Keypair.generate().publicKey();
    h.seed(
        link,
        new Link(
            fnd,
            U128.ofUnsigned(999),
            255,
            a,
            z,
            LinkLinkType.WAN,
            20_000_000_000L,
            9000,
            1_000_000,
            100_000,
            7,
            NetworkV4.parse("10.0.0.0/31"),
            status,
            "lc",
            c1,
            "Ethernet0",
            "Ethernet1",
            0,
            LinkHealth.READY_FOR_SERVICE,
            LinkDesiredStatus.ACTIVATED));
    return new Seeded(link, a, z);
  }

  static LinkStatus status(PublicKey link) {
    return h.account(link, Link.class).status();
  }

  @ParameterizedTest
  @EnumSource(LinkStatus.class)
  void acceptOnlyFromRequested(LinkStatus from) {
    Seeded s = seeded(from);
    var ix = ops.accept(s.link(), c2, s.z(), "Ethernet1", payer2.publicKey());
    if (from == LinkStatus.REQUESTED) {
      h.ok(payer2, ix);
      assertThat(status(s.link())).isEqualTo(LinkStatus.PENDING);
    } else {
      assertError(h.fail(payer2, ix), ServiceabilityError.INVALID_STATUS);
    }
  }

  @ParameterizedTest
  @EnumSource(LinkStatus.class)
  void rejectFromPendingByFoundationAndFromRequestedBySideZ(LinkStatus from) {
    Seeded s = seeded(from);
    switch (from) {
      case PENDING -> h.ok(h.foundation, ops.reject(s.link(), null, null, fnd));
      case REQUESTED -> h.ok(payer2, ops.reject(s.link(), c2, s.z(), payer2.publicKey()));
      case ACTIVATED, DELETING, REJECTED, HARD_DRAINED, SOFT_DRAINED, PROVISIONING -> {
        assertError(
            h.fail(h.foundation, ops.reject(s.link(), null, null, fnd)),
            ServiceabilityError.INVALID_STATUS);
        return;
      }
    }
    Link l = h.account(s.link(), Link.class);
    assertThat(l.status()).isEqualTo(LinkStatus.REJECTED);
    assertThat(l.tunnelId()).isZero();
    assertThat(l.tunnelNet()).isEqualTo(NetworkV4.DEFAULT);
  }

  @ParameterizedTest
  @EnumSource(LinkStatus.class)
  void activateOnlyFromPending(LinkStatus from) {
    Seeded s = seeded(from);
    var ix = ops.activate(s.link(), s.a(), s.z(), 9, "10.0.0.8/31", false, fnd);
    if (from != LinkStatus.PENDING) {
      assertError(h.fail(h.foundation, ix), ServiceabilityError.INVALID_STATUS);
      return;
    }
    h.ok(h.foundation, ix);
    assertThat(status(s.link())).isEqualTo(LinkStatus.ACTIVATED);
    assertThat(fx.interfaceOf(s.a(), "Ethernet0").status()).isEqualTo(InterfaceStatus.ACTIVATED);
    assertThat(fx.interfaceOf(s.a(), "Ethernet0").ipNet().toString()).isEqualTo("10.0.0.8/31");
    assertThat(fx.interfaceOf(s.z(), "Ethernet1").ipNet().toString()).isEqualTo("10.0.0.9/31");
    // activating again: the link is no longer Pending
    assertError(h.fail(h.foundation, ix), ServiceabilityError.INVALID_STATUS);
  }

  @ParameterizedTest
  @EnumSource(LinkStatus.class)
  void deleteFromAnythingButActivatedAndDeleting(LinkStatus from) {
    Seeded s = seeded(from);
    var ix = ops.delete(s.link(), c1, false, fnd);
    if (from == LinkStatus.ACTIVATED || from == LinkStatus.DELETING) {
      assertError(h.fail(h.foundation, ix), ServiceabilityError.INVALID_STATUS);
    } else {
      h.ok(h.foundation, ix);
      assertThat(status(s.link())).isEqualTo(LinkStatus.DELETING);
    }
  }

  @ParameterizedTest
  @EnumSource(LinkStatus.class)
  void closeOnlyFromDeletingElseRawCustom1(LinkStatus from) {
    Seeded s = seeded(from);
    var ix = ops.close(s.link(), false, fnd);
    if (from != LinkStatus.DELETING) {
      assertCustom(h.fail(h.foundation, ix), 1);
      return;
    }
    h.ok(h.foundation, ix);
    assertThat(h.data(s.link())).isEmpty();
    assertThat(fx.interfaceOf(s.a(), "Ethernet0").status()).isEqualTo(InterfaceStatus.UNLINKED);
  }

  /// UpdateLink(status) accepts any target from any status (no transition check); the Link rules
  /// still apply.
  @ParameterizedTest
  @EnumSource(LinkStatus.class)
  void updateStatusAnyToAny(LinkStatus from) {
    Seeded s = seeded(from);
    LinkStatus current = from;
    for (LinkStatus to : LinkStatus.values()) {
      h.ok(h.foundation, ops.status(s.link(), c1, to, fnd));
      assertThat(status(s.link())).as("%s -> %s", current, to).isEqualTo(to);
      current = to;
    }
  }

  /// With a non-private tunnel net (e.g. a rejected link's 0.0.0.0/0) only Requested, Pending,
  /// Rejected and Deleting pass the rules; Activated and the others fail with InvalidTunnelNet
  /// (28).
  @ParameterizedTest
  @EnumSource(LinkStatus.class)
  void updateStatusOfAnUnallocatedLinkNeedsATunnel(LinkStatus to) {
    Seeded s = seeded(LinkStatus.PENDING);
    h.ok(h.foundation, ops.reject(s.link(), null, null, fnd));
    var ix = ops.status(s.link(), c1, to, fnd);
    switch (to) {
      case REQUESTED, PENDING, REJECTED, DELETING -> h.ok(h.foundation, ix);
      case ACTIVATED, HARD_DRAINED, SOFT_DRAINED, PROVISIONING ->
          assertError(h.fail(h.foundation, ix), ServiceabilityError.INVALID_TUNNEL_NET);
    }
  }
}
