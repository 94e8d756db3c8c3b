package doublezero.localnet.programs.serviceability.global;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.ActivateDevice;
import doublezero.sdk.serviceability.instruction.ActivateLink;
import doublezero.sdk.serviceability.instruction.ActivateUser;
import doublezero.sdk.serviceability.instruction.CreateDevice;
import doublezero.sdk.serviceability.instruction.CreateDeviceInterface;
import doublezero.sdk.serviceability.instruction.CreateExchange;
import doublezero.sdk.serviceability.instruction.CreateLink;
import doublezero.sdk.serviceability.instruction.CreateLocation;
import doublezero.sdk.serviceability.instruction.CreateUser;
import doublezero.sdk.serviceability.instruction.DeviceContributorInterfaceAccounts;
import doublezero.sdk.serviceability.instruction.DeviceResourceAccounts;
import doublezero.sdk.serviceability.instruction.SetAccessPass;
import doublezero.sdk.serviceability.instruction.UnlinkDeviceInterface;
import doublezero.sdk.serviceability.instruction.UpdateDevice;
import doublezero.sdk.serviceability.instruction.UpdateLink;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassStatus;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.ContributorStatus;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.ExchangeStatus;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.LocationStatus;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.RoutingMode;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Reference `TST/global_test.rs` (`test_doublezero_program`), end to end through localnet: two
/// locations, two exchanges and a contributor, each taking the next GlobalState.account_index; two
/// devices (max_users 128, one interface each, unlinked, activated with TunnelIds + one
/// DzPrefixBlock); a WAN link between them created, activated and given its desired status; a
/// SolanaValidator access pass; an IBRL user created and activated (legacy path). Every step is the
/// real instruction, paid by the foundation as the reference's payer.
@NeedsLedgerInternals(
    "a fresh ledger: expects the counters of a ledger holding only its own accounts"
        + " (GlobalState/device counts start at 0)")
class GlobalTestScenarioTest {
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

  static U128 accountIndex() {
    return h.account(h.globalState(), GlobalState.class).accountIndex();
  }

  static PublicKey run(Instruction ix) {
    h.ok(h.foundation, ix);
    return ix.accounts().get(0).publicKey();
  }

  record Sites(PublicKey la, PublicKey ny, PublicKey exLa, PublicKey exNy, PublicKey contributor) {}

  @Test
  void testDoublezeroProgram() {
    Sites s = sites();
    assertThat(accountIndex()).isEqualTo(U128.ofUnsigned(5));
    PublicKey deviceLa =
        device("la1", "100.0.0.1", "100.1.0.0/23", s.la(), s.exLa(), s.contributor(), "Ethernet0");
    assertThat(accountIndex()).isEqualTo(U128.ofUnsigned(6));
    PublicKey deviceNy =
        device("ny1", "100.0.0.2", "100.1.0.1/24", s.ny(), s.exNy(), s.contributor(), "Ethernet1");
    activate(deviceNy);
    activate(deviceLa);
    assertThat(
            h.account(deviceLa, Device.class)
                .findInterface("Ethernet0")
                .orElseThrow()
                .toCurrentVersion()
                .status())
        .isEqualTo(InterfaceStatus.UNLINKED);

    assertThat(accountIndex()).isEqualTo(U128.ofUnsigned(7));
    PublicKey link = link(s.contributor(), deviceLa, deviceNy);

    Ipv4Address userIp = Ipv4Address.parse("100.0.0.1");
    Keypair f = h.foundation;
    PublicKey pass = ServiceabilityPdas.accessPass(h.programId, userIp, f.publicKey()).address();
    run(
        new SetAccessPass(
                new AccessPassType.SolanaValidator(Keypair.generate().publicKey()),
                userIp,
                9999,
                false)
            .toInstruction(
                h.programId,
                new SetAccessPass.Accounts(
                    pass, h.globalState(), f.publicKey(), Optional.empty(), f.publicKey())));
    assertThat(h.account(pass, AccessPass.class).status()).isEqualTo(AccessPassStatus.REQUESTED);

    assertThat(accountIndex()).isEqualTo(U128.ofUnsigned(8));
    PublicKey user = ServiceabilityPdas.userV2(h.programId, userIp, UserType.IBRL).address();
    run(
        new CreateUser(UserType.IBRL, UserCyoa.GRE_OVER_DIA, userIp, Ipv4Address.UNSPECIFIED, 0)
            .toInstruction(
                h.programId,
                new CreateUser.Accounts(
                    user,
                    deviceLa,
                    pass,
                    h.globalState(),
                    Optional.empty(),
                    Optional.empty(),
                    f.publicKey())));
    assertThat(h.account(user, User.class).status()).isEqualTo(UserStatus.PENDING);
    NetworkV4 tunnelNet = NetworkV4.parse("169.254.0.1/25");
    run(
        new ActivateUser(1, tunnelNet, Ipv4Address.parse("100.2.0.1"), 0, Ipv4Address.UNSPECIFIED)
            .toInstruction(
                h.programId,
                new ActivateUser.Accounts(
                    user, pass, h.globalState(), Optional.empty(), f.publicKey())));
    User u = h.account(user, User.class);
    assertThat(u.tunnelId()).isEqualTo(1);
    assertThat(u.tunnelNet()).isEqualTo(tunnelNet);
    assertThat(u.dzIp()).isEqualTo(Ipv4Address.parse("100.2.0.1"));
    assertThat(u.status()).isEqualTo(UserStatus.ACTIVATED);
    assertThat(u.devicePk()).isEqualTo(deviceLa);
    assertThat(h.account(deviceLa, Device.class).usersCount()).isEqualTo(1);
    assertThat(h.account(link, Link.class).status()).isEqualTo(LinkStatus.ACTIVATED);
  }

