package doublezero.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.doublezerod.Daemon;
import doublezero.doublezerod.peering.RecordingBgpSessions;
import doublezero.doublezerod.peering.SessionStatus;
import doublezero.doublezerod.routes.RecordingRouteTable;
import doublezero.doublezerod.tunnel.RecordingTunnelBackend;
import doublezero.doublezerod.tunnel.TunnelSpec;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Two tunnels on two devices (issue 15, scope 4): devices `ny5-dz01` (1–3 ms away) and `la2-dz01`
/// (7–9 ms), each with only its public IP as tunnel endpoint. Whichever tunnel comes second, the
/// CLI excludes the first one's endpoint (§C.3), so the nearer device, which has no endpoint left,
/// gives way to the other one: two tunnels with distinct destinations, one unicast and one
/// multicast service, both sessions up. Real doublezerod in-process on localnet with the activator
/// (recording tunnel, BGP, group-route and PIM ports, as in [DaemonFlowTest]).
class TwoDeviceFlowTest {
  static final String CLIENT_IP = "64.86.249.80";
  static final String NEAR_IP = "207.45.216.134";
  static final String FAR_IP = "195.219.120.72";
  @TempDir static Path dir;
  static LocalCliNetwork n;
  static Daemon daemon;
  static RecordingTunnelBackend tunnels = new RecordingTunnelBackend();
  static RecordingBgpSessions bgp = new RecordingBgpSessions(SessionStatus.UP, Clock.systemUTC());
  static Path socket;

  @BeforeAll
  static void start() {
    DaemonFlow.statusEvery = Duration.ofMillis(500);
    n = LocalCliNetwork.start(dir, true);
    n.ok("contributor", "create", "--code", "co01");
    device("ny5-dz01", "ewr", "xewr", NEAR_IP, "100.0.0.0/16");
    device("la2-dz01", "lax", "xlax", FAR_IP, "100.1.0.0/16");
    n.ok("access-pass", "set", "--client-ip", CLIENT_IP, "--user-payer", "me");
    n.ok(
        "multicast",
        "group",
        "create",
        "--code",
        "mg01",
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
        "mg01",
        "--client-ip",
        CLIENT_IP,
        "--user-payer",
        "me");
    socket = InProcessDaemon.socket(dir);
    daemon =
        InProcessDaemon.start(
            n,
            dir,
            CLIENT_IP,
            new InProcessDaemon.Ports(
                tunnels,
                bgp,
                new RecordingRouteTable(Ipv4Address.parse(CLIENT_IP)),
                (target, count, timeout) ->
                    target.toString().equals(NEAR_IP)
                        ? List.of(1_000_000L, 2_000_000L, 3_000_000L)
                        : List.of(7_000_000L, 8_000_000L, 9_000_000L),
                InProcessDaemon.noGroupRoutes(),
                InProcessDaemon.noPim()));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> daemon.prober().orElseThrow().results().size() == 2);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                n.client.getAll(AccountType.MULTICAST_GROUP, MulticastGroup.class).stream()
                    .anyMatch(g -> g.state().status() == MulticastGroupStatus.ACTIVATED));
  }

  static void device(String code, String location, String exchange, String ip, String prefix) {
    n.ok(
        "device",
        "create",
        "--code",
        code,
        "--contributor",
        "co01",
        "--location",
        location,
        "--exchange",
        exchange,
        "--public-ip",
        ip,
        "--dz-prefixes",
        prefix,
        "-w");
    n.ok("device", "update", "--pubkey", code, "--max-users", "128");
  }

  @AfterEach
  void disconnectAll() {
    if (daemon != null) {
      cli("disconnect", "--client-ip", CLIENT_IP);
      assertThat(tunnels.active()).isEmpty();
    }
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

  @Test
  void aMulticastTunnelBesideAnIbrlTunnelGoesToTheOtherDevice() {
    assertThat(daemon.prober().orElseThrow().results())
        .extracting(r -> r.target().ip())
        .containsExactlyInAnyOrder(Ipv4Address.parse(NEAR_IP), Ipv4Address.parse(FAR_IP));
    assertThat(cli("connect", "ibrl").out())
        .contains("    Device selected: ny5-dz01 ", "    Tunnel Dst: " + NEAR_IP)
        .endsWith("✅  User Provisioned\n");
    TunnelSpec unicast = tunnels.active().getFirst();

    CliRun.Result multicast = cli("connect", "multicast", "subscriber", "mg01");

    assertThat(multicast.out())
        .contains(
            "    Creating separate Multicast user for concurrent tunnels (IBRL user: ",
            "    The Device has been selected: la2-dz01 ",
            "    Tunnel Dst: " + FAR_IP)
        .endsWith("✅  User Provisioned\n");
    assertThat(onChain(UserType.MULTICAST).devicePk()).isEqualTo(deviceKey("la2-dz01"));
    assertTwoTunnels(Map.of("doublezero0", NEAR_IP, "doublezero1", FAR_IP));
    assertThat(bgp.calls())
        .anyMatch(c -> c.startsWith("addPeer ") && c.endsWith("install=MAIN"))
        .anyMatch(c -> c.startsWith("addPeer ") && c.endsWith("install=NONE"));
    assertThat(cli("status").out()).contains("doublezero0", "doublezero1", "Multicast", "IBRL");

    assertThat(cli("disconnect", "multicast", "--client-ip", CLIENT_IP).out())
        .endsWith("✅  Deprovisioning Complete\n");
    assertThat(tunnels.active()).as("the unicast tunnel stays as it was").containsExactly(unicast);
  }

  @Test
  void anIbrlTunnelBesideAMulticastTunnelGoesToTheOtherDevice() {
    assertThat(cli("connect", "multicast", "subscriber", "mg01").out())
        .contains("    The Device has been selected: ny5-dz01 ", "    Tunnel Dst: " + NEAR_IP)
        .endsWith("✅  User Provisioned\n");

    // the Multicast user's endpoint is excluded too (the reference's `has_unicast_tunnel` is
    // `tunnel_id != 0`): without it both tunnels would share (client IP, ny5-dz01)
    assertThat(cli("connect", "ibrl").out())
        .contains("    Device selected: la2-dz01 ", "    Tunnel Dst: " + FAR_IP)
        .endsWith("✅  User Provisioned\n");

    assertThat(onChain(UserType.IBRL).devicePk()).isEqualTo(deviceKey("la2-dz01"));
    assertTwoTunnels(Map.of("doublezero0", FAR_IP, "doublezero1", NEAR_IP));
  }

  static void assertTwoTunnels(Map<String, String> dstByName) {
    Map<String, String> dst = new TreeMap<>();
    for (TunnelSpec t : tunnels.active()) {
      assertThat(t.src()).isEqualTo(Ipv4Address.parse(CLIENT_IP));
      dst.put(t.name(), t.dst().toString());
    }
    assertThat(dst).isEqualTo(new TreeMap<>(dstByName));
    for (TunnelSpec t : tunnels.active()) {
      assertThat(bgp.state(t.remoteOverlay()).status()).isEqualTo(SessionStatus.UP);
    }
  }

  static User onChain(UserType type) {
    return n.client.getAll(AccountType.USER, User.class).stream()
        .map(DecodedAccount::state)
        .filter(u -> u.userType() == type)
        .findFirst()
        .orElseThrow();
  }

  static PublicKey deviceKey(String code) {
    return n.client.getAll(AccountType.DEVICE, Device.class).stream()
        .filter(d -> d.state().code().equals(code))
        .findFirst()
        .orElseThrow()
        .address();
  }
}
