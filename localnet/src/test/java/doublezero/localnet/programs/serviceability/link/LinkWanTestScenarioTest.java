package doublezero.localnet.programs.serviceability.link;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.UpdateLink;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkHealth;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// WAN links through localnet, mirroring `TST/link_wan_test.rs` (serviceability-instructions.md
/// §8).
@NeedsLedgerInternals(
    "seeded accounts: writes fixture accounts straight into the ledger (LinkFixtures.nextIndex)")
class LinkWanTestScenarioTest {
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

  record Sides(PublicKey contributor, PublicKey a, PublicKey z) {}

  static Sides sides() {
    PublicKey c = fx.contributor(fnd, "cont");
    PublicKey a = fx.device(c, "A", "110.0.0.1", LinkFixtures.unlinked("Ethernet0", "10.0.0.0/31"));
    PublicKey z = fx.device(c, "Z", "111.0.0.1", LinkFixtures.unlinked("Ethernet1", "10.0.0.1/31"));
    return new Sides(c, a, z);
  }

  static PublicKey create(Sides s) {
    PublicKey link = ops.nextLinkPda();
    h.ok(
        h.foundation,
        ops.create(
            link,
            s.contributor(),
            s.a(),
            s.z(),
            LinkOps.args("LA", LinkLinkType.WAN, "Ethernet0", "Ethernet1", false),
            fnd));
    return link;
  }

  @Test
  void wanLink() {
    Sides s = sides();
    PublicKey link = create(s);
    Link created = h.account(link, Link.class);
    assertThat(created.code()).isEqualTo("la");
    assertThat(created.status()).isEqualTo(LinkStatus.PENDING);
    assertThat(created.owner()).isEqualTo(fnd);
    assertThat(created.sideZIfaceName()).isEqualTo("Ethernet1");
    assertThat(created.linkHealth()).isEqualTo(LinkHealth.READY_FOR_SERVICE);
    assertThat(created.tunnelNet()).isEqualTo(NetworkV4.DEFAULT);
    byte[] raw = h.data(link).orElseThrow();
    assertThat(raw).isEqualTo(created.encode());
    assertThat(h.lamports(link)).isEqualTo(Rent.minimumBalance(raw.length));
    assertThat(h.account(s.contributor(), Contributor.class).referenceCount()).isEqualTo(3);
    assertThat(h.account(s.a(), Device.class).referenceCount()).isEqualTo(1);
    assertThat(h.account(s.z(), Device.class).referenceCount()).isEqualTo(1);

    h.ok(h.foundation, ops.activate(link, s.a(), s.z(), 500, "10.0.0.0/21", false, fnd));
    Link active = h.account(link, Link.class);
    assertThat(active.tunnelId()).isEqualTo(500);
    assertThat(active.tunnelNet().toString()).isEqualTo("10.0.0.0/21");
    assertThat(active.status()).isEqualTo(LinkStatus.ACTIVATED);
    // interfaces that already had an ip_net keep it
    assertThat(fx.interfaceOf(s.a(), "Ethernet0").status()).isEqualTo(InterfaceStatus.ACTIVATED);
    assertThat(fx.interfaceOf(s.a(), "Ethernet0").ipNet().toString()).isEqualTo("10.0.0.0/31");
    assertThat(fx.interfaceOf(s.z(), "Ethernet1").ipNet().toString()).isEqualTo("10.0.0.1/31");

    h.ok(
        h.foundation,
        ops.update(
            link,
            s.contributor(),
            null,
            new UpdateLink(
                Optional.of("LA2"),
                Optional.of(s.contributor()),
                Optional.of(LinkLinkType.WAN),
                Optional.of(20_000_000_000L),
                Optional.of(8900L),
                Optional.of(1_000_000L),
                Optional.of(100_000L),
                Optional.empty(),
                Optional.of(0L),
                Optional.of(LinkDesiredStatus.ACTIVATED)),
            fnd));
    Link updated = h.account(link, Link.class);
    assertThat(updated.code()).isEqualTo("la2");
    assertThat(updated.mtu()).isEqualTo(8900);
    assertThat(updated.status()).isEqualTo(LinkStatus.ACTIVATED);

    h.ok(h.foundation, ops.health(link, LinkHealth.READY_FOR_SERVICE, fnd));
    assertThat(h.account(link, Link.class).linkHealth()).isEqualTo(LinkHealth.READY_FOR_SERVICE);
    for (LinkStatus st :
        new LinkStatus[] {LinkStatus.HARD_DRAINED, LinkStatus.SOFT_DRAINED, LinkStatus.ACTIVATED}) {
      h.ok(h.foundation, ops.status(link, s.contributor(), st, fnd));
      assertThat(h.account(link, Link.class).status()).isEqualTo(st);
    }
    assertError(
        h.fail(h.foundation, ops.delete(link, s.contributor(), false, fnd)),
        ServiceabilityError.INVALID_STATUS);
    h.ok(h.foundation, ops.status(link, s.contributor(), LinkStatus.SOFT_DRAINED, fnd));
    h.ok(h.foundation, ops.delete(link, s.contributor(), false, fnd));
    Link deleting = h.account(link, Link.class);
    assertThat(deleting.status()).isEqualTo(LinkStatus.DELETING);
    assertThat(deleting.code()).isEqualTo("la2");

    long ownerBefore = h.lamports(fnd);
    long rent = h.lamports(link);
    h.ok(h.foundation, ops.close(link, false, fnd));
    assertThat(h.data(link)).isEmpty();
    assertThat(h.lamports(fnd)).isEqualTo(ownerBefore + rent - 5000);
    assertThat(h.account(s.contributor(), Contributor.class).referenceCount()).isEqualTo(2);
    assertThat(h.account(s.a(), Device.class).referenceCount()).isZero();
    assertThat(h.account(s.z(), Device.class).referenceCount()).isZero();
    // the close unlinks both ends and clears their addresses (physical, no CYOA/DIA)
    assertThat(fx.interfaceOf(s.a(), "Ethernet0").status()).isEqualTo(InterfaceStatus.UNLINKED);
    assertThat(fx.interfaceOf(s.a(), "Ethernet0").ipNet()).isEqualTo(NetworkV4.DEFAULT);
    assertThat(fx.interfaceOf(s.z(), "Ethernet1").ipNet()).isEqualTo(NetworkV4.DEFAULT);
  }

