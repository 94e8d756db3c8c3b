package doublezero.localnet.programs.serviceability.link;

import static doublezero.localnet.programs.ProgramHarness.assertBuiltin;
import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.UpdateLink;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkHealth;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// DZX links (two contributors) through localnet, mirroring `TST/link_dzx_test.rs`.
@NeedsLedgerInternals(
    "seeded accounts: writes fixture accounts straight into the ledger (LinkFixtures.nextIndex)")
class LinkDzxTestScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static LinkFixtures fx;
  static LinkOps ops;
  static PublicKey fnd;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    fx = new LinkFixtures(h);
    ops = new LinkOps(h);
    fnd = h.foundation.publicKey();
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  /// Contributor 1 (foundation) owns device A, contributor 2 (`payer2`) owns device Z.
  record World(Keypair payer2, PublicKey c1, PublicKey c2, PublicKey a, PublicKey z) {}

  static World world() {
    Keypair payer2 = h.funded();
    PublicKey c1 = fx.contributor(fnd, "cont1");
    PublicKey c2 = fx.contributor(payer2.publicKey(), "cont2");
    PublicKey a =
        fx.device(c1, "A", "110.0.0.1", LinkFixtures.unlinked("Ethernet0", "10.0.0.0/31"));
    PublicKey z =
        fx.device(c2, "Z", "111.0.0.1", LinkFixtures.unlinked("Ethernet1", "10.0.0.1/31"));
    return new World(payer2, c1, c2, a, z);
  }

  static PublicKey createDzx(World w, String code) {
    PublicKey link = ops.nextLinkPda();
    h.ok(
        h.foundation,
        ops.create(
            link,
            w.c1(),
            w.a(),
            w.z(),
            LinkOps.args(code, LinkLinkType.DZX, "Ethernet0", null, false),
            fnd));
    return link;
  }

  @Test
  void dzxLink() {
    World w = world();
    PublicKey p2 = w.payer2().publicKey();
    PublicKey link = createDzx(w, "la");
    Link requested = h.account(link, Link.class);
    assertThat(requested.linkType()).isEqualTo(LinkLinkType.DZX);
    assertThat(requested.status()).isEqualTo(LinkStatus.REQUESTED);
    assertThat(requested.sideZIfaceName()).isEmpty();
    assertThat(h.account(w.c1(), Contributor.class).referenceCount()).isEqualTo(2);
    assertThat(h.account(w.c2(), Contributor.class).referenceCount()).isEqualTo(1);
    assertThat(h.account(w.a(), Device.class).referenceCount()).isEqualTo(1);
    assertThat(h.account(w.z(), Device.class).referenceCount()).isEqualTo(1);

    // contributor 1 cannot accept for side Z
    assertError(
        h.fail(h.foundation, ops.accept(link, w.c1(), w.z(), "Ethernet1", fnd)),
        ServiceabilityError.NOT_ALLOWED);
    // interface names must match exactly
    assertError(
        h.fail(w.payer2(), ops.accept(link, w.c2(), w.z(), "ethernet1", p2)),
        ServiceabilityError.INVALID_INTERFACE_NAME);
    h.ok(w.payer2(), ops.accept(link, w.c2(), w.z(), "Ethernet1", p2));
    Link pending = h.account(link, Link.class);
    assertThat(pending.status()).isEqualTo(LinkStatus.PENDING);
    assertThat(pending.sideZIfaceName()).isEqualTo("Ethernet1");
    assertError(
        h.fail(w.payer2(), ops.accept(link, w.c2(), w.z(), "Ethernet1", p2)),
        ServiceabilityError.INVALID_STATUS);

    h.ok(h.foundation, ops.update(link, w.c1(), null, desired(LinkDesiredStatus.ACTIVATED), fnd));
    assertBuiltin(
        h.fail(h.foundation, ops.activate(link, w.z(), w.a(), 500, "10.0.0.0/21", false, fnd)),
        "InvalidAccountData");
    h.ok(h.foundation, ops.activate(link, w.a(), w.z(), 500, "10.0.0.0/21", false, fnd));
    Link active = h.account(link, Link.class);
    assertThat(active.status()).isEqualTo(LinkStatus.ACTIVATED);
    assertThat(active.tunnelId()).isEqualTo(500);
    h.ok(h.foundation, ops.health(link, LinkHealth.READY_FOR_SERVICE, fnd));

    // contributor B (side Z) may set the delay override and the status, but not contributor A's
    // fields
    h.ok(
        w.payer2(),
        ops.update(
            link,
            w.c2(),
            w.z(),
            new UpdateLink(
                Optional.of("zz"),
                Optional.empty(),
                Optional.empty(),
                Optional.of(30_000_000_000L),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(500_000L),
                Optional.empty()),
            p2));
    Link afterB = h.account(link, Link.class);
    assertThat(afterB.delayOverrideNs()).isEqualTo(500_000);
    assertThat(afterB.code()).isEqualTo("la");
    assertThat(afterB.bandwidth()).isEqualTo(15_000_000_000L);
    for (LinkStatus st :
        new LinkStatus[] {
          LinkStatus.HARD_DRAINED,
          LinkStatus.SOFT_DRAINED,
          LinkStatus.ACTIVATED,
          LinkStatus.SOFT_DRAINED,
          LinkStatus.SOFT_DRAINED
        }) {
      h.ok(w.payer2(), ops.update(link, w.c2(), w.z(), LinkOps.statusArgs(st), p2));
      assertThat(h.account(link, Link.class).status()).isEqualTo(st);
    }
    // without the side Z account the contributor must be the link's own: contributor B, and even
    // FND, are refused
    assertError(
        h.fail(w.payer2(), ops.status(link, w.c2(), LinkStatus.ACTIVATED, p2)),
        ServiceabilityError.NOT_ALLOWED);
    assertError(
        h.fail(h.foundation, ops.status(link, w.c2(), LinkStatus.ACTIVATED, fnd)),
        ServiceabilityError.NOT_ALLOWED);
    // side Z given but not the link's side Z: 52
    assertError(
        h.fail(
            w.payer2(),
            ops.update(link, w.c2(), w.a(), LinkOps.statusArgs(LinkStatus.ACTIVATED), p2)),
        ServiceabilityError.INVALID_ACCOUNT_OWNER);

    h.ok(h.foundation, ops.delete(link, w.c1(), false, fnd));
    assertThat(h.account(link, Link.class).status()).isEqualTo(LinkStatus.DELETING);
    Link l = h.account(link, Link.class);
    assertBuiltin(
        h.fail(
            h.foundation,
            ops.close(link, w.a(), l.contributorPk(), l.sideAPk(), l.sideZPk(), false, fnd)),
        "InvalidAccountData");
    h.ok(h.foundation, ops.close(link, false, fnd));
    assertThat(h.data(link)).isEmpty();
    assertThat(h.account(w.c1(), Contributor.class).referenceCount()).isEqualTo(1);
    assertThat(h.account(w.a(), Device.class).referenceCount()).isZero();
    assertThat(h.account(w.z(), Device.class).referenceCount()).isZero();
  }

  @Test
  void rejectByContributorB() {
    World w = world();
    PublicKey p2 = w.payer2().publicKey();
    PublicKey link = createDzx(w, "rj");
    // contributor A (foundation) cannot reject a Requested link: it does not own side Z
    assertError(
        h.fail(h.foundation, ops.reject(link, w.c1(), w.z(), fnd)),
        ServiceabilityError.NOT_ALLOWED);
    // a wallet in place of the contributor or of the device: owner assertions panic
    assertPanic(h.fail(w.payer2(), ops.reject(link, p2, w.z(), p2)));
    assertPanic(h.fail(w.payer2(), ops.reject(link, w.c2(), p2, p2)));
    // the Pending layout for a Requested link runs out of accounts
    assertBuiltin(h.fail(w.payer2(), ops.reject(link, null, null, p2)), "NotEnoughAccountKeys");
    h.ok(w.payer2(), ops.reject(link, w.c2(), w.z(), p2));
    Link rejected = h.account(link, Link.class);
    assertThat(rejected.status()).isEqualTo(LinkStatus.REJECTED);
    assertThat(rejected.tunnelNet()).isEqualTo(NetworkV4.DEFAULT);
    // reference quirk: rejecting keeps the reference counts until delete + close
    assertThat(h.account(w.a(), Device.class).referenceCount()).isEqualTo(1);
    assertThat(h.account(w.z(), Device.class).referenceCount()).isEqualTo(1);
    h.ok(h.foundation, ops.delete(link, w.c1(), false, fnd));
    h.ok(h.foundation, ops.close(link, false, fnd));
    assertThat(h.account(w.z(), Device.class).referenceCount()).isZero();
  }

  @Test
  void dzxWithSideZInterfaceOrForeignSideA() {
    World w = world();
    assertError(
        h.fail(
            h.foundation,
            ops.create(
                ops.nextLinkPda(),
                w.c1(),
                w.a(),
                w.z(),
                LinkOps.args("x", LinkLinkType.DZX, "Ethernet0", "Ethernet1", false),
                fnd)),
        ServiceabilityError.INVALID_INTERFACE_Z_FOR_EXTERNAL);
    // a DZX link may not be created by contributor 2 with contributor 1's device as side A
    assertError(
        h.fail(
            w.payer2(),
            ops.create(
                ops.nextLinkPda(),
                w.c2(),
                w.a(),
                w.z(),
                LinkOps.args("x", LinkLinkType.DZX, "Ethernet0", null, false),
                w.payer2().publicKey())),
        ServiceabilityError.INVALID_CONTRIBUTOR);
  }

  static UpdateLink desired(LinkDesiredStatus d) {
    return new UpdateLink(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(d));
  }
}
