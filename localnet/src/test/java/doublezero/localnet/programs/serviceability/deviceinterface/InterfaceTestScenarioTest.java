package doublezero.localnet.programs.serviceability.deviceinterface;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.device.DeviceFixtures;
import doublezero.localnet.programs.serviceability.device.DeviceFixtures.World;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.*;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The reference `TST/interface_test.rs` (`test_device_interfaces`) through localnet.
class InterfaceTestScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  @Test
  void testDeviceInterfaces() {
    DeviceFixtures fx = new DeviceFixtures(h);
    InterfaceFixtures ix = new InterfaceFixtures(h);
    Keypair owner = h.funded();
    World w = fx.world(owner.publicKey(), "if");
    PublicKey device = fx.activeDevice(owner, w, "if1");
    PublicKey o = owner.publicKey();
    PublicKey f = h.foundation.publicKey();

    h.ok(
        owner,
        ix.create(
            device,
            w.contributor(),
            InterfaceFixtures.args(
                "lo0", LoopbackType.VPNV4, Optional.empty(), InterfaceCyoa.NONE, false),
            o));
    h.ok(owner, ix.physical(device, w.contributor(), "ETHERNET1/1", o));
    h.ok(owner, ix.physical(device, w.contributor(), "et2", o));
    InterfaceV2 lo = ix.iface(device, "Loopback0");
    assertThat(lo.status()).isEqualTo(InterfaceStatus.PENDING);
    assertThat(lo.interfaceType()).isEqualTo(InterfaceType.LOOPBACK);
    assertThat(lo.mtu()).isEqualTo(9000);
    assertThat(ix.iface(device, "Ethernet1/1").interfaceType()).isEqualTo(InterfaceType.PHYSICAL);
    assertThat(ix.iface(device, "Ethernet2").status()).isEqualTo(InterfaceStatus.PENDING);

    assertError(
        h.fail(owner, ix.physical(device, w.contributor(), "ethernet1/1", o)),
        ServiceabilityError.INTERFACE_ALREADY_EXISTS);
    assertError(
        h.fail(owner, ix.physical(device, w.contributor(), "Bogus1", o)),
        ServiceabilityError.INVALID_INTERFACE_NAME);
    assertError(
        h.fail(
            owner,
            ix.create(
                device,
                w.contributor(),
                InterfaceFixtures.args(
                    "Ethernet9",
                    LoopbackType.NONE,
                    Optional.of(NetworkV4.parse("10.0.0.1/31")),
                    InterfaceCyoa.NONE,
                    false),
                o)),
        ServiceabilityError.INVALID_INTERFACE_IP);
    assertError(
        h.fail(
            owner,
            ix.create(
                device,
                w.contributor(),
                InterfaceFixtures.args(
                    "Loopback9",
                    LoopbackType.IPV4,
                    Optional.of(NetworkV4.parse("1.2.3.4/32")),
                    InterfaceCyoa.GRE_OVER_DIA,
                    false),
                o)),
        ServiceabilityError.CYOA_REQUIRES_PHYSICAL);
    assertError(
        h.fail(
            owner,
            ix.create(
                device,
                w.contributor(),
                InterfaceFixtures.args(
                    "Ethernet9",
                    LoopbackType.NONE,
                    Optional.empty(),
                    InterfaceCyoa.GRE_OVER_DIA,
                    false),
                o)),
        ServiceabilityError.INVALID_INTERFACE_IP);

    assertError(
        h.fail(
            owner,
            ix.update(
                device,
                w.contributor(),
                InterfaceFixtures.loopbackType("Loopback0", LoopbackType.NONE),
                false,
                o)),
        ServiceabilityError.INVALID_LOOPBACK_TYPE);
    h.ok(
        owner,
        ix.update(
            device,
            w.contributor(),
            InterfaceFixtures.loopbackType("Loopback0", LoopbackType.IPV4),
            false,
            o));
    assertThat(ix.iface(device, "Loopback0").loopbackType()).isEqualTo(LoopbackType.IPV4);

    h.ok(
        h.foundation,
        ix.activate(device, "loopback0", NetworkV4.parse("10.0.0.1/32"), 7, false, f));
    lo = ix.iface(device, "Loopback0");
    assertThat(lo.status()).isEqualTo(InterfaceStatus.ACTIVATED);
    assertThat(lo.ipNet()).isEqualTo(NetworkV4.parse("10.0.0.1/32"));
    assertThat(lo.nodeSegmentIdx()).isEqualTo(7);
    assertError(
        h.fail(h.foundation, ix.activate(device, "Loopback0", NetworkV4.DEFAULT, 0, false, f)),
        ServiceabilityError.INVALID_STATUS);
    assertError(
        h.fail(h.foundation, ix.activate(device, "Loopback5", NetworkV4.DEFAULT, 0, false, f)),
        ServiceabilityError.INTERFACE_NOT_FOUND);

    h.ok(h.foundation, ix.reject(device, "Ethernet2", f));
    assertThat(ix.iface(device, "Ethernet2").status()).isEqualTo(InterfaceStatus.REJECTED);
    assertError(
        h.fail(h.foundation, ix.activate(device, "Ethernet2", NetworkV4.DEFAULT, 0, false, f)),
        ServiceabilityError.INVALID_STATUS);
    assertError(
        h.fail(owner, ix.delete(device, w.contributor(), "Ethernet2", false, o)),
        ServiceabilityError.INVALID_STATUS);

    h.ok(h.foundation, ix.unlink(device, "Loopback0", Optional.empty(), f));
    assertThat(ix.iface(device, "Loopback0").status()).isEqualTo(InterfaceStatus.UNLINKED);
    assertThat(ix.iface(device, "Loopback0").ipNet()).isEqualTo(NetworkV4.DEFAULT);
    assertError(
        h.fail(h.foundation, ix.remove(device, "Loopback0", false, f)),
        ServiceabilityError.INVALID_STATUS);

    h.ok(
        owner,
        ix.update(device, w.contributor(), InterfaceFixtures.mtu("Loopback0", 1500), false, o));
    assertThat(ix.iface(device, "Loopback0").mtu()).isEqualTo(1500);
    assertError(
        h.fail(
            owner,
            ix.update(
                device, w.contributor(), InterfaceFixtures.segment("Loopback0", 3), false, o)),
        ServiceabilityError.NOT_ALLOWED);
    h.ok(
        h.foundation,
        ix.update(device, w.contributor(), InterfaceFixtures.segment("Loopback0", 3), false, f));
    assertThat(ix.iface(device, "Loopback0").nodeSegmentIdx()).isEqualTo(3);

    // CYOA: without ip_net 47; with ip_net on a Pending physical interface it works; clearing it
    // again 47
    assertError(
        h.fail(
            owner,
            ix.update(
                device,
                w.contributor(),
                InterfaceFixtures.edge(
                    "Ethernet1/1", Optional.of(InterfaceCyoa.GRE_OVER_DIA), Optional.empty()),
                false,
                o)),
        ServiceabilityError.INVALID_INTERFACE_IP);
    h.ok(
        owner,
        ix.update(
            device,
            w.contributor(),
            InterfaceFixtures.edge(
                "Ethernet1/1",
                Optional.of(InterfaceCyoa.GRE_OVER_DIA),
                Optional.of(NetworkV4.parse("100.0.0.9/30"))),
            false,
            o));
    assertThat(ix.iface(device, "Ethernet1/1").ipNet()).isEqualTo(NetworkV4.parse("100.0.0.9/30"));
    assertError(
        h.fail(
            owner,
            ix.update(
                device,
                w.contributor(),
                InterfaceFixtures.edge(
                    "Ethernet1/1", Optional.empty(), Optional.of(NetworkV4.DEFAULT)),
                false,
                o)),
        ServiceabilityError.INVALID_INTERFACE_IP);

    h.ok(owner, ix.delete(device, w.contributor(), "Loopback0", false, o));
    assertThat(ix.iface(device, "Loopback0").status()).isEqualTo(InterfaceStatus.DELETING);
    h.ok(h.foundation, ix.remove(device, "Loopback0", false, f));
    assertThat(h.account(device, Device.class).interfaces()).hasSize(2);
  }
}