  static Sites sites() {
    assertThat(accountIndex()).isEqualTo(U128.ZERO);
    PublicKey la =
        run(
            AdminFixtures.createLocationIx(
                h, h.foundation, new CreateLocation("la", "Los Angeles", "us", 1.234, 4.567, 0)));
    assertThat(h.account(la, Location.class).code()).isEqualTo("la");
    assertThat(h.account(la, Location.class).status()).isEqualTo(LocationStatus.ACTIVATED);
    assertThat(accountIndex()).isEqualTo(U128.ofUnsigned(1));
    PublicKey ny =
        run(
            AdminFixtures.createLocationIx(
                h, h.foundation, new CreateLocation("ny", "New York", "us", 1.234, 4.567, 0)));
    assertThat(h.account(ny, Location.class).code()).isEqualTo("ny");
    assertThat(accountIndex()).isEqualTo(U128.ofUnsigned(2));
    PublicKey exLa =
        run(
            AdminFixtures.createExchangeIx(
                h, h.foundation, new CreateExchange("xla", "Los Angeles", 1.234, 4.567, 0)));
    assertThat(h.account(exLa, Exchange.class).code()).isEqualTo("xla");
    assertThat(h.account(exLa, Exchange.class).status()).isEqualTo(ExchangeStatus.ACTIVATED);
    assertThat(accountIndex()).isEqualTo(U128.ofUnsigned(3));
    PublicKey exNy =
        run(
            AdminFixtures.createExchangeIx(
                h, h.foundation, new CreateExchange("xny", "New York", 1.234, 4.567, 0)));
    assertThat(h.account(exNy, Exchange.class).code()).isEqualTo("xny");
    assertThat(h.account(exNy, Exchange.class).bgpCommunity()).isEqualTo(10001);
    assertThat(accountIndex()).isEqualTo(U128.ofUnsigned(4));
    PublicKey cont =
        run(AdminFixtures.createContributorIx(h, h.foundation, h.foundation.publicKey(), "cont"));
    Contributor c = h.account(cont, Contributor.class);
    assertThat(c.code()).isEqualTo("cont");
    assertThat(c.status()).isEqualTo(ContributorStatus.ACTIVATED);
    assertThat(c.owner()).isEqualTo(h.foundation.publicKey());
    return new Sites(la, ny, exLa, exNy, cont);
  }

