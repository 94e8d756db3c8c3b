package doublezero.controller.service;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.controller.render.GoFixture;
import doublezero.controller.state.ProgramSnapshot;
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
import doublezero.testkit.ReferenceData;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The e2e agent-config fixtures (`e2e/fixtures/ibrl*/doublezero_agent_config_*.tmpl`, §D) on a
/// localnet network built only with the `doublezero` CLI (run in-process) and the in-process
/// activator, the way the reference e2e builds it (§E.3): ny5-dz01 and its seven peers with
/// vpnv4/ipv4 loopbacks, WAN links with delays, an override and soft/hard drains, an access pass
/// and an IBRL user. The controller (`-no-hardware`, local ASN 65342) reads the ledger with
/// `getProgramAccounts` over JSON-RPC and serves ny5-dz01's config over gRPC; it must equal the
/// fixture rendered with the values read back from the ledger (as the reference's
/// `BuildAgentConfigData` does), stage by stage of the walkthrough: user added, user removed, the
/// same client with an allocated address (`ibrl_with_allocated_addr`) added and removed, a peer's
/// loopback deleted, the device drained.
///
/// The multicast fixtures on a second network: mg01/mg02, a publisher of both (tunnel 500, dz_ip
/// 148.51.120.1) and a subscriber of both (tunnel 501), then both removed.
///
/// Peer order. The reference controller renders iBGP/MSDP peers in the order `getProgramAccounts`
/// returned the devices: its SDK appends the devices in response order
/// (`smartcontract/sdk/go/serviceability/client.go:64,100`), `updateStateCache` appends each
/// healthy device's peers in that order
/// (`controlplane/controller/internal/controller/server.go:270,347-348`) and the template ranges
/// over those lists (`templates/tunnel.tmpl:183,194,227,232,242,381`); nothing sorts them
/// (`server.go` sorts only interfaces, :184, VRF ids, :422, and boundary groups, :545). The
/// fixtures spell out the order one solana-test-validator returned for the reference's program id
/// and creation order (ty2, ld4, la2, sg1, ams, frk, pit; `e2e/main_test.go:210` creates a dummy
/// la2-dz01 first "to maintain same ordering of devices as before"), and the reference e2e compares
/// byte for byte (`e2e/main_test.go:401-418`). Our ledger's order is its own, so the expected text
/// is the fixture with its peer blocks put in the order this ledger returned ([PeerOrder]),
/// rendered with the ledger's values, and compared byte for byte; the peers are created in one
/// fixed order ([Ny5CliTopology#PEERS]) that the test does not tune.
class E2eCliBuiltConfigTest {
  static final PublicKey PROGRAM = Environment.LOCAL.serviceabilityProgramId();
  static final String NY5 = "ny5-dz01";
  static final String CLIENT_IP = "9.128.2.20";
  static final String PUBLISHER_IP = "9.128.2.21";
  static final String SUBSCRIBER_IP = "9.128.2.22";
  @TempDir Path dir;
  LocalNetwork net;
  static CliRunner cli;
  static ServiceabilityClient client;

  /// Every stage is compared even when an earlier one differs.
  final SoftAssertions softly = new SoftAssertions();

  @BeforeEach
  void start() {
    Path home = dir.resolve("home");
    net =
        LocalNetwork.start(
            new UpConfig(
                LocalnetConfig.ephemeral(dir.resolve("ledger")).withSlotMillis(20),
                home.resolve(".config/doublezero/id.json"),
                true));
    cli = new CliRunner(home);
    cli.ok("config", "set", "--url", net.ledger().rpcUrl(), "--ws", net.ledger().wsUrl());
    client =
        new ServiceabilityClient(net.rpc(), PROGRAM, Commitment.CONFIRMED, Duration.ofSeconds(30));
  }

  @AfterEach
  void stop() {
    if (net != null) {
      net.close();
    }
  }

