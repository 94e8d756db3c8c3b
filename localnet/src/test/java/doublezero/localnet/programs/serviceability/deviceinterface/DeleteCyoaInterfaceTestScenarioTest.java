package doublezero.localnet.programs.serviceability.deviceinterface;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.NetworkFixture;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.device.DeviceDraft;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.CreateDeviceInterface;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.InterfaceV2;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.RoutingMode;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Reference `TST/delete_cyoa_interface_test.rs`: deleting or updating one interface succeeds
/// although a sibling interface of the same device holds legacy invalid state (CYOA set, no
/// ip_net), because the CYOA/ip_net rule is enforced by the create/update handlers only, not by the
/// Device/Interface `validate()` that every write runs.
@NeedsLedgerInternals(
    "seeded accounts: writes fixture accounts straight into the ledger"
        + " (DeleteCyoaInterfaceTestScenarioTest.deviceWithInvalidSibling)")
class DeleteCyoaInterfaceTestScenarioTest {
  static final NetworkV4 CYOA_NET = NetworkV4.parse("63.243.225.62/30");
  @TempDir static Path dir;
  static ProgramHarness h;
  static Keypair owner;
  static PublicKey contributor;
  static NetworkFixture net;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    net = new NetworkFixture(h);
    owner = h.funded();
    contributor = net.contributor("test-co", owner.publicKey());
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  /// An activated device whose contributor is owned by [#owner], with Ethernet1 (CYOA GRE-over-DIA
  /// with ip_net, Unlinked) and Ethernet2 (Unlinked, CYOA without ip_net).
  static PublicKey deviceWithInvalidSibling(String code, String publicIp) {
    PublicKey location = net.location("l" + code);
    PublicKey exchange = net.exchange("x" + code);
    PublicKey device =
        net.activatedDevice(
            code,
            contributor,
            location,
            exchange,
            Ipv4Address.parse(publicIp),
            NetworkV4.parse("110.1.0.0/23"),
            128);
    InterfaceFixtures ix = new InterfaceFixtures(h);
    PublicKey o = owner.publicKey();
    h.ok(
        owner,
        ix.create(
            device,
            contributor,
            new CreateDeviceInterface(
                "Ethernet1",
                LoopbackType.NONE,
                0,
                Optional.of(CYOA_NET),
                false,
                InterfaceCyoa.GRE_OVER_DIA,
                InterfaceDia.NONE,
                1000,
                500,
                1500,
                RoutingMode.STATIC,
                false),
            o));
    h.ok(owner, ix.physical(device, contributor, "Ethernet2", o));
    for (String name : new String[] {"Ethernet1", "Ethernet2"}) {
      h.ok(h.foundation, ix.unlink(device, name, Optional.empty(), h.foundation.publicKey()));
    }
    // Seeded: no instruction can write CYOA without ip_net any more (create/update refuse it with
    // 47); the
    // reference test plants this legacy state the same way.
    Device d = h.account(device, Device.class);
    int idx = d.indexOfInterface("Ethernet2");
    InterfaceV2 e2 = d.interfaces().get(idx).toCurrentVersion();
    DeviceDraft draft = DeviceDraft.of(d);
    draft.interfaces.set(
        idx,
        new InterfaceV2(
            e2.status(),
            e2.name(),
            e2.interfaceType(),
            InterfaceCyoa.GRE_OVER_DIA,
            e2.interfaceDia(),
            e2.loopbackType(),
            e2.bandwidth(),
            e2.cir(),
            e2.mtu(),
            e2.routingMode(),
            e2.vlanId(),
            NetworkV4.DEFAULT,
            e2.nodeSegmentIdx(),
            e2.userTunnelEndpoint()));
    h.seed(device, draft.build());
    assertThat(ix.iface(device, "Ethernet1").ipNet()).isEqualTo(CYOA_NET);
    assertThat(ix.iface(device, "Ethernet1").mtu()).isEqualTo(1500);
    assertThat(ix.iface(device, "Ethernet2").interfaceCyoa()).isEqualTo(InterfaceCyoa.GRE_OVER_DIA);
    return device;
  }

  @Test
  void testDeleteCyoaInterfaceWithInvalidSibling() {
    PublicKey device = deviceWithInvalidSibling("dev1", "8.8.8.8");
    InterfaceFixtures ix = new InterfaceFixtures(h);
    h.ok(owner, ix.delete(device, contributor, "ethernet1", false, owner.publicKey()));
    assertThat(ix.iface(device, "Ethernet1").status()).isEqualTo(InterfaceStatus.DELETING);
    InterfaceV2 sibling = ix.iface(device, "Ethernet2");
    assertThat(sibling.status()).isEqualTo(InterfaceStatus.UNLINKED);
    assertThat(sibling.ipNet()).isEqualTo(NetworkV4.DEFAULT);

    h.ok(owner, ix.delete(device, contributor, "ethernet2", false, owner.publicKey()));
    assertThat(ix.iface(device, "Ethernet2").status()).isEqualTo(InterfaceStatus.DELETING);
  }

  @Test
  void testUpdateCyoaInterfaceWithInvalidSibling() {
    PublicKey device = deviceWithInvalidSibling("dev2", "8.8.8.9");
    InterfaceFixtures ix = new InterfaceFixtures(h);
    h.ok(
        owner,
        ix.update(
            device,
            contributor,
            InterfaceFixtures.mtu("ethernet1", 9000),
            false,
            owner.publicKey()));
    InterfaceV2 updated = ix.iface(device, "Ethernet1");
    assertThat(updated.mtu()).isEqualTo(9000);
    assertThat(updated.ipNet()).isEqualTo(CYOA_NET);
    InterfaceV2 sibling = ix.iface(device, "Ethernet2");
    assertThat(sibling.status()).isEqualTo(InterfaceStatus.UNLINKED);
    assertThat(sibling.ipNet()).isEqualTo(NetworkV4.DEFAULT);
  }
}