  /// CreateDevice (legacy path, desired Activated), UpdateDevice max_users 128, one physical
  /// interface, unlinked.
  static PublicKey device(
      String code,
      String publicIp,
      String prefix,
      PublicKey location,
      PublicKey exchange,
      PublicKey contributor,
      String iface) {
    PublicKey pda = ServiceabilityPdas.device(h.programId, accountIndex().increment()).address();
    PublicKey f = h.foundation.publicKey();
    run(
        new CreateDevice(
                code,
                DeviceType.HYBRID,
                Ipv4Address.parse(publicIp),
                List.of(NetworkV4.parse(prefix)),
                PublicKey.DEFAULT,
                "mgmt",
                Optional.of(DeviceDesiredStatus.ACTIVATED),
                0)
            .toInstruction(
                h.programId,
                new CreateDevice.Accounts(
                    pda, contributor, location, exchange, h.globalState(), Optional.empty(), f)));
    Device d = h.account(pda, Device.class);
    assertThat(d.code()).isEqualTo(code);
    assertThat(d.maxUsers()).isZero();
    Optional<Integer> none = Optional.empty();
    run(
        new UpdateDevice(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(128),
                none,
                Optional.empty(),
                Optional.empty(),
                0,
                Optional.empty(),
                none,
                none,
                none,
                none,
                none,
                none)
            .toInstruction(
                h.programId,
                new UpdateDevice.Accounts(
                    pda, contributor, location, location, h.globalState(), Optional.empty(), f)));
    assertThat(h.account(pda, Device.class).maxUsers()).isEqualTo(128);
    run(
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
                false)
            .toInstruction(
                h.programId,
                new DeviceContributorInterfaceAccounts(
                    pda, contributor, h.globalState(), Optional.empty(), f)));
    run(
        new UnlinkDeviceInterface(iface)
            .toInstruction(
                h.programId,
                new UnlinkDeviceInterface.Accounts(pda, h.globalState(), Optional.empty(), f)));
    return pda;
  }

  static void activate(PublicKey device) {
    run(
        new ActivateDevice(2)
            .toInstruction(
                h.programId,
                new ActivateDevice.Accounts(
                    device,
                    h.globalState(),
                    h.globalConfig(),
                    DeviceResourceAccounts.derive(h.programId, device, 1),
                    h.foundation.publicKey())));
    assertThat(h.account(device, Device.class).status()).isEqualTo(DeviceStatus.ACTIVATED);
  }

  /// CreateLink WAN la-ny1 (15 Gbps, MTU 4900), ActivateLink (tunnel 1, 10.31.0.0/31), UpdateLink
  /// desired status.
  static PublicKey link(PublicKey contributor, PublicKey sideA, PublicKey sideZ) {
    PublicKey pda = ServiceabilityPdas.link(h.programId, accountIndex().increment()).address();
    PublicKey f = h.foundation.publicKey();
    run(
        new CreateLink(
                "la-ny1",
                LinkLinkType.WAN,
                15_000_000_000L,
                4900,
                1_000_000,
                100_000,
                "Ethernet0",
                Optional.of("Ethernet1"),
                Optional.of(LinkDesiredStatus.ACTIVATED),
                false)
            .toInstruction(
                h.programId,
                new CreateLink.Accounts(
                    pda, contributor, sideA, sideZ, h.globalState(), Optional.empty(), f)));
    Link l = h.account(pda, Link.class);
    assertThat(l.code()).isEqualTo("la-ny1");
    assertThat(l.status()).isEqualTo(LinkStatus.PENDING);
    NetworkV4 net = NetworkV4.parse("10.31.0.0/31");
    run(
        new ActivateLink(1, net, false)
            .toInstruction(
                h.programId,
                new ActivateLink.Accounts(
                    pda, sideA, sideZ, h.globalState(), Optional.empty(), f)));
    l = h.account(pda, Link.class);
    assertThat(l.status()).isEqualTo(LinkStatus.ACTIVATED);
    assertThat(l.tunnelNet()).isEqualTo(net);
    assertThat(l.tunnelId()).isEqualTo(1);
    run(
        new UpdateLink(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(LinkDesiredStatus.ACTIVATED))
            .toInstruction(
                h.programId,
                new UpdateLink.Accounts(pda, contributor, Optional.empty(), h.globalState(), f)));
    assertThat(h.account(pda, Link.class).desiredStatus()).isEqualTo(LinkDesiredStatus.ACTIVATED);
    return pda;
  }
}
