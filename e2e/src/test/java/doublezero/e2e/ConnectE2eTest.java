package doublezero.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.cli.golden.FixtureTable;
import doublezero.doublezerod.netns.Netns;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.instruction.CreateUser;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.ReferenceData;
import doublezero.testkit.external.ExternalLedgerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/// The acceptance walk of issue 12 in network namespaces: namespace `client` runs our doublezerod
/// (userspace GRE backend), namespace `device` plays the switch (BIRD 2, a GRE endpoint and a
/// validator address, configured by [ControllerStandIn] when the user is activated), and namespace
/// `ledger` runs `doublezero-localnet up` (the ledger with the programs, bootstrapped, and the
/// activator) as its own process. Veths join client–device (the "internet"), client–ledger (the
/// daemon's RPC) and ledger–this JVM's namespace (the in-process CLI, the controller stand-in and
/// the test's own reads). The CLI runs in-process against the daemon's socket and the ledger's RPC.
/// Needs root, iproute2, bird2 and `/dev/net/tun`.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConnectE2eTest {
  static final String CLIENT_IP = "64.86.249.80";
  static final String DEVICE_IP = "207.45.216.134";
  static final String DZ_PREFIX = "100.0.0.0/16";

  /// The ledger's address towards this JVM's namespace, and towards the client.
  static final String LEDGER_FOR_TEST = "198.18.7.2";

  static final String LEDGER_FOR_CLIENT = "198.18.7.6";
  static final int LEDGER_PORT = 18899;
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static LocalCliNetwork n;
  static Netns clientNs;
  static Netns deviceNs;
  static DeviceSide device;
  static ClientSide client;
  static ControllerStandIn controller;
  static Netns ledgerNs;
  static NamespacedJvm ledger;
  static DaemonProcess daemon;
  static Path socket;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Netns.available()
            && Files.exists(Path.of("/dev/net/tun"))
            && Files.isExecutable(Path.of("/usr/sbin/bird")),
        "needs root, iproute2, bird2 and /dev/net/tun");
    ReferenceData.require();
    clientNs = Netns.create("dzec");
    deviceNs = Netns.create("dzed");
    n = startLedger();
    clientNs.veth("vc0", CLIENT_IP + "/32", deviceNs, "vd0", DEVICE_IP + "/32");
    clientNs.exec("ip", "route", "add", DEVICE_IP + "/32", "dev", "vc0");
    clientNs.exec("ip", "route", "add", "default", "via", DEVICE_IP, "dev", "vc0");
    deviceNs.exec("ip", "route", "add", CLIENT_IP + "/32", "dev", "vd0");
    for (Netns ns : List.of(clientNs, deviceNs)) {
      for (String conf : List.of("all", "default")) {
        ns.exec("sh", "-c", "echo 0 > /proc/sys/net/ipv4/conf/" + conf + "/rp_filter");
      }
    }
    Path deviceDir = Files.createDirectories(dir.resolve("device"));
    device = new DeviceSide(deviceNs, deviceDir, Ipv4Address.parse(DEVICE_IP), DZ_PREFIX);
    device.startValidator();
    client = new ClientSide(clientNs);
    controller = new ControllerStandIn(n.client, List.of(Ipv4Address.parse(CLIENT_IP)), device);

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
        DZ_PREFIX,
        "-w");
    n.ok("device", "update", "--pubkey", "ny5-dz01", "--max-users", "128");
    n.ok("access-pass", "set", "--client-ip", CLIENT_IP, "--user-payer", "me");

    String rpcUrl = "http://" + LEDGER_FOR_CLIENT + ":" + LEDGER_PORT;
    Path daemonDir = Files.createDirectories(dir.resolve("daemon"));
    socket = DaemonProcess.socket(daemonDir);
    daemon =
        new DaemonProcess(
            clientNs, daemonDir, LocalCliNetwork.PROGRAM.toBase58(), rpcUrl, CLIENT_IP);
    daemon.start();
    awaitDaemon();
  }

  @AfterAll
  static void stop() throws Exception {
    if (daemon != null && Boolean.getBoolean("e2e.logs")) {
      System.out.println(daemon.log());
    }
    List<AutoCloseable> all = new ArrayList<>();
    all.add(daemon);
    all.add(controller);
    all.add(device);
    all.add(clientNs);
    all.add(deviceNs);
    all.add(n);
    all.add(ledger);
    all.add(ledgerNs);
    for (AutoCloseable c : all) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception e) {
        System.err.println("teardown: " + e);
      }
    }
  }

  /// Starts namespace `ledger` with `doublezero-localnet up` in it (20 ms slots, bound to every
  /// address of the namespace), joined to this JVM's namespace and to the client's, and connects
  /// the CLI to it.
  static LocalCliNetwork startLedger() throws Exception {
    ledgerNs = Netns.create("dzel");
    String rootSide = "dzl" + Long.toHexString(System.nanoTime() & 0xFFFFFF);
    ledgerNs.exec(
        "ip", "link", "add", "lr0", "type", "veth", "peer", "name", rootSide, "netns", "1");
    ledgerNs.exec("ip", "addr", "add", LEDGER_FOR_TEST + "/30", "dev", "lr0");
    ledgerNs.exec("ip", "link", "set", "lr0", "up");
    Netns.run("ip", "addr", "add", "198.18.7.1/30", "dev", rootSide);
    Netns.run("ip", "link", "set", rootSide, "up");
    clientNs.veth("vl0", "198.18.7.5/30", ledgerNs, "vl1", LEDGER_FOR_CLIENT + "/30");
    Path ledgerDir = dir.resolve("ledger");
    ledger =
        NamespacedJvm.start(
            ledgerNs,
            dir.resolve("ledger.log"),
            List.of("-Xmx512m"),
            "doublezero.localnet.launch.LocalnetMain",
            List.of(
                "up",
                "--ledger",
                ledgerDir.toString(),
                "--rpc-port",
                String.valueOf(LEDGER_PORT),
                "--slot-ms",
                "20",
                "--keypair",
                dir.resolve("up-user.json").toString(),
                "--bind",
                "0.0.0.0"));
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              if (!ledger.alive()) {
                throw new IllegalStateException("doublezero-localnet up exited: " + ledger.log());
              }
              return ledger.log().contains("DoubleZero localnet is up.");
            });
    String url = LEDGER_FOR_TEST + ":" + LEDGER_PORT;
    return LocalCliNetwork.connect(
        dir,
        new ExternalLedgerConfig(
            "http://" + url,
            "ws://" + LEDGER_FOR_TEST + ":" + (LEDGER_PORT + 1),
            ledgerDir.resolve("doublezero-admin.json")));
  }

  static void awaitDaemon() {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> n.run("status", "--sock-file", socket.toString()).code() == 0);
  }

  static CliRun.Result cli(String... args) {
    List<String> a = new ArrayList<>(List.of(args));
    a.add("--sock-file");
    a.add(socket.toString());
    return n.ok(a.toArray(String[]::new));
  }

  static String sessionStatus() throws Exception {
    JsonNode s = JSON.readTree(cli("status", "--json").out());
    return s.get(0).path("response").path("doublezero_status").path("session_status").asText();
  }

  /// @return the session status `/v2/status` reports, empty while there is no service
  static String daemonSession() throws Exception {
    CliRun.Result r = n.run("status", "--json", "--sock-file", socket.toString());
    if (r.code() != 0) {
      return "";
    }
    JsonNode s = JSON.readTree(r.out());
    return s.get(0).path("response").path("doublezero_status").path("session_status").asText();
  }

  static void awaitSession(String status, Duration within) {
    await()
        .atMost(within)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> sessionStatus().equals(status));
  }

  static void sameTable(String actual, String fixture, Map<String, Object> vars) {
    String expected = FixtureTable.render(ReferenceData.text("e2e/fixtures/" + fixture), vars);
    assertThat(new TreeSet<>(FixtureTable.headers(actual)))
        .isEqualTo(new TreeSet<>(FixtureTable.headers(expected)));
    assertThat(strip(FixtureTable.rows(actual))).isEqualTo(strip(FixtureTable.rows(expected)));
  }

  static List<Map<String, String>> strip(List<Map<String, String>> rows) {
    rows.forEach(r -> r.remove("Last Session Update"));
    return rows;
  }

  static List<String> expectedRoutes(String src) {
    return expectedRoutes("169.254.0.0", src);
  }

  static List<String> expectedRoutes(String gateway, String src) {
    return DeviceSide.prefixes().stream()
        .map(p -> p.replace("/32", "") + " " + gateway + " " + src + " bgp")
        .sorted()
        .toList();
  }

  /// Sends to the validator and tells whether the bytes crossed the tunnel (counted by the device's
  /// GRE endpoint; a BGP redial adds a handful of packets, 200 kB adds well over 100).
  static boolean viaTunnel() throws Exception {
    long before = device.tunnelReceived();
    client.tcpToValidator();
    return device.tunnelReceived() - before > 100;
  }

  @Test
  @Order(1)
  void ibrlWalk() throws Exception {
    sameTable(
        cli("status").out(),
        "ibrl/doublezero_status_disconnected.tmpl",
        Map.of("Reconciler", "false"));
    await().atMost(Duration.ofSeconds(20)).until(() -> cli("latency").out().contains("ny5-dz01"));

    // the clock stops when the daemon reports the session up, while the CLI may still be polling
    long t0 = System.nanoTime();
    CompletableFuture<CliRun.Result> running =
        CompletableFuture.supplyAsync(() -> cli("connect", "ibrl"));
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> running.isDone() || daemonSession().equals("BGP Session Up"));
    long up = System.nanoTime();
    CliRun.Result connect = running.get(60, TimeUnit.SECONDS);
    assertThat(connect.out())
        .contains("    Device selected: ny5-dz01 ", "    Tunnel Dst: " + DEVICE_IP)
        .endsWith("✅  User Provisioned\n");
    awaitSession("BGP Session Up", Duration.ofSeconds(20));
    System.out.printf(
        "e2e: connect ibrl to BGP Session Up: %d ms (user activated and device configured after %d"
            + " ms, then %d ms to BGP Session Up)%n",
        (up - t0) / 1_000_000,
        (controller.configuredAt() - t0) / 1_000_000,
        (up - controller.configuredAt()) / 1_000_000);

    JsonNode link = client.ipJson("link", "show", "dev", "doublezero0").get(0);
    assertThat(link.path("mtu").asInt()).isEqualTo(1476);
    assertThat(link.path("flags").toString()).contains("UP");
    assertThat(client.ipJson("addr", "show", "dev", "doublezero0").toString())
        .contains("169.254.0.1");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> client.bgpRoutes("main").equals(expectedRoutes(CLIENT_IP)));
    assertThat(viaTunnel()).as("validator traffic crosses the tunnel").isTrue();
    sameTable(
        cli("status").out(),
        "ibrl/doublezero_status_connected.tmpl",
        Map.of("ClientIP", CLIENT_IP, "DeviceIP", DEVICE_IP));
    sameTable(
        cli("user", "list").out(),
        "ibrl/doublezero_user_list_user_added.tmpl",
        Map.of("ClientIP", CLIENT_IP, "ClientPubkeyAddress", n.user().toBase58()));

    // the switch goes away: Cease, routes gone at once, traffic takes the default path
    device.stopBird();
    await()
        .atMost(Duration.ofSeconds(2))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> client.bgpRoutes("main").isEmpty());
    assertThat(viaTunnel()).as("validator traffic falls back to the internet path").isFalse();
    device.startBird();
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> client.bgpRoutes("main").equals(expectedRoutes(CLIENT_IP)));
    assertThat(viaTunnel()).isTrue();

    // someone deletes a route: back within 1 s
    clientNs.exec("ip", "route", "del", DeviceSide.VALIDATOR + "/32");
    long deleted = System.nanoTime();
    await()
        .atMost(Duration.ofSeconds(1))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> client.bgpRoutes("main").equals(expectedRoutes(CLIENT_IP)));
    System.out.printf(
        "e2e: deleted route back after %d ms%n", (System.nanoTime() - deleted) / 1_000_000);

    // SIGKILL the daemon and start it again: the same tunnel and routes, rebuilt from chain
    daemon.kill();
    daemon.start();
    awaitDaemon();
    awaitSession("BGP Session Up", Duration.ofSeconds(30));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> client.bgpRoutes("main").equals(expectedRoutes(CLIENT_IP)));
    sameTable(
        cli("status").out(),
        "ibrl/doublezero_status_connected.tmpl",
        Map.of("ClientIP", CLIENT_IP, "DeviceIP", DEVICE_IP));
    assertThat(viaTunnel()).isTrue();

    // disable tears down, enable brings back
    assertThat(cli("disable").out())
        .isEqualTo("Active tunnel(s) will be torn down\nReconciler disabled\n");
    assertThat(client.tunnelPresent()).isFalse();
    assertThat(client.bgpRoutes("main")).isEmpty();
    sameTable(
        cli("status").out(),
        "ibrl/doublezero_status_disconnected.tmpl",
        Map.of("Reconciler", "false"));
    assertThat(cli("enable").out()).isEqualTo("Reconciler enabled\n");
    awaitSession("BGP Session Up", Duration.ofSeconds(20));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> client.bgpRoutes("main").equals(expectedRoutes(CLIENT_IP)));

    // disconnect: user closed on chain, tunnel and routes gone
    assertThat(cli("disconnect", "--client-ip", CLIENT_IP).out())
        .endsWith("✅  Deprovisioning Complete\n");
    await().atMost(Duration.ofSeconds(10)).until(() -> !client.tunnelPresent());
    assertThat(client.bgpRoutes("main")).isEmpty();
    assertThat(users(UserType.IBRL)).isEmpty();
    String removed = ReferenceData.text("e2e/fixtures/ibrl/doublezero_user_list_user_removed.txt");
    String list = cli("user", "list").out();
    assertThat(new TreeSet<>(FixtureTable.headers(list)))
        .isEqualTo(new TreeSet<>(FixtureTable.headers(removed)));
    assertThat(FixtureTable.rows(list)).isEmpty();
    sameTable(
        cli("status").out(),
        "ibrl/doublezero_status_disconnected.tmpl",
        Map.of("Reconciler", "true"));
    assertThat(viaTunnel()).isFalse();
  }

  @Test
  @Order(2)
  void allocatedAddressWalk() throws Exception {
    CliRun.Result connect = cli("connect", "ibrl", "-a");
    assertThat(connect.out()).endsWith("✅  User Provisioned\n");
    awaitSession("BGP Session Up", Duration.ofSeconds(20));
    User user = users(UserType.IBRL_WITH_ALLOCATED_IP).getFirst();
    String dzIp = user.dzIp().toString();
    String gateway = user.tunnelNet().network().toString();
    assertThat(dzIp).startsWith("100.0.");
    assertThat(client.ipJson("addr", "show", "dev", "doublezero0").toString())
        .contains("\"" + dzIp + "\"");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> client.bgpRoutes("main").equals(expectedRoutes(gateway, dzIp)));
    await().atMost(Duration.ofSeconds(5)).until(() -> device.routes().contains(dzIp));
    assertThat(client.tcpToValidator()).isEqualTo(dzIp);
    assertThat(viaTunnel()).isTrue();
    sameTable(
        cli("status").out(),
        "ibrl_with_allocated_addr/doublezero_status_connected.tmpl",
        Map.of("ClientIP", CLIENT_IP, "DeviceIP", DEVICE_IP, "ExpectedAllocatedClientIP", dzIp));
    sameTable(
        cli("user", "list").out(),
        "ibrl_with_allocated_addr/doublezero_user_list_user_added.tmpl",
        allocatedUserVars(user));

    // reference NoUninstall: the session going down leaves the routes in place
    device.stopBird();
    awaitSession("BGP Session Down", Duration.ofSeconds(5));
    assertThat(client.bgpRoutes("main")).isEqualTo(expectedRoutes(gateway, dzIp));
    device.startBird();
    awaitSession("BGP Session Up", Duration.ofSeconds(15));
    clientNs.exec("ip", "route", "del", DeviceSide.VALIDATOR + "/32");
    await()
        .atMost(Duration.ofSeconds(1))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> client.bgpRoutes("main").equals(expectedRoutes(gateway, dzIp)));

    daemon.kill();
    daemon.start();
    awaitDaemon();
    awaitSession("BGP Session Up", Duration.ofSeconds(30));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> client.bgpRoutes("main").equals(expectedRoutes(gateway, dzIp)));

    assertThat(cli("disable").out()).endsWith("Reconciler disabled\n");
    assertThat(client.tunnelPresent()).isFalse();
    assertThat(client.bgpRoutes("main")).isEmpty();
    assertThat(cli("enable").out()).isEqualTo("Reconciler enabled\n");
    awaitSession("BGP Session Up", Duration.ofSeconds(20));

    assertThat(cli("disconnect", "ibrl", "--client-ip", CLIENT_IP).out())
        .endsWith("✅  Deprovisioning Complete\n");
    await().atMost(Duration.ofSeconds(10)).until(() -> !client.tunnelPresent());
    assertThat(client.bgpRoutes("main")).isEmpty();
    assertThat(users(UserType.IBRL_WITH_ALLOCATED_IP)).isEmpty();
    sameTable(
        cli("status").out(),
        "ibrl_with_allocated_addr/doublezero_status_disconnected.tmpl",
        Map.of("Reconciler", "true"));
    // the fixture's rows range over plain IBRL users (none here) with Go conditionals: the header
    // line is what remains
    String removed =
        ReferenceData.text(
            "e2e/fixtures/ibrl_with_allocated_addr/doublezero_user_list_user_removed.tmpl");
    String list = cli("user", "list").out();
    assertThat(FixtureTable.headers(list)).isEqualTo(FixtureTable.headers(removed));
    assertThat(FixtureTable.rows(list)).isEmpty();
  }

  /// @return the variables of the `ibrl_with_allocated_addr` user-list fixtures for our one user
  ///   (no plain IBRL users beside it)
  static Map<String, Object> allocatedUserVars(User user) {
    return Map.of(
        "IBRLUsers",
        List.of(),
        "ClientIP",
        CLIENT_IP,
        "ClientPubkeyAddress",
        n.user().toBase58(),
        "ExpectedAllocatedClientIP",
        user.dzIp().toString(),
        "AllocatedUserTunnelID",
        String.valueOf(user.tunnelId()),
        "AllocatedUserTunnelNet",
        user.tunnelNet().toString());
  }

  @Test
  @Order(3)
  void edgeFilteringRulesAndTables() throws Exception {
    Keypair payer = KeypairFile.read(n.cli.home().resolve(".config/doublezero/id.json"));
    Ipv4Address ip = Ipv4Address.parse(CLIENT_IP);
    PublicKey program = LocalCliNetwork.PROGRAM;
    PublicKey deviceKey =
        n.client.getAll(AccountType.DEVICE, Device.class).stream()
            .filter(d -> d.state().code().equals("ny5-dz01"))
            .findFirst()
            .orElseThrow()
            .address();
    n.client
        .sender()
        .send(
            List.of(
                new CreateUser(
                        UserType.EDGE_FILTERING,
                        UserCyoa.GRE_OVER_DIA,
                        ip,
                        Ipv4Address.UNSPECIFIED,
                        0)
                    .toInstruction(
                        program,
                        new CreateUser.Accounts(
                            ServiceabilityPdas.userV2(program, ip, UserType.EDGE_FILTERING)
                                .address(),
                            deviceKey,
                            ServiceabilityPdas.accessPass(program, ip, payer.publicKey()).address(),
                            ServiceabilityPdas.globalState(program).address(),
                            Optional.empty(),
                            Optional.empty(),
                            payer.publicKey()))),
            payer,
            List.of());
    awaitSession("BGP Session Up", Duration.ofSeconds(30));
    User user = users(UserType.EDGE_FILTERING).getFirst();
    String dzIp = user.dzIp().toString();
    String gateway = user.tunnelNet().network().toString();
    String rules = client.ipJson("rule", "show").toString();
    assertThat(rules)
        .contains(
            "{\"priority\":100,\"src\":\"all\",\"dst\":\"100.0.0.0\",\"dstlen\":16,\"table\":\"100\"",
            "{\"priority\":101,\"src\":\"100.0.0.0\",\"srclen\":16,\"table\":\"101\"");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> client.bgpRoutes("100").equals(expectedRoutes(gateway, dzIp)));
    assertThat(client.bgpRoutes("main")).isEmpty();
    JsonNode def = client.ipJson("route", "show", "table", "101").get(0);
    assertThat(def.path("dst").asText()).isEqualTo("default");
    assertThat(def.path("gateway").asText()).isEqualTo(gateway);
    assertThat(def.path("prefsrc").asText()).isEqualTo(dzIp);

    assertThat(cli("disable").out()).endsWith("Reconciler disabled\n");
    assertThat(client.ipJson("rule", "show").toString()).doesNotContain("\"table\":\"100\"");
    assertThat(client.tunnelPresent()).isFalse();
    assertThat(cli("enable").out()).isEqualTo("Reconciler enabled\n");
    awaitSession("BGP Session Up", Duration.ofSeconds(20));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> client.bgpRoutes("100").equals(expectedRoutes(gateway, dzIp)));
    assertThat(cli("disconnect", "--client-ip", CLIENT_IP).out())
        .endsWith("✅  Deprovisioning Complete\n");
    await().atMost(Duration.ofSeconds(10)).until(() -> !client.tunnelPresent());
    assertThat(client.ipJson("rule", "show").toString()).doesNotContain("\"table\":\"101\"");
    assertThat(client.bgpRoutes("100")).isEmpty();
  }

  static List<User> users(UserType type) {
    return n.client.getAll(AccountType.USER, User.class).stream()
        .map(DecodedAccount::state)
        .filter(u -> u.userType() == type)
        .toList();
  }
}