  @Test
  void ny5ConfigFollowsTheIbrlWalkthrough() throws Exception {
    topology();
    cli.ok(
        "access-pass",
        "set",
        "--accesspass-type",
        "prepaid",
        "--client-ip",
        CLIENT_IP,
        "--user-payer",
        "me");
    cli.ok("user", "create", "--device", NY5, "--client-ip", CLIENT_IP);
    awaitTrue(
        "user activated",
        () -> users().stream().anyMatch(u -> u.state().status() == UserStatus.ACTIVATED));
    expect("ibrl/doublezero_agent_config_user_added.tmpl");

    removeUsers();
    expect("ibrl/doublezero_agent_config_user_removed.tmpl");

    cli.ok("user", "create", "--device", NY5, "--client-ip", CLIENT_IP, "--allocate-addr");
    awaitTrue(
        "allocated user activated",
        () -> users().stream().anyMatch(u -> u.state().status() == UserStatus.ACTIVATED));
    User allocated = users().getFirst().state();
    softly.assertThat(allocated.dzIp()).as("allocated dz_ip").hasToString("9.128.0.137");
    expect(
        "ibrl_with_allocated_addr/doublezero_agent_config_user_added.tmpl",
        Map.of("ExpectedAllocatedClientIP", allocated.dzIp().toString()));
    removeUsers();
    expect("ibrl_with_allocated_addr/doublezero_agent_config_user_removed.tmpl");

    cli.ok("device", "interface", "delete", "pit-dzd01", "Loopback255");
    awaitTrue(
        "pit's Loopback255 removed",
        () ->
            device("pit-dzd01").interfaces().stream()
                .noneMatch(i -> i.name().equals("Loopback255")));
    expect("ibrl/doublezero_agent_config_peer_removed.tmpl");

    cli.ok("device", "update", "--pubkey", NY5, "--status", "drained");
    awaitTrue("ny5 drained", () -> device(NY5).status() == DeviceStatus.DRAINED);
    expect("ibrl/doublezero_agent_config_drained.tmpl");
    softly.assertAll();
  }

  @Test
  void ny5ConfigWithMulticastPublisherAndSubscriber() throws Exception {
    topology();
    multicastUsers();
    User pub = user(PUBLISHER_IP);
    User sub = user(SUBSCRIBER_IP);
    softly.assertThat(pub.dzIp()).as("publisher dz_ip").hasToString("148.51.120.1");
    expect(
        "multicast/doublezero_agent_config_both_users_added.tmpl",
        Map.of(
            "PublisherTunnelNum",
            pub.tunnelId(),
            "SubscriberTunnelNum",
            sub.tunnelId(),
            "PublisherTunnelDeviceIP",
            pub.tunnelNet().toString(),
            "SubscriberTunnelDeviceIP",
            sub.tunnelNet().toString(),
            "PublisherTunnelBGPNeighbor",
            neighbor(pub),
            "SubscriberTunnelBGPNeighbor",
            neighbor(sub),
            "ExpectedAllocatedPublisherIP",
            pub.dzIp().toString()));
    removeUsers();
    expect("multicast/doublezero_agent_config_both_users_removed.tmpl");
    softly.assertAll();
  }

  void topology() throws InterruptedException {
    Ny5CliTopology.build(cli, Ny5CliTopology.PEERS);
    awaitTrue(
        "links activated",
        () ->
            client.getAll(AccountType.LINK, Link.class).size() == 5
                && client.getAll(AccountType.LINK, Link.class).stream()
                    .allMatch(l -> l.state().status() != LinkStatus.PENDING));
  }

  /// mg01 and mg02, a publisher of both (9.128.2.21, tunnel 500) and a subscriber of both
  /// (9.128.2.22).
  static void multicastUsers() throws InterruptedException {
    for (String g : List.of("mg01", "mg02")) {
      cli.ok(
          "multicast",
          "group",
          "create",
          "--code",
          g,
          "--max-bandwidth",
          "10Gbps",
          "--owner",
          "me",
          "-w");
      cli.ok(
          "multicast",
          "group",
          "allowlist",
          "publisher",
          "add",
          "--code",
          g,
          "--user-payer",
          "me",
          "--client-ip",
          PUBLISHER_IP);
      cli.ok(
          "multicast",
          "group",
          "allowlist",
          "subscriber",
          "add",
          "--code",
          g,
          "--user-payer",
          "me",
          "--client-ip",
          SUBSCRIBER_IP);
    }
    for (String ip : List.of(PUBLISHER_IP, SUBSCRIBER_IP)) {
      cli.ok(
          "access-pass",
          "set",
          "--accesspass-type",
          "prepaid",
          "--client-ip",
          ip,
          "--user-payer",
          "me");
    }
    cli.ok(
        "user",
        "create-subscribe",
        "--device",
        NY5,
        "--client-ip",
        PUBLISHER_IP,
        "--publisher",
        "mg01",
        "-w");
    awaitTrue(
        "publisher activated",
        () -> users().stream().anyMatch(u -> u.state().status() == UserStatus.ACTIVATED));
    cli.ok(
        "user",
        "create-subscribe",
        "--device",
        NY5,
        "--client-ip",
        SUBSCRIBER_IP,
        "--subscriber",
        "mg01",
        "-w");
    awaitTrue(
        "subscriber activated",
        () ->
            users().size() == 2
                && users().stream().allMatch(u -> u.state().status() == UserStatus.ACTIVATED));
    cli.ok(
        "user",
        "subscribe",
        "--user",
        address(PUBLISHER_IP),
        "--group",
        "mg02",
        "--publisher",
        "-w");
    cli.ok(
        "user",
        "subscribe",
        "--user",
        address(SUBSCRIBER_IP),
        "--group",
        "mg02",
        "--subscriber",
        "-w");
    awaitTrue(
        "subscriptions",
        () ->
            user(PUBLISHER_IP).publishers().size() == 2
                && user(SUBSCRIBER_IP).subscribers().size() == 2
                && users().stream().allMatch(u -> u.state().status() == UserStatus.ACTIVATED));
  }

