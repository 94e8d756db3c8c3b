package doublezero.localnet.programs.serviceability.link;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// On-chain allocation of link tunnels (DeviceTunnelBlock 10.100.0.0/24, LinkIds [0, 65535))
/// through localnet, mirroring `TST/link_onchain_allocation_test.rs`. Each test sets the
/// OnChainAllocation flag it needs.
@NeedsLedgerInternals(
    "ledger-wide state: toggles the OnChainAllocation feature flag, which every other test on the"
        + " ledger would see, and expects pool allocations from a fresh GlobalConfig")
class LinkOnchainAllocationTestScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static LinkFixtures fx;
  static LinkOps ops;
  static PublicKey fnd;
  static PublicKey dtb;
  static PublicKey linkIds;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    fx = new LinkFixtures(h);
    ops = new LinkOps(h);
    fnd = h.foundation.publicKey();
    dtb = ServiceabilityPdas.deviceTunnelBlock(h.programId).address();
    linkIds = ServiceabilityPdas.linkIds(h.programId).address();
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  record Sides(PublicKey contributor, PublicKey a, PublicKey z) {}

  /// Interfaces created without an ip_net and unlinked from Pending, as in the reference test.
  static Sides sides() {
    PublicKey c = fx.contributor(fnd, "cont");
    PublicKey a = fx.device(c, "A", "100.0.0.1", LinkFixtures.unlinked("Ethernet0", null));
    PublicKey z = fx.device(c, "Z", "11.0.0.1", LinkFixtures.unlinked("Ethernet1", null));
    return new Sides(c, a, z);
  }

  static PublicKey create(Sides s, boolean onchain) {
    PublicKey link = ops.nextLinkPda();
    h.ok(
        h.foundation,
        ops.create(
            link,
            s.contributor(),
            s.a(),
            s.z(),
            LinkOps.args("la", LinkLinkType.WAN, "Ethernet0", "Ethernet1", onchain),
            fnd));
    return link;
  }

  static boolean netAllocated(NetworkV4 net) {
    ResourceExtension pool = h.account(dtb, ResourceExtension.class);
    int offset = net.ip().value() - NetworkV4.parse("10.100.0.0/24").ip().value();
    return pool.isAllocated(offset) && pool.isAllocated(offset + 1);
  }

  static boolean idAllocated(int id) {
    return h.account(linkIds, ResourceExtension.class).isAllocated(id);
  }

  static void assertActivatedEnds(Sides s, Link link) {
    var a = fx.interfaceOf(s.a(), "Ethernet0");
    var z = fx.interfaceOf(s.z(), "Ethernet1");
    assertThat(a.status()).isEqualTo(InterfaceStatus.ACTIVATED);
    assertThat(z.status()).isEqualTo(InterfaceStatus.ACTIVATED);
    assertThat(a.ipNet()).isEqualTo(new NetworkV4(link.tunnelNet().network(), 31));
    assertThat(z.ipNet().ip().value()).isEqualTo(link.tunnelNet().network().value() + 1);
  }

  @Test
  void activateLinkWithOnchainAllocationNeedsNoFlag() {
    fx.setOnChainAllocation(false);
    Sides s = sides();
    PublicKey link = create(s, false);
    h.ok(h.foundation, ops.activate(link, s.a(), s.z(), 0, null, true, fnd));
    Link l = h.account(link, Link.class);
    assertThat(l.status()).isEqualTo(LinkStatus.ACTIVATED);
    assertThat(l.tunnelNet().prefix()).isEqualTo(31);
    assertThat(NetworkV4.parse("10.100.0.0/24").contains(l.tunnelNet().ip())).isTrue();
    assertThat(netAllocated(l.tunnelNet())).isTrue();
    assertThat(idAllocated(l.tunnelId())).isTrue();
    assertActivatedEnds(s, l);
  }

  @Test
  void activateLinkLegacyPathLeavesThePoolsAlone() {
    Sides s = sides();
    PublicKey link = create(s, false);
    byte[] pool = h.data(dtb).orElseThrow();
    byte[] ids = h.data(linkIds).orElseThrow();
    h.ok(h.foundation, ops.activate(link, s.a(), s.z(), 500, "10.0.0.0/21", false, fnd));
    Link l = h.account(link, Link.class);
    assertThat(l.tunnelId()).isEqualTo(500);
    assertThat(l.tunnelNet().toString()).isEqualTo("10.0.0.0/21");
    assertThat(h.data(dtb).orElseThrow()).isEqualTo(pool);
    assertThat(h.data(linkIds).orElseThrow()).isEqualTo(ids);
    // interfaces without an address take nth(0)/nth(1) of the tunnel net with its prefix
    assertThat(fx.interfaceOf(s.a(), "Ethernet0").ipNet().toString()).isEqualTo("10.0.0.0/21");
    assertThat(fx.interfaceOf(s.z(), "Ethernet1").ipNet().toString()).isEqualTo("10.0.0.1/21");
  }

  @Test
  void closeAccountLinkWithDeallocation() {
    fx.setOnChainAllocation(false);
    Sides s = sides();
    PublicKey link = create(s, false);
    h.ok(h.foundation, ops.activate(link, s.a(), s.z(), 0, null, true, fnd));
    Link l = h.account(link, Link.class);
    h.ok(h.foundation, ops.status(link, s.contributor(), LinkStatus.SOFT_DRAINED, fnd));
    h.ok(h.foundation, ops.delete(link, s.contributor(), false, fnd));
    h.ok(h.foundation, ops.close(link, true, fnd));
    assertThat(h.data(link)).isEmpty();
    assertThat(netAllocated(l.tunnelNet())).isFalse();
    assertThat(idAllocated(l.tunnelId())).isFalse();
    assertThat(fx.interfaceOf(s.a(), "Ethernet0").status()).isEqualTo(InterfaceStatus.UNLINKED);
    assertThat(fx.interfaceOf(s.a(), "Ethernet0").ipNet()).isEqualTo(NetworkV4.DEFAULT);
  }

  @Test
  void createLinkAtomicWithOnchainAllocation() {
    fx.setOnChainAllocation(true);
    Sides s = sides();
    PublicKey link = create(s, true);
    Link l = h.account(link, Link.class);
    assertThat(l.status()).isEqualTo(LinkStatus.ACTIVATED);
    assertThat(netAllocated(l.tunnelNet())).isTrue();
    assertThat(idAllocated(l.tunnelId())).isTrue();
    assertActivatedEnds(s, l);
    assertThat(h.account(s.contributor(), Contributor.class).referenceCount()).isEqualTo(3);
    assertThat(h.data(link).orElseThrow()).isEqualTo(l.encode());
  }

  @Test
  void createDzxLinkAtomicActivatesSideAOnly() {
    fx.setOnChainAllocation(true);
    Sides s = sides();
    PublicKey link = ops.nextLinkPda();
    h.ok(
        h.foundation,
        ops.create(
            link,
            s.contributor(),
            s.a(),
            s.z(),
            LinkOps.args("dz", LinkLinkType.DZX, "Ethernet0", null, true),
            fnd));
    assertThat(h.account(link, Link.class).status()).isEqualTo(LinkStatus.ACTIVATED);
    assertThat(fx.interfaceOf(s.a(), "Ethernet0").status()).isEqualTo(InterfaceStatus.ACTIVATED);
    assertThat(fx.interfaceOf(s.z(), "Ethernet1").status()).isEqualTo(InterfaceStatus.UNLINKED);
  }

  @Test
  void createLinkAtomicBackwardCompatAndFlagDisabled() {
    fx.setOnChainAllocation(true);
    Sides s = sides();
    PublicKey pending = create(s, false);
    assertThat(h.account(pending, Link.class).status()).isEqualTo(LinkStatus.PENDING);
    fx.setOnChainAllocation(false);
    Sides t = sides();
    assertError(
        h.fail(
            h.foundation,
            ops.create(
                ops.nextLinkPda(),
                t.contributor(),
                t.a(),
                t.z(),
                LinkOps.args("la", LinkLinkType.WAN, "Ethernet0", "Ethernet1", true),
                fnd)),
        ServiceabilityError.FEATURE_NOT_ENABLED);
  }

  @Test
  void createLinkAtomicNeedsUnlinkedInterfaces() {
    fx.setOnChainAllocation(true);
    Sides s = sides();
    fx.replaceInterface(
        s.z(),
        LinkFixtures.iface(
            "Ethernet1",
            InterfaceStatus.ACTIVATED,
            NetworkV4.parse("10.0.0.1/31"),
            InterfaceCyoa.NONE,
            InterfaceDia.NONE));
    assertError(
        h.fail(
            h.foundation,
            ops.create(
                ops.nextLinkPda(),
                s.contributor(),
                s.a(),
                s.z(),
                LinkOps.args("la", LinkLinkType.WAN, "Ethernet0", "Ethernet1", true),
                fnd)),
        ServiceabilityError.INVALID_STATUS);
  }

  @Test
  void deleteLinkAtomicWithDeallocation() {
    fx.setOnChainAllocation(true);
    Sides s = sides();
    PublicKey link = create(s, true);
    Link l = h.account(link, Link.class);
    assertError(
        h.fail(h.foundation, ops.delete(link, s.contributor(), true, fnd)),
        ServiceabilityError.INVALID_STATUS);
    h.ok(h.foundation, ops.status(link, s.contributor(), LinkStatus.SOFT_DRAINED, fnd));
    long rent = h.lamports(link);
    long before = h.lamports(fnd);
    h.ok(h.foundation, ops.delete(link, s.contributor(), true, fnd));
    assertThat(h.data(link)).isEmpty();
    assertThat(h.lamports(fnd)).isEqualTo(before + rent - 5000);
    assertThat(netAllocated(l.tunnelNet())).isFalse();
    assertThat(idAllocated(l.tunnelId())).isFalse();
    assertThat(h.account(s.contributor(), Contributor.class).referenceCount()).isEqualTo(2);
    assertThat(h.account(s.a(), Device.class).referenceCount()).isZero();
    assertThat(fx.interfaceOf(s.z(), "Ethernet1").status()).isEqualTo(InterfaceStatus.UNLINKED);
    assertThat(fx.interfaceOf(s.z(), "Ethernet1").ipNet()).isEqualTo(NetworkV4.DEFAULT);
  }

  @Test
  void deleteLinkAtomicBackwardCompatAndFlagDisabled() {
    fx.setOnChainAllocation(true);
    Sides s = sides();
    PublicKey link = create(s, false);
    h.ok(h.foundation, ops.delete(link, s.contributor(), false, fnd));
    assertThat(h.account(link, Link.class).status()).isEqualTo(LinkStatus.DELETING);
    PublicKey other = create(s, false);
    fx.setOnChainAllocation(false);
    assertError(
        h.fail(h.foundation, ops.delete(other, s.contributor(), true, fnd)),
        ServiceabilityError.FEATURE_NOT_ENABLED);
  }

  /// Reference quirk: a link that never got a tunnel id has tunnel_id 0, and 0 is a real LinkIds
  /// id, so the atomic delete of a Pending link frees id 0 whoever holds it.
  @Test
  void atomicDeleteOfAPendingLinkFreesLinkIdZero() {
    fx.setOnChainAllocation(true);
    Sides s = sides();
    PublicKey link = create(s, false);
    byte[] ids = h.data(linkIds).orElseThrow();
    ids[ResourceExtension.BITMAP_OFFSET] |= 1;
    h.seedRaw(linkIds, h.programId, ids);
    assertThat(idAllocated(0)).isTrue();
    h.ok(h.foundation, ops.delete(link, s.contributor(), true, fnd));
    assertThat(idAllocated(0)).isFalse();
  }
}
