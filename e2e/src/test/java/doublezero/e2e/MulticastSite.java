package doublezero.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.cli.golden.FixtureTable;
import doublezero.doublezerod.netns.Netns;
import doublezero.sdk.net.Ipv4Address;
import doublezero.testkit.ReferenceData;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/// The multicast scene in network namespaces: the ledger (localnet with the programs and the
/// activator) in this JVM; a device namespace (BIRD, one userspace GRE endpoint per user tunnel, a
/// second tunnel-endpoint address [#SECOND_ENDPOINT] on `lo`, a [GreCapture] of everything the
/// clients send into their tunnels); two servers, each its own namespace with our doublezerod
/// (userspace GRE) joined to the device by a veth pair; a [ControllerStandIn] for both client IPs.
/// On chain: device `ny5-dz01`, access passes for both IPs, groups `mg01` and `mg02` with the
/// publisher allowlisted to publish and the subscriber to subscribe (as the reference e2e sets
/// them). Everything is closed in reverse order of creation, also when a step fails.
final class MulticastSite implements AutoCloseable {
  static final String DEVICE_IP = "207.45.216.134";
  static final String SECOND_ENDPOINT = "207.45.216.140";
  static final String DZ_PREFIX = "100.0.0.0/16";
  static final List<String> GROUPS = List.of("mg01", "mg02");
  static final ObjectMapper JSON = new ObjectMapper();

  /// One server: a client namespace running our doublezerod.
  static final class Server {
    final String ip;
    final Netns ns;
    final ClientSide side;
    final DaemonProcess daemon;
    final Path socket;
    private final LocalCliNetwork n;

    Server(String ip, Netns ns, DaemonProcess daemon, Path socket, LocalCliNetwork n) {
      this.ip = ip;
      this.ns = ns;
      this.side = new ClientSide(ns);
      this.daemon = daemon;
      this.socket = socket;
      this.n = n;
    }

    /// Runs the CLI against this server's daemon and requires exit code 0.
    CliRun.Result cli(String... args) {
      List<String> a = new ArrayList<>(List.of(args));
      a.add("--sock-file");
      a.add(socket.toString());
      return n.ok(a.toArray(String[]::new));
    }

    /// @return the `status --json` entries (empty when the daemon does not answer)
    List<JsonNode> status() throws Exception {
      CliRun.Result r = n.run("status", "--json", "--sock-file", socket.toString());
      List<JsonNode> out = new ArrayList<>();
      if (r.code() == 0) {
        JSON.readTree(r.out()).forEach(e -> out.add(e.path("response")));
      }
      return out;
    }

    /// Waits until the daemon's latency results include `ip`.
    void awaitLatency(String ip) {
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(200))
          .ignoreExceptions()
          .until(() -> cli("latency").out().contains(ip));
    }