  @Test
  void wanLinkRejectsCyoaInterface() {
    Sides s = sides();
    var cyoa =
        LinkFixtures.iface(
            "Ethernet0",
            InterfaceStatus.UNLINKED,
            NetworkV4.parse("10.0.0.0/31"),
            InterfaceCyoa.GRE_OVER_DIA,
            InterfaceDia.NONE);
    fx.replaceInterface(s.a(), cyoa);
    var args = LinkOps.args("cy", LinkLinkType.WAN, "Ethernet0", "Ethernet1", false);
    assertError(
        h.fail(
            h.foundation, ops.create(ops.nextLinkPda(), s.contributor(), s.a(), s.z(), args, fnd)),
        ServiceabilityError.INTERFACE_HAS_EDGE_ASSIGNMENT);
    fx.replaceInterface(s.a(), LinkFixtures.unlinked("Ethernet0", "10.0.0.0/31"));
    fx.replaceInterface(
        s.z(),
        LinkFixtures.iface(
            "Ethernet1",
            InterfaceStatus.UNLINKED,
            NetworkV4.parse("10.0.0.1/31"),
            InterfaceCyoa.NONE,
            InterfaceDia.DIA));
    assertError(
        h.fail(
            h.foundation, ops.create(ops.nextLinkPda(), s.contributor(), s.a(), s.z(), args, fnd)),
        ServiceabilityError.INTERFACE_HAS_EDGE_ASSIGNMENT);
    fx.replaceInterface(s.z(), LinkFixtures.unlinked("Ethernet1", "10.0.0.1/31"));
    PublicKey link = create(s);
    fx.replaceInterface(s.a(), cyoa);
    assertError(
        h.fail(h.foundation, ops.activate(link, s.a(), s.z(), 500, "10.0.0.0/21", false, fnd)),
        ServiceabilityError.INTERFACE_HAS_EDGE_ASSIGNMENT);
  }

  @Test
  void linkDeleteFromPending() {
    Sides s = sides();
    PublicKey link = create(s);
    h.ok(h.foundation, ops.delete(link, s.contributor(), false, fnd));
    assertThat(h.account(link, Link.class).status()).isEqualTo(LinkStatus.DELETING);
    h.ok(h.foundation, ops.close(link, false, fnd));
    assertThat(h.data(link)).isEmpty();
  }

