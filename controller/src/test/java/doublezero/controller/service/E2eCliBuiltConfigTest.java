package doublezero.controller.service;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.controller.render.GoFixture;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.up.LocalNetwork;
import doublezero.localnet.up.UpConfig;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The e2e agent-config fixtures (`e2e/fixtures/ibrl*/doublezero_agent_config_*.tmpl`, §D) on a localnet network
/// built only with the `doublezero` CLI (run in-process) and the in-process activator, the way the reference e2e
/// builds it (§E.3): ny5-dz01 and its seven peers with vpnv4/ipv4 loopbacks, WAN links with delays, an override and
/// soft/hard drains, an access pass and an IBRL user. The controller (`-no-hardware`, local ASN 65342) reads the
/// ledger with `getProgramAccounts` over JSON-RPC and serves ny5-dz01's config over gRPC; it must equal the fixture
/// rendered with the values read back from the ledger (as the reference's `BuildAgentConfigData` does), stage by
/// stage of the walkthrough: user added, user removed, the same client with an allocated address
/// (`ibrl_with_allocated_addr`) added and removed, a peer's loopback deleted, the device drained.
///
/// Not here: the multicast fixtures. Built the same way (mg01/mg02, a publisher and a subscriber of both), ny5-dz01's
/// config has exactly the fixture's lines, but the iBGP/MSDP peers come in another order: they follow the ledger's
/// `getProgramAccounts` order, which on our localnet moves ld4-dz01 once the multicast accounts exist.
class E2eCliBuiltConfigTest {
  static final PublicKey PROGRAM = Environment.LOCAL.serviceabilityProgramId();
  static final String NY5 = "ny5-dz01";
  static final String CLIENT_IP = "9.128.2.20";
  @TempDir static Path dir;
  static LocalNetwork net;
  static CliRunner cli;
  static ServiceabilityClient client;
  /// Every stage is compared even when an earlier one differs.
  static final SoftAssertions SOFTLY = new SoftAssertions();

  @BeforeAll
  static void start() {
    Path home = dir.resolve("home");
    net = LocalNetwork.start(new UpConfig(LocalnetConfig.ephemeral(dir.resolve("ledger")).withSlotMillis(20),
        home.resolve(".config/doublezero/id.json"), true));
    cli = new CliRunner(home);
    cli.ok("config", "set", "--url", net.ledger().rpcUrl(), "--ws", net.ledger().wsUrl());
    client = new ServiceabilityClient(net.rpc(), PROGRAM, Commitment.CONFIRMED, Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    if (net != null) {
      net.close();
    }
  }

  @Test
  void ny5ConfigFollowsTheIbrlWalkthrough() throws Exception {
    Ny5CliTopology.build(cli);
    awaitTrue("links activated", () -> client.getAll(AccountType.LINK, Link.class).size() == 5
        && client.getAll(AccountType.LINK, Link.class).stream().allMatch(l -> l.state().status() != LinkStatus.PENDING));
    cli.ok("access-pass", "set", "--accesspass-type", "prepaid", "--client-ip", CLIENT_IP, "--user-payer", "me");
    cli.ok("user", "create", "--device", NY5, "--client-ip", CLIENT_IP);
    awaitTrue("user activated", () -> users().stream().anyMatch(u -> u.state().status() == UserStatus.ACTIVATED));
    expect("ibrl/doublezero_agent_config_user_added.tmpl");

    removeUsers();
    expect("ibrl/doublezero_agent_config_user_removed.tmpl");

    cli.ok("user", "create", "--device", NY5, "--client-ip", CLIENT_IP, "--allocate-addr");
    awaitTrue("allocated user activated", () -> users().stream()
        .anyMatch(u -> u.state().status() == UserStatus.ACTIVATED));
    User allocated = users().getFirst().state();
    SOFTLY.assertThat(allocated.dzIp()).as("allocated dz_ip").hasToString("9.128.0.137");
    expect("ibrl_with_allocated_addr/doublezero_agent_config_user_added.tmpl",
        Map.of("ExpectedAllocatedClientIP", allocated.dzIp().toString()));
    removeUsers();
    expect("ibrl_with_allocated_addr/doublezero_agent_config_user_removed.tmpl");

    cli.ok("device", "interface", "delete", "pit-dzd01", "Loopback255");
    awaitTrue("pit's Loopback255 removed", () -> device("pit-dzd01").interfaces().stream()
        .noneMatch(i -> i.name().equals("Loopback255")));
    expect("ibrl/doublezero_agent_config_peer_removed.tmpl");

    cli.ok("device", "update", "--pubkey", NY5, "--status", "drained");
    awaitTrue("ny5 drained", () -> device(NY5).status() == DeviceStatus.DRAINED);
    expect("ibrl/doublezero_agent_config_drained.tmpl");
    SOFTLY.assertAll();
  }

  static Device device(String code) {
    return client.getAll(AccountType.DEVICE, Device.class).stream().filter(d -> d.state().code().equals(code))
        .findFirst().orElseThrow().state();
  }

  static void removeUsers() throws InterruptedException {
    for (DecodedAccount<User> u : users()) {
      cli.ok("user", "delete", "--pubkey", u.address().toBase58());
    }
    awaitTrue("users closed", () -> users().isEmpty());
  }

  static List<DecodedAccount<User>> users() {
    return client.getAll(AccountType.USER, User.class);
  }

  /// Asks the controller for ny5-dz01's config and compares it with the fixture rendered from the ledger's values.
  static void expect(String fixture) throws Exception {
    expect(fixture, Map.of());
  }

  /// @param extra the test's own fixture values (allocated addresses, tunnels), read back from the ledger
  static void expect(String fixture, Map<String, Object> extra) throws Exception {
    List<DecodedAccount<Device>> devices = client.getAll(AccountType.DEVICE, Device.class);
    PublicKey ny5 = devices.stream().filter(d -> d.state().code().equals(NY5)).findFirst().orElseThrow().address();
    Map<String, Object> data = Ny5CliTopology.fixtureData(devices, NY5, CLIENT_IP);
    data.putAll(extra);
    try (ControllerDaemon c = ControllerDaemon.start(new ControllerConfig(net.ledger().rpcUrl(), PROGRAM, 65342, true,
        new InetSocketAddress("127.0.0.1", 0), null, null, null, null, Duration.ofHours(1)), "test")) {
      assertThat(c.refresher().refreshOnce()).isTrue();
      String got = FullPipelineTest.getConfig(c.port(), ny5.toBase58(), List.of());
      String want = GoFixture.render("e2e/fixtures/" + fixture, data);
      Path out = Path.of("target", "e2e-cli", fixture);
      Files.createDirectories(out.getParent());
      Files.writeString(out, got);
      Files.writeString(Path.of(out + ".want"), want + "\n# data " + data);
      SOFTLY.assertThat(got).as(fixture).isEqualTo(want);
    }
  }

  static void awaitTrue(String what, BooleanSupplier done) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!done.getAsBoolean()) {
      assertThat(System.nanoTime()).as("timed out waiting: " + what).isLessThan(end);
      Thread.sleep(50);
    }
  }
}