    /// Waits (30 s at most) until the service on `tunnel` reports `status`.
    void awaitSession(String tunnel, String status) {
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> session(tunnel).equals(status));
    }

    /// @return whether the interface `name` exists in this server's namespace
    boolean linkPresent(String name) {
      return side.ipJson("link", "show").toString().contains("\"ifname\":\"" + name + "\"");
    }

    /// @return the session status of the service on `tunnel`, empty when there is none
    String session(String tunnel) throws Exception {
      return status().stream()
          .filter(s -> s.path("tunnel_name").asText().equals(tunnel))
          .map(s -> s.path("doublezero_status").path("session_status").asText())
          .findFirst()
          .orElse("");
    }
  }

  final LocalCliNetwork n;
  final DeviceSide device;
  final GreCapture capture;
  final Server publisher;
  final Server subscriber;
  private final List<AutoCloseable> open;

  private MulticastSite(Path dir, List<AutoCloseable> open) throws Exception {
    this.open = open;
    n = add(LocalCliNetwork.start(dir, true));
    Netns deviceNs = add(Netns.create("dzmd"));
    deviceNs.exec("ip", "addr", "add", SECOND_ENDPOINT + "/32", "dev", "lo");
    Netns pubNs = add(Netns.create("dzmp"));
    Netns subNs = add(Netns.create("dzms"));
    wire(pubNs, "64.86.249.81", deviceNs, "vp0");
    wire(subNs, "64.86.249.82", deviceNs, "vs0");
    Files.createDirectories(dir.resolve("device"));
    device = add(new DeviceSide(deviceNs, dir.resolve("device"), ip(DEVICE_IP), DZ_PREFIX));
    device.startValidator();
    capture = add(GreCapture.open(deviceNs, List.of(103, 17)));
    add(new ControllerStandIn(n.client, List.of(ip("64.86.249.81"), ip("64.86.249.82")), device));
    chain();
    publisher = server(dir.resolve("pub"), pubNs, "64.86.249.81");
    subscriber = server(dir.resolve("sub"), subNs, "64.86.249.82");
  }

  /// Builds the scene.
  ///
  /// @param dir scratch space
  /// @return the running scene
  static MulticastSite start(Path dir) throws Exception {
    List<AutoCloseable> open = new ArrayList<>();
    try {
      return new MulticastSite(dir, open);
    } catch (Exception | AssertionError e) {
      closeAll(open);
      throw e;
    }
  }

  private <T extends AutoCloseable> T add(T c) {
    open.add(c);
    return c;
  }

  private static Ipv4Address ip(String s) {
    return Ipv4Address.parse(s);
  }

  private static void wire(Netns client, String clientIp, Netns device, String deviceSide) {
    client.veth("vc0", clientIp + "/32", device, deviceSide, DEVICE_IP + "/32");
    for (String dst : List.of(DEVICE_IP, SECOND_ENDPOINT)) {
      client.exec("ip", "route", "add", dst + "/32", "dev", "vc0");
    }
    client.exec("ip", "route", "add", "default", "via", DEVICE_IP, "dev", "vc0");
    device.exec("ip", "route", "add", clientIp + "/32", "dev", deviceSide);
    for (Netns ns : List.of(client, device)) {
      for (String conf : List.of("all", "default")) {
        ns.exec("sh", "-c", "echo 0 > /proc/sys/net/ipv4/conf/" + conf + "/rp_filter");
      }
    }
  }

  private void chain() {
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
    for (String ip : List.of("64.86.249.81", "64.86.249.82")) {
      n.ok("access-pass", "set", "--client-ip", ip, "--user-payer", "me");
    }
    for (String g : GROUPS) {
      n.ok(
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
      n.ok(
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
          "64.86.249.81");
      n.ok(
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
          "64.86.249.82");
    }
  }

  private Server server(Path dir, Netns ns, String ip) throws Exception {
    String rpcUrl = n.net.ledger().rpcUrl();
    add(PortForward.start(ns, URI.create(rpcUrl).getPort()));
    Files.createDirectories(dir);
    DaemonProcess daemon =
        add(new DaemonProcess(ns, dir, LocalCliNetwork.PROGRAM.toBase58(), rpcUrl, ip));
    daemon.start();
    return new Server(ip, ns, daemon, DaemonProcess.socket(dir), n);
  }

  /// Compares a CLI table with a reference fixture as `DiffCLITable` does: the same header names,
  /// the same rows as header→cell maps in any order, `account` and `Last Session Update` ignored.
  static void sameTable(String actual, String fixture, Map<String, Object> vars) {
    String expected = FixtureTable.render(ReferenceData.text("e2e/fixtures/" + fixture), vars);
    assertThat(new TreeSet<>(FixtureTable.headers(actual)))
        .isEqualTo(new TreeSet<>(FixtureTable.headers(expected)));
    assertThat(rows(actual)).isEqualTo(rows(expected));
  }

  private static List<Map<String, String>> rows(String table) {
    List<Map<String, String>> rows = FixtureTable.rows(table);
    rows.forEach(
        r -> {
          r.remove("Last Session Update");
          r.remove("account");
        });
    return rows.stream().sorted(Comparator.comparing(Map::toString)).toList();
  }

  @Override
  public void close() {
    if (Boolean.getBoolean("e2e.logs")) {
      for (Server s : List.of(publisher, subscriber)) {
        try {
          System.out.println(s.daemon.log());
        } catch (Exception e) {
          System.err.println("log: " + e);
        }
      }
    }
    closeAll(open);
  }

  private static void closeAll(List<AutoCloseable> open) {
    for (AutoCloseable c : open.reversed()) {
      try {
        c.close();
      } catch (Exception e) {
        System.err.println("teardown: " + e);
      }
    }
  }
}
