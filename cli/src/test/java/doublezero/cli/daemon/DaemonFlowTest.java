package doublezero.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.cli.golden.FixtureTable;
import doublezero.doublezerod.Daemon;
import doublezero.doublezerod.multicast.GroupRoutes;
import doublezero.doublezerod.multicast.PimTransport;
import doublezero.doublezerod.peering.RecordingBgpSessions;
import doublezero.doublezerod.peering.SessionStatus;
import doublezero.doublezerod.pim.PimCodec;
import doublezero.doublezerod.pim.PimMessage;
import doublezero.doublezerod.routes.KernelRoute;
import doublezero.doublezerod.routes.RecordingRouteTable;
import doublezero.doublezerod.tunnel.RecordingTunnelBackend;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.testkit.ReferenceData;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/// `connect ibrl`, `status`, `latency`, `routes`, `disable`, `enable` and `disconnect` against a
/// real doublezerod (in-process, reading localnet over JSON-RPC, with recording tunnel and BGP
/// ports that report `BGP Session Up`) and localnet with the activator; `status` and `user list`
/// compared with the reference e2e fixtures (`e2e/fixtures/ibrl`, header→cell maps, `account` and
/// `Last Session Update` ignored).
@NeedsLedgerInternals(
    "fixed account codes: creates contributor co01, which the bootstrap (like the reference e2e)"
        + " already created; the CLI refuses a duplicate code")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DaemonFlowTest {
  static final String CLIENT_IP = "64.86.249.80";
  static final String DEVICE_IP = "207.45.216.134";
  @TempDir static Path dir;
  static LocalCliNetwork n;
  static Daemon daemon;
  static RecordingTunnelBackend tunnels = new RecordingTunnelBackend();
  static RecordingBgpSessions bgp = new RecordingBgpSessions(SessionStatus.UP, Clock.systemUTC());
  static Path socket;
  static List<Ipv4Address> groupRoutes = new CopyOnWriteArrayList<>();
  static List<PimMessage> pimSent = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() {
    DaemonFlow.statusEvery = Duration.ofMillis(500);
    n = LocalCliNetwork.start(dir, true);
    n.ok("contributor", "create", "--code", "co01");
    n.ok(
        "device",
        "create",
        "--code",
        "ny5-dz01",
        "--contributor",
        "co01",
        "--location",
        "ewr",
        "--exchange",
        "xewr",
        "--public-ip",
        DEVICE_IP,
        "--dz-prefixes",
        "100.0.0.0/16",
        "-w");
    n.ok("device", "update", "--pubkey", "ny5-dz01", "--max-users", "128");
    n.ok("access-pass", "set", "--client-ip", CLIENT_IP, "--user-payer", "me");
    socket = InProcessDaemon.socket(dir);
    RecordingRouteTable routes = new RecordingRouteTable(Ipv4Address.parse(CLIENT_IP));
    routes
        .routes()
        .add(
            new KernelRoute(
                NetworkV4.parse("8.8.8.8/32"),
                Ipv4Address.parse("169.254.0.0"),
                Ipv4Address.parse(CLIENT_IP),
                254,
                186));
    daemon =
        InProcessDaemon.start(
            n,
            dir,
            CLIENT_IP,
            new InProcessDaemon.Ports(
                tunnels,
                bgp,
                routes,
                (target, count, timeout) -> List.of(4_000_000L, 5_000_000L, 6_000_000L),
                new GroupRoutes() {
                  @Override
                  public void add(Ipv4Address group, Ipv4Address via, Optional<Ipv4Address> src) {
                    groupRoutes.add(group);
                  }

                  @Override
                  public void delete(
                      Ipv4Address group, Ipv4Address via, Optional<Ipv4Address> src) {
                    groupRoutes.remove(group);
                  }
                },
                new PimTransport() {
                  @Override
                  public void send(byte[] message) {
                    pimSent.add(PimCodec.decode(message));
                  }

                  @Override
                  public void close() {}
                }));
  }

  @AfterAll
  static void stop() {
    if (daemon != null) {
      daemon.close();
    }
    n.close();
  }

  CliRun.Result cli(String... args) {
    List<String> a = new ArrayList<>(List.of(args));
    a.add("--sock-file");
    a.add(socket.toString());
    return n.ok(a.toArray(String[]::new));
  }

  static void sameTable(String actual, String fixture, Map<String, Object> vars) {
    String expected = FixtureTable.render(ReferenceData.text("e2e/fixtures/ibrl/" + fixture), vars);
    assertThat(new TreeSet<>(FixtureTable.headers(actual)))
        .isEqualTo(new TreeSet<>(FixtureTable.headers(expected)));
    assertThat(strip(FixtureTable.rows(actual))).isEqualTo(strip(FixtureTable.rows(expected)));
  }

  static List<Map<String, String>> strip(List<Map<String, String>> rows) {
    rows.forEach(r -> r.remove("Last Session Update"));
    return rows;
  }

  @Test
  @Order(1)
  void connectStatusDisableEnableDisconnect() {
    ReferenceData.require();
    sameTable(
        cli("status").out(), "doublezero_status_disconnected.tmpl", Map.of("Reconciler", "false"));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> !daemon.prober().orElseThrow().results().isEmpty());

    CliRun.Result connect = cli("connect", "ibrl");
    assertThat(connect.out())
        .contains(
            "🔗  Start Provisioning User to local...",
            "    Device selected: ny5-dz01 ",
            "    Tunnel Src: " + CLIENT_IP,
            "    Tunnel Dst: " + DEVICE_IP,
            "    DoubleZero IP: " + CLIENT_IP,
            "    Session: BGP Session Up")
        .endsWith("✅  User Provisioned\n");
    assertThat(tunnels.active())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.name()).isEqualTo("doublezero0");
              assertThat(t.overlay().toString()).isEqualTo("169.254.0.0/31");
              assertThat(t.localOverlay().toString()).isEqualTo("169.254.0.1");
              assertThat(t.mtu()).isEqualTo(1476);
            });
    assertThat(bgp.calls())
        .contains(
            "addPeer 169.254.0.0 local=169.254.0.1 asn=65000/65342 src="
                + CLIENT_IP
                + " install=MAIN");
    sameTable(
        cli("status").out(),
        "doublezero_status_connected.tmpl",
        Map.of("ClientIP", CLIENT_IP, "DeviceIP", DEVICE_IP));
    sameTable(
        cli("user", "list").out(),
        "doublezero_user_list_user_added.tmpl",
        Map.of("ClientIP", CLIENT_IP, "ClientPubkeyAddress", n.user().toBase58()));
    assertThat(cli("latency").out())
        .contains("ny5-dz01", DEVICE_IP, "4.00ms", "6.00ms", "5.00ms", "true");
    assertThat(cli("routes").out()).contains("localnet", CLIENT_IP, "8.8.8.8", "present");
    assertThat(cli("connect", "ibrl").out())
        .contains("    An account already exists with Pubkey: ");

    assertThat(cli("disable").out())
        .isEqualTo("Active tunnel(s) will be torn down\nReconciler disabled\n");
    assertThat(tunnels.active()).isEmpty();
    assertThat(cli("disable").out()).isEqualTo("Reconciler already disabled\n");
    sameTable(
        cli("status").out(), "doublezero_status_disconnected.tmpl", Map.of("Reconciler", "false"));
    assertThat(cli("enable").out()).isEqualTo("Reconciler enabled\n");
    await().atMost(Duration.ofSeconds(20)).until(() -> !tunnels.active().isEmpty());
    assertThat(cli("enable").out()).isEqualTo("Reconciler already enabled\n");

    CliRun.Result disconnect = cli("disconnect", "--client-ip", CLIENT_IP);
    assertThat(disconnect.out())
        .contains(
            "🔍  Decommissioning User",
            "🔍  Deleting User Account for: ",
            "    Daemon confirmed tunnel(s) removed")
        .endsWith("✅  Deprovisioning Complete\n");
    assertThat(tunnels.active()).isEmpty();
    String removed = ReferenceData.text("e2e/fixtures/ibrl/doublezero_user_list_user_removed.txt");
    String users = cli("user", "list").out();
    assertThat(new TreeSet<>(FixtureTable.headers(users)))
        .isEqualTo(new TreeSet<>(FixtureTable.headers(removed)));
    assertThat(FixtureTable.rows(users)).isEmpty();
    sameTable(
        cli("status").out(), "doublezero_status_disconnected.tmpl", Map.of("Reconciler", "true"));
  }

  @Test
  @Order(2)
  void connectWithAllocatedAddress() {
    ReferenceData.require();
    CliRun.Result connect = cli("connect", "ibrl", "-a");
    assertThat(connect.out())
        .contains("    Session: BGP Session Up")
        .endsWith("✅  User Provisioned\n");
    User user =
        n.client.getAll(AccountType.USER, User.class).stream()
            .map(DecodedAccount::state)
            .filter(u -> u.userType() == UserType.IBRL_WITH_ALLOCATED_IP)
            .findFirst()
            .orElseThrow();
    String allocated = user.dzIp().toString();
    assertThat(allocated).startsWith("100.0.");
    assertThat(tunnels.active())
        .singleElement()
        .satisfies(t -> assertThat(t.dzIp()).contains(user.dzIp()));
    assertThat(bgp.calls())
        .last()
        .asString()
        .endsWith("src=" + allocated + " install=MAIN_NO_UNINSTALL");
    String expected =
        FixtureTable.render(
            ReferenceData.text(
                "e2e/fixtures/ibrl_with_allocated_addr/doublezero_status_connected.tmpl"),
            Map.of(
                "ClientIP",
                CLIENT_IP,
                "DeviceIP",
                DEVICE_IP,
                "ExpectedAllocatedClientIP",
                allocated));
    String actual = cli("status").out();
    assertThat(new TreeSet<>(FixtureTable.headers(actual)))
        .isEqualTo(new TreeSet<>(FixtureTable.headers(expected)));
    assertThat(strip(FixtureTable.rows(actual))).isEqualTo(strip(FixtureTable.rows(expected)));
    assertThat(cli("disconnect", "ibrl", "--client-ip", CLIENT_IP).out())
        .endsWith("✅  Deprovisioning Complete\n");
    assertThat(tunnels.active()).isEmpty();
  }

  @Test
  @Order(3)
  void noDaemonAndWrongEnvironment() {
    CliRun.Result r = n.run("status", "--sock-file", dir.resolve("nothing.sock").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "doublezero service is not accessible.\n"
                + "Error: Please start the doublezerod service.\n");
    r = n.run("status", "--sock-file", socket.toString(), "--env", "testnet");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "Error: The client and the daemon are using different environments.\n"
                + "Client: testnet\n"
                + "Daemon: local\n"
                + "Please update the daemon configuration so both use the same environment.");
  }

  @Test
  @Order(4)
  void connectMulticastSubscriberCreatesAMulticastUserBesideNothingElse() {
    n.ok(
        "multicast",
        "group",
        "create",
        "--code",
        "mg01",
        "--max-bandwidth",
        "10Gbps",
        "--owner",
        "me");
    n.ok(
        "multicast",
        "group",
        "allowlist",
        "subscriber",
        "add",
        "--code",
        "mg01",
        "--client-ip",
        CLIENT_IP,
        "--user-payer",
        "me");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                n.client.getAll(AccountType.MULTICAST_GROUP, MulticastGroup.class).stream()
                    .anyMatch(g -> g.state().status() == MulticastGroupStatus.ACTIVATED));
    CliRun.Result connect = cli("connect", "multicast", "subscriber", "mg01");
    assertThat(connect.out())
        .contains(
            "    Creating an account for the IP: " + CLIENT_IP,
            "    The Device has been selected: ny5-dz01 ")
        .endsWith("✅  User Provisioned\n");
    User user =
        n.client.getAll(AccountType.USER, User.class).stream()
            .map(DecodedAccount::state)
            .filter(u -> u.userType() == UserType.MULTICAST)
            .findFirst()
            .orElseThrow();
    assertThat(user.subscribers()).hasSize(1);
    assertThat(user.publishers()).isEmpty();
    assertThat(connect.out()).contains("    Tunnel Dst: " + DEVICE_IP);
    assertThat(tunnels.active())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.name()).isEqualTo("doublezero1");
              assertThat(t.dzIp()).isEmpty();
            });
    assertThat(groupRoutes).hasSize(1);
    assertThat(bgp.calls()).last().asString().endsWith("install=NONE");
    assertThat(pimSent).hasSize(2);
    assertThat(cli("status").out()).contains("doublezero1", "Multicast");
    // a second multicast connect while one is up: refused from the daemon's status, nothing sent
    n.rejected(
        1,
        "A multicast service is already running. Disconnect first with `doublezero disconnect"
            + " multicast`, then reconnect with all desired groups in a single command (e.g."
            + " --publish and --subscribe).",
        "connect",
        "multicast",
        "--subscribe",
        "mg01",
        "--sock-file",
        socket.toString());
    assertThat(tunnels.active()).hasSize(1);
    assertThat(cli("disconnect", "multicast", "--client-ip", CLIENT_IP).out())
        .endsWith("✅  Deprovisioning Complete\n");
    assertThat(tunnels.active()).isEmpty();
    assertThat(pimSent.getLast()).isInstanceOf(PimMessage.JoinPrune.class);
    assertThat(((PimMessage.JoinPrune) pimSent.getLast()).holdtimeSeconds()).isEqualTo(5);
  }

  @Test
  @Order(5)
  void connectMulticastRefusesBadArgumentsWithTheReferenceMessages() {
    String sock = socket.toString();
    n.rejected(
        1,
        "Cannot mix legacy positional args (mode + groups) with --publish/--subscribe flags",
        "connect",
        "multicast",
        "subscriber",
        "mg01",
        "--publish",
        "mg01",
        "--sock-file",
        sock);
    n.rejected(
        1,
        "At least one of --publish or --subscribe is required, or use legacy syntax: multicast"
            + " <publisher|subscriber> <groups...>",
        "connect",
        "multicast",
        "--sock-file",
        sock);
    n.rejected(
        1,
        "At least one multicast group code is required",
        "connect",
        "multicast",
        "publisher",
        "--sock-file",
        sock);
    n.rejected(
        1,
        "Multicast group not found: mg99",
        "connect",
        "multicast",
        "--subscribe",
        "mg99",
        "--sock-file",
        sock);
    n.rejected(
        1,
        "Duplicate multicast sub group: mg01",
        "connect",
        "multicast",
        "--subscribe",
        "mg01",
        "mg01",
        "--sock-file",
        sock);
    // mg01 allowlists this IP as a subscriber only (Order 4): the program refuses the publisher in
    // preflight (nothing lands, no fee), and the CLI prints what the reference's connect does
    long before = n.rpc.getBalance(n.user());
    CliRun.Result notAllowed =
        n.run("connect", "multicast", "publisher", "mg01", "--sock-file", sock);
    assertThat(notAllowed.code()).isEqualTo(1);
    assertThat(notAllowed.err()).isEqualTo("Error: Error creating user\n");
    assertThat(notAllowed.out()).contains("❌ Error creating user\n", "NotAllowed");
    assertThat(n.rpc.getBalance(n.user())).isEqualTo(before);
    n.rejected(
        2,
        "invalid value 'both' for '[MODE]': possible values: publisher, subscriber",
        "connect",
        "multicast",
        "both",
        "mg01",
        "--sock-file",
        sock);
  }

  @Test
  @Order(6)
  void connectMulticastWithTwoGroupsSubscribesTheSecondOnceTheUserExists() {
    n.ok(
        "multicast",
        "group",
        "create",
        "--code",
        "mg02",
        "--max-bandwidth",
        "10Gbps",
        "--owner",
        "me",
        "-w");
    n.ok(
        "multicast",
        "group",
        "allowlist",
        "subscriber",
        "add",
        "--code",
        "mg02",
        "--client-ip",
        CLIENT_IP,
        "--user-payer",
        "me");
    // a builder kept from before CreateSubscribeUser failed here with `User not found`
    CliRun.Result connect = cli("connect", "multicast", "subscriber", "mg01", "mg02");
    assertThat(connect.out())
        .contains("    Subscribing to group: ")
        .endsWith("✅  User Provisioned\n");
    User user =
        n.client.getAll(AccountType.USER, User.class).stream()
            .map(DecodedAccount::state)
            .filter(u -> u.userType() == UserType.MULTICAST)
            .findFirst()
            .orElseThrow();
    assertThat(user.subscribers()).hasSize(2);
    assertThat(cli("disconnect", "multicast", "--client-ip", CLIENT_IP).out())
        .endsWith("✅  Deprovisioning Complete\n");
  }
}
