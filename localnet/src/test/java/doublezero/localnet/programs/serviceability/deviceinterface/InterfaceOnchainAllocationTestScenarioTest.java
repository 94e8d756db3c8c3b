package doublezero.localnet.programs.serviceability.deviceinterface;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.device.DeviceFixtures;
import doublezero.localnet.programs.serviceability.device.DeviceFixtures.World;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.*;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The reference `TST/interface_onchain_allocation_test.rs` through localnet.
@NeedsLedgerInternals(
    "ledger-wide state: toggles the OnChainAllocation feature flag, which every other test on the"
        + " ledger would see, and expects pool allocations from a fresh GlobalConfig")
class InterfaceOnchainAllocationTestScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static DeviceFixtures fx;
  static InterfaceFixtures ix;
  static Keypair owner;
  static World w;
  static PublicKey device;
  static PublicKey dtb;
  static PublicKey sr;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    fx = new DeviceFixtures(h);
    ix = new InterfaceFixtures(h);
    owner = h.funded();
    w = fx.world(owner.publicKey(), "oc");
    device = fx.activeDevice(owner, w, "oc1");
    dtb = ServiceabilityPdas.deviceTunnelBlock(h.programId).address();
    sr = ServiceabilityPdas.segmentRoutingIds(h.programId).address();
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  private static void create(String name, LoopbackType lt) {
    h.ok(
        owner,
        ix.create(
            device,
            w.contributor(),
            InterfaceFixtures.args(name, lt, Optional.empty(), InterfaceCyoa.NONE, true),
            owner.publicKey()));
  }

  @Test
  void allocationFollowsTheInterfaceAndTheFlag() {
    fx.featureFlags(FeatureFlags.NONE);
    assertError(
        h.fail(
            owner,
            ix.create(
                device,
                w.contributor(),
                InterfaceFixtures.args(
                    "Loopback1", LoopbackType.VPNV4, Optional.empty(), InterfaceCyoa.NONE, true),
                owner.publicKey())),
        ServiceabilityError.FEATURE_NOT_ENABLED);
    // legacy: no pool accounts, Pending
    h.ok(owner, ix.physical(device, w.contributor(), "Ethernet7", owner.publicKey()));
    assertThat(ix.iface(device, "Ethernet7").status()).isEqualTo(InterfaceStatus.PENDING);

    fx.featureFlags(FeatureFlags.of(FeatureFlag.ON_CHAIN_ALLOCATION));
    create("Loopback1", LoopbackType.VPNV4);
    InterfaceV2 vpn = ix.iface(device, "Loopback1");
    assertThat(vpn.status()).isEqualTo(InterfaceStatus.ACTIVATED);
    assertThat(vpn.ipNet()).isEqualTo(NetworkV4.parse("10.100.0.0/32"));
    assertThat(vpn.nodeSegmentIdx()).isEqualTo(1);
    create("Loopback2", LoopbackType.IPV4);
    assertThat(ix.iface(device, "Loopback2").ipNet()).isEqualTo(NetworkV4.parse("10.100.0.1/32"));
    assertThat(ix.iface(device, "Loopback2").nodeSegmentIdx()).isZero();
    create("Ethernet3", LoopbackType.NONE);
    assertThat(ix.iface(device, "Ethernet3").status()).isEqualTo(InterfaceStatus.UNLINKED);
    assertThat(h.account(dtb, ResourceExtension.class).allocatedCount()).isEqualTo(2);
    assertThat(h.account(sr, ResourceExtension.class).allocatedCount()).isEqualTo(1);

    // node_segment_idx: 1 → 42 moves the bit; missing pool → 65; a taken id → 63; 42 → 0 frees it
    PublicKey f = h.foundation.publicKey();
    h.ok(
        h.foundation,
        ix.update(device, w.contributor(), InterfaceFixtures.segment("Loopback1", 42), true, f));
    ResourceExtension ids = h.account(sr, ResourceExtension.class);
    assertThat(ids.allocatedIndices()).containsExactly(41);
    assertError(
        h.fail(
            h.foundation,
            ix.update(
                device, w.contributor(), InterfaceFixtures.segment("Loopback2", 5), false, f)),
        ServiceabilityError.INVALID_ARGUMENT);
    assertError(
        h.fail(
            h.foundation,
            ix.update(
                device, w.contributor(), InterfaceFixtures.segment("Loopback2", 42), true, f)),
        ServiceabilityError.ALLOCATION_FAILED);
    h.ok(
        h.foundation,
        ix.update(device, w.contributor(), InterfaceFixtures.segment("Loopback1", 0), true, f));
    assertThat(h.account(sr, ResourceExtension.class).allocatedCount()).isZero();

    // atomic delete frees the address and removes the interface; a physical one is just removed
    h.ok(owner, ix.delete(device, w.contributor(), "Loopback2", true, owner.publicKey()));
    assertThat(h.account(dtb, ResourceExtension.class).allocatedCount()).isEqualTo(1);
    h.ok(owner, ix.delete(device, w.contributor(), "Ethernet3", true, owner.publicKey()));
    assertThat(h.account(device, Device.class).interfaces())
        .extracting(i -> i.toCurrentVersion().name())
        .containsExactly("Ethernet7", "Loopback1");
    // a Pending interface cannot be deleted, on either path
    assertError(
        h.fail(owner, ix.delete(device, w.contributor(), "Ethernet7", false, owner.publicKey())),
        ServiceabilityError.INVALID_STATUS);
  }

  @Test
  void activateAndRemoveWithPoolsAllocateAndFree() {
    fx.featureFlags(FeatureFlags.NONE);
    PublicKey f = h.foundation.publicKey();
    h.ok(
        owner,
        ix.create(
            device,
            w.contributor(),
            InterfaceFixtures.args(
                "Loopback20", LoopbackType.VPNV4, Optional.empty(), InterfaceCyoa.NONE, false),
            owner.publicKey()));
    int before = h.account(dtb, ResourceExtension.class).allocatedCount();
    h.ok(h.foundation, ix.activate(device, "Loopback20", NetworkV4.DEFAULT, 0, true, f));
    InterfaceV2 lo = ix.iface(device, "Loopback20");
    assertThat(lo.ipNet()).isNotEqualTo(NetworkV4.DEFAULT);
    assertThat(lo.nodeSegmentIdx()).isPositive();
    assertThat(h.account(dtb, ResourceExtension.class).allocatedCount()).isEqualTo(before + 1);
    h.ok(owner, ix.delete(device, w.contributor(), "Loopback20", false, owner.publicKey()));
    h.ok(h.foundation, ix.remove(device, "Loopback20", true, f));
    assertThat(h.account(dtb, ResourceExtension.class).allocatedCount()).isEqualTo(before);
  }
}
