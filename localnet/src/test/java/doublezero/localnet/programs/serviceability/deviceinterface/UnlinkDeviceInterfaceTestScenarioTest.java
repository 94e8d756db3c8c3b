package doublezero.localnet.programs.serviceability.deviceinterface;

import static doublezero.localnet.programs.ProgramHarness.assertBuiltin;
import static doublezero.localnet.programs.ProgramHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.NetworkFixture;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.global.AdminFixtures;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.ActivateLink;
import doublezero.sdk.serviceability.instruction.CreateDeviceInterface;
import doublezero.sdk.serviceability.instruction.CreateLink;
import doublezero.sdk.serviceability.instruction.DeleteLink;
import doublezero.sdk.serviceability.instruction.UpdateLink;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.RoutingMode;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Reference `TST/unlink_device_interface_test.rs`: UnlinkDeviceInterface from Pending, and from
/// Activated with the optional link account (refused with InvalidStatus (7) while the link is
/// Activated, accepted once it is Deleting, accepted without a link account); plus the link-account
/// checks the reference makes (`PROC/device/interface/unlink.rs`): a link of another device is
/// InvalidAccountData, one owned by another program IncorrectProgramId. Everything is built with
/// real instructions by the foundation (the reference payer: foundation, activator and contributor
/// owner).
class UnlinkDeviceInterfaceTestScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static NetworkFixture net;
  static PublicKey location;
  static PublicKey exchange;
  static PublicKey contributor;
  static int devices;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    net = new NetworkFixture(h);
    location = net.location("la");
    exchange = net.exchange("la");
    contributor = net.contributor("cont", h.foundation.publicKey());
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  record Pair(PublicKey deviceA, PublicKey deviceZ, PublicKey link) {}

  static PublicKey f() {
    return h.foundation.publicKey();
  }

  /// An activated device with one Pending physical interface `iface` (MTU 1500, static routing).
  static PublicKey device(String iface) {
    devices++;
    PublicKey device =
        net.activatedDevice(
            "d" + devices,
            contributor,
            location,
            exchange,
            new Ipv4Address(Ipv4Address.parse("8.8.8.0").value() + devices),
            NetworkV4.parse("110." + devices + ".0.0/23"),
            128);
    h.ok(
        h.foundation,
        new InterfaceFixtures(h)
            .create(
                device,
                contributor,
                new CreateDeviceInterface(
                    iface,
                    LoopbackType.NONE,
                    0,
                    Optional.empty(),
                    false,
                    InterfaceCyoa.NONE,
                    InterfaceDia.NONE,
                    0,
                    0,
                    1500,
                    RoutingMode.STATIC,
                    false),
                f()));
    return device;
  }

  /// `setup_two_devices_with_link`: A/Ethernet0 and Z/Ethernet1 unlinked, a WAN link created and
  /// activated (tunnel 500, 10.0.0.0/31), which moves both interfaces to Activated.
  static Pair twoDevicesWithLink() {
    InterfaceFixtures ix = new InterfaceFixtures(h);
    PublicKey a = device("Ethernet0");
    PublicKey z = device("Ethernet1");
    h.ok(h.foundation, ix.unlink(a, "Ethernet0", Optional.empty(), f()));
    h.ok(h.foundation, ix.unlink(z, "Ethernet1", Optional.empty(), f()));
    PublicKey link = ServiceabilityPdas.link(h.programId, AdminFixtures.nextIndex(h)).address();
    h.ok(
        h.foundation,
        new CreateLink(
                "wan" + devices,
                LinkLinkType.WAN,
                10_000_000_000L,
                9000,
                1_000_000,
                100_000,
                "Ethernet0",
                Optional.of("Ethernet1"),
                Optional.of(LinkDesiredStatus.ACTIVATED),
                false)
            .toInstruction(
                h.programId,
                new CreateLink.Accounts(
                    link, contributor, a, z, h.globalState(), Optional.empty(), f())));
    h.ok(
        h.foundation,
        new ActivateLink(500, NetworkV4.parse("10.0.0.0/31"), false)
            .toInstruction(
                h.programId,
                new ActivateLink.Accounts(link, a, z, h.globalState(), Optional.empty(), f())));
    assertThat(ix.iface(a, "Ethernet0").status()).isEqualTo(InterfaceStatus.ACTIVATED);
    assertThat(ix.iface(z, "Ethernet1").status()).isEqualTo(InterfaceStatus.ACTIVATED);
    assertThat(h.account(link, Link.class).status()).isEqualTo(LinkStatus.ACTIVATED);
    return new Pair(a, z, link);
  }

  static Instruction unlink(PublicKey device, String name, PublicKey link) {
    return new InterfaceFixtures(h).unlink(device, name, Optional.ofNullable(link), f());
  }

  @Test
  void testUnlinkFromPending() {
    PublicKey device = device("Ethernet0");
    InterfaceFixtures ix = new InterfaceFixtures(h);
    assertThat(ix.iface(device, "Ethernet0").status()).isEqualTo(InterfaceStatus.PENDING);
    h.ok(h.foundation, unlink(device, "Ethernet0", null));
    assertThat(ix.iface(device, "Ethernet0").status()).isEqualTo(InterfaceStatus.UNLINKED);
    assertError(
        AdminFixtures.failAgain(h, h.foundation, unlink(device, "Ethernet0", null)),
        ServiceabilityError.INVALID_STATUS);
  }

  @Test
  void testUnlinkActivatedWithActiveLinkFails() {
    Pair p = twoDevicesWithLink();
    assertError(
        h.fail(h.foundation, unlink(p.deviceA(), "Ethernet0", p.link())),
        ServiceabilityError.INVALID_STATUS);
    assertThat(new InterfaceFixtures(h).iface(p.deviceA(), "Ethernet0").status())
        .isEqualTo(InterfaceStatus.ACTIVATED);
  }

  @Test
  void testUnlinkActivatedWithDeletingLinkSucceeds() {
    Pair p = twoDevicesWithLink();
    h.ok(
        h.foundation,
        new UpdateLink(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(LinkStatus.SOFT_DRAINED),
                Optional.empty(),
                Optional.empty())
            .toInstruction(
                h.programId,
                new UpdateLink.Accounts(
                    p.link(), contributor, Optional.empty(), h.globalState(), f())));
    h.ok(
        h.foundation,
        new DeleteLink(false)
            .toInstruction(
                h.programId,
                new DeleteLink.Accounts(
                    p.link(), contributor, h.globalState(), Optional.empty(), f())));
    assertThat(h.account(p.link(), Link.class).status()).isEqualTo(LinkStatus.DELETING);
    h.ok(h.foundation, unlink(p.deviceA(), "Ethernet0", p.link()));
    assertThat(new InterfaceFixtures(h).iface(p.deviceA(), "Ethernet0").status())
        .isEqualTo(InterfaceStatus.UNLINKED);
  }

  @Test
  void testUnlinkActivatedWithoutLinkAccountSucceeds() {
    Pair p = twoDevicesWithLink();
    h.ok(h.foundation, unlink(p.deviceA(), "Ethernet0", null));
    InterfaceFixtures ix = new InterfaceFixtures(h);
    assertThat(ix.iface(p.deviceA(), "Ethernet0").status()).isEqualTo(InterfaceStatus.UNLINKED);
    assertThat(ix.iface(p.deviceZ(), "Ethernet1").status()).isEqualTo(InterfaceStatus.ACTIVATED);
  }

  @NeedsLedgerInternals(
      "seeded accounts: a copy of a program account owned by another program"
          + " (AdminFixtures.foreignCopy)")
  @Test
  void linkAccountOfAnotherInterfaceOrProgramIsRefused() {
    Pair p = twoDevicesWithLink();
    Pair other = twoDevicesWithLink();
    // a link that does not name this device/interface (the name comparison is case-sensitive, on
    // the raw argument)
    assertBuiltin(
        h.fail(h.foundation, unlink(p.deviceA(), "Ethernet0", other.link())), "InvalidAccountData");
    assertBuiltin(
        h.fail(h.foundation, unlink(p.deviceA(), "ethernet0", p.link())), "InvalidAccountData");
    assertBuiltin(
        h.fail(
            h.foundation, unlink(p.deviceA(), "Ethernet0", AdminFixtures.foreignCopy(h, p.link()))),
        "IncorrectProgramId");
    assertError(
        h.fail(h.foundation, unlink(p.deviceZ(), "Ethernet1", p.link())),
        ServiceabilityError.INVALID_STATUS);
  }
}