  @Test
  void linkDeleteFromSoftAndHardDrained() {
    for (LinkStatus drained : new LinkStatus[] {LinkStatus.SOFT_DRAINED, LinkStatus.HARD_DRAINED}) {
      Sides s = sides();
      PublicKey link = create(s);
      h.ok(h.foundation, ops.activate(link, s.a(), s.z(), 501, "10.0.0.2/31", false, fnd));
      assertError(
          h.fail(h.foundation, ops.delete(link, s.contributor(), false, fnd)),
          ServiceabilityError.INVALID_STATUS);
      h.ok(h.foundation, ops.status(link, s.contributor(), drained, fnd));
      h.ok(h.foundation, ops.delete(link, s.contributor(), false, fnd));
      assertThat(h.account(link, Link.class).status()).isEqualTo(LinkStatus.DELETING);
    }
  }

  @Test
  void createChecksCodeContributorsInterfacesAndRules() {
    Sides s = sides();
    PublicKey other = fx.contributor(fnd, "other");
    PublicKey foreignZ =
        fx.device(other, "F", "112.0.0.1", LinkFixtures.unlinked("Ethernet1", null));
    PublicKey link = ops.nextLinkPda();
    var good = LinkOps.args("ok", LinkLinkType.WAN, "Ethernet0", "Ethernet1", false);
    assertError(
        h.fail(
            h.foundation,
            ops.create(
                link,
                s.contributor(),
                s.a(),
                s.z(),
                LinkOps.args("bad code", LinkLinkType.WAN, "Ethernet0", "Ethernet1", false),
                fnd)),
        ServiceabilityError.INVALID_ACCOUNT_CODE);
    assertError(
        h.fail(h.foundation, ops.create(link, s.contributor(), s.a(), foreignZ, good, fnd)),
        ServiceabilityError.INVALID_CONTRIBUTOR);
    assertError(
        h.fail(h.foundation, ops.create(link, other, s.a(), s.z(), good, fnd)),
        ServiceabilityError.INVALID_CONTRIBUTOR);
    // interface lookup is exact here (case-sensitive), unlike ActivateLink's
    assertError(
        h.fail(
            h.foundation,
            ops.create(
                link,
                s.contributor(),
                s.a(),
                s.z(),
                LinkOps.args("ok", LinkLinkType.WAN, "ethernet0", "Ethernet1", false),
                fnd)),
        ServiceabilityError.INVALID_INTERFACE_NAME);
    assertError(
        h.fail(
            h.foundation,
            ops.create(
                link,
                s.contributor(),
                s.a(),
                s.z(),
                LinkOps.args("ok", LinkLinkType.WAN, "Ethernet0", "Ethernet9", false),
                fnd)),
        ServiceabilityError.INVALID_INTERFACE_NAME);
    var lowBandwidth =
        new doublezero.sdk.serviceability.instruction.CreateLink(
            "ok",
            LinkLinkType.WAN,
            9_999_999_999L,
            9000,
            1_000_000,
            100_000,
            "Ethernet0",
            Optional.of("Ethernet1"),
            Optional.empty(),
            false);
    assertError(
        h.fail(h.foundation, ops.create(link, s.contributor(), s.a(), s.z(), lowBandwidth, fnd)),
        ServiceabilityError.INVALID_BANDWIDTH);
    // the same device on both sides passes every processor check and fails the Link rules (6)
    assertError(
        h.fail(
            h.foundation,
            ops.create(
                link,
                s.contributor(),
                s.a(),
                s.a(),
                LinkOps.args("ok", LinkLinkType.WAN, "Ethernet0", "Ethernet0", false),
                fnd)),
        ServiceabilityError.INVALID_DEVICE_PUBKEY);
    // a WAN link without a side Z interface name is accepted (and then cannot be activated: 24)
    h.ok(
        h.foundation,
        ops.create(
            link,
            s.contributor(),
            s.a(),
            s.z(),
            LinkOps.args("noz", LinkLinkType.WAN, "Ethernet0", null, false),
            fnd));
    assertThat(h.account(link, Link.class).desiredStatus()).isEqualTo(LinkDesiredStatus.ACTIVATED);
    assertError(
        h.fail(h.foundation, ops.activate(link, s.a(), s.z(), 1, "10.0.0.4/31", false, fnd)),
        ServiceabilityError.INTERFACE_NOT_FOUND);
  }
}