  /// @return the client side of the user's /31 (the device side + 1)
  static String neighbor(User u) {
    String net = u.tunnelNet().toString();
    String[] o = net.substring(0, net.indexOf('/')).split("\\.");
    return o[0] + "." + o[1] + "." + o[2] + "." + (Integer.parseInt(o[3]) + 1);
  }

  static String address(String clientIp) {
    return users().stream()
        .filter(u -> u.state().clientIp().toString().equals(clientIp))
        .findFirst()
        .orElseThrow()
        .address()
        .toBase58();
  }

  static User user(String clientIp) {
    return users().stream()
        .filter(u -> u.state().clientIp().toString().equals(clientIp))
        .findFirst()
        .orElseThrow()
        .state();
  }

  static Device device(String code) {
    return client.getAll(AccountType.DEVICE, Device.class).stream()
        .filter(d -> d.state().code().equals(code))
        .findFirst()
        .orElseThrow()
        .state();
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

  /// Asks the controller for ny5-dz01's config and compares it with the fixture rendered from the
  /// ledger's values.
  void expect(String fixture) throws Exception {
    expect(fixture, Map.of());
  }

  /// @param extra the test's own fixture values (allocated addresses, tunnels), read back from the
  ///   ledger
  void expect(String fixture, Map<String, Object> extra) throws Exception {
    List<DecodedAccount<Device>> devices = client.getAll(AccountType.DEVICE, Device.class);
    PublicKey ny5 =
        devices.stream()
            .filter(d -> d.state().code().equals(NY5))
            .findFirst()
            .orElseThrow()
            .address();
    Map<String, Object> data = Ny5CliTopology.fixtureData(devices, NY5, CLIENT_IP);
    data.putAll(extra);
    try (ControllerDaemon c =
        ControllerDaemon.start(
            new ControllerConfig(
                net.ledger().rpcUrl(),
                PROGRAM,
                65342,
                true,
                new InetSocketAddress("127.0.0.1", 0),
                null,
                null,
                null,
                null,
                Duration.ofHours(1)),
            "test")) {
      assertThat(c.refresher().refreshOnce()).isTrue();
      String got = FullPipelineTest.getConfig(c.port(), ny5.toBase58(), List.of());
      List<String> order = rpcDeviceOrder();
      String want =
          GoFixture.renderText(
              PeerOrder.reorder(ReferenceData.text("e2e/fixtures/" + fixture), order), data);
      Path out = Path.of("target", "e2e-cli", fixture);
      Files.createDirectories(out.getParent());
      Files.writeString(out, got);
      Files.writeString(
          Path.of(out + ".want"), want + "\n# rpc device order " + order + "\n# data " + data);
      softly.assertThat(got).as(fixture).isEqualTo(want);
    }
  }

  /// @return the device codes in the order an unfiltered `getProgramAccounts` (the controller's
  ///   read) returns the devices
  List<String> rpcDeviceOrder() {
    return ProgramSnapshot.decode(net.rpc().getProgramAccounts(PROGRAM, List.of()))
        .devices()
        .stream()
        .map(d -> d.state().code())
        .toList();
  }

  static void awaitTrue(String what, BooleanSupplier done) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!done.getAsBoolean()) {
      assertThat(System.nanoTime()).as("timed out waiting: " + what).isLessThan(end);
      Thread.sleep(50);
    }
  }
}
