package doublezero.cli.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.InterfaceType;
import doublezero.sdk.serviceability.state.InterfaceV2;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `device interface create|update|list|get|delete` end to end on LocalCliNetwork.
@NeedsLedgerInternals(
    "fixed account codes: creates contributor co01, which the bootstrap (like the reference e2e)"
        + " already created; the CLI refuses a duplicate code")
class InterfaceCommandsTest {
  @TempDir static Path dir;
  static LocalCliNetwork n;
  static Activator activator;
  static PublicKey dev;

  @BeforeAll
  static void start() {
    n = LocalCliNetwork.start(dir);
    activator = new Activator(n);
    ok("contributor", "create", "--code", "co01");
    ok(
        "device",
        "create",
        "--code",
        "dev01",
        "--contributor",
        "co01",
        "--location",
        "lax",
        "--exchange",
        "xlax",
        "--public-ip",
        "207.45.216.50",
        "--dz-prefixes",
        "100.7.0.0/16");
    dev = activator.deviceKey("dev01");
    activator.activateDevice(dev);
  }

  @AfterAll
  static void stop() {
    n.close();
  }

  static CliRun.Result ok(String... args) {
    return n.ok(args);
  }

  static InterfaceV2 iface(String name) {
    return activator.device(dev).interfaces().stream()
        .map(i -> i.toCurrentVersion())
        .filter(i -> i.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void createListGetUpdateDelete() throws Exception {
    ok(
        "device",
        "interface",
        "create",
        "dev01",
        "lo0",
        "--loopback-type",
        "vpnv4",
        "--bandwidth",
        "1Gbps");
    InterfaceV2 lo = iface("Loopback0");
    assertThat(lo.interfaceType()).isEqualTo(InterfaceType.LOOPBACK);
    assertThat(lo.loopbackType()).isEqualTo(LoopbackType.VPNV4);
    assertThat(lo.mtu()).isEqualTo(2048);
    assertThat(lo.status()).isEqualTo(InterfaceStatus.PENDING);
    ok(
        "device",
        "interface",
        "create",
        dev.toBase58(),
        "Ethernet2",
        "--interface-cyoa",
        "gre-over-dia",
        "--ip-net",
        "100.7.1.1/30",
        "--bandwidth",
        "100Mbps",
        "--cir",
        "50 Mbps",
        "--vlan-id",
        "12",
        "--user-tunnel-endpoint",
        "true");
    InterfaceV2 cyoa = iface("Ethernet2");
    assertThat(cyoa.interfaceCyoa()).isEqualTo(InterfaceCyoa.GRE_OVER_DIA);
    assertThat(cyoa.mtu()).isEqualTo(1500);
    assertThat(cyoa.ipNet()).isEqualTo(NetworkV4.parse("100.7.1.1/30"));
    assertThat(cyoa.cir()).isEqualTo(50_000_000L);
    assertThat(cyoa.userTunnelEndpoint()).isTrue();

    List<String> list = ok("device", "interface", "list", "dev01").out().lines().toList();
    assertThat(list)
        .containsExactly(
            " device | name      | interface_type | loopback_type | interface_cyoa | interface_dia"
                + " | bandwidth | cir    | mtu  | routing_mode | vlan_id | ip_net       |"
                + " node_segment_idx | user_tunnel_endpoint | status  ",
            " dev01  | Loopback0 | loopback       | vpnv4         | none           | none         "
                + " | 1Gbps     | 0bps   | 2048 | static       | 0       | 0.0.0.0/0    | 0        "
                + "        | false                | pending ",
            " dev01  | Ethernet2 | physical       | none          | GREOverDIA     | none         "
                + " | 100Mbps   | 50Mbps | 1500 | static       | 12      | 100.7.1.1/30 | 0        "
                + "        | true                 | pending ");
    JsonNode json =
        new ObjectMapper().readTree(ok("device", "interface", "list", "--json-compact").out());
    assertThat(json.get(1).get("interface_cyoa").asText()).isEqualTo("GREOverDIA");
    assertThat(json.get(1).get("bandwidth").asLong()).isEqualTo(100_000_000L);
    assertThat(json.get(0).get("status").asText()).isEqualTo("pending");

    activator.activateInterface(dev, "Loopback0", NetworkV4.parse("172.16.0.10/32"), 7);
    CliRun.Result upd =
        ok("device", "interface", "update", "dev01", "Loopback0", "--bandwidth", "2Gbps", "-w");
    assertThat(upd.out()).matches("Signature: \\w+\nStatus: activated\n");
    assertThat(iface("Loopback0").bandwidth()).isEqualTo(2_000_000_000L);
    List<String> get =
        ok("device", "interface", "get", "dev01", "loopback0").out().lines().toList();
    assertThat(get)
        .contains(
            " name                 | Loopback0",
            " status               | activated",
            " bandwidth            | 2000000000",
            " ip_net               | 172.16.0.10/32",
            " node_segment_idx     | 7",
            " device_pk            | " + dev);
    assertThat(get).hasSize(13);

    ok("device", "interface", "delete", "dev01", "Loopback0");
    assertThat(iface("Loopback0").status()).isEqualTo(InterfaceStatus.DELETING);
  }

  @Test
  void rejectedInputsSendNothing() {
    ok("device", "interface", "create", "dev01", "Ethernet9", "--bandwidth", "10Gbps");
    activator.unlinkInterface(dev, "Ethernet9");
    long before = n.rpc.getBalance(n.user());
    expect(
        1,
        "Error: Interface with name 'Ethernet9' already exists\n",
        "device",
        "interface",
        "create",
        "dev01",
        "et9",
        "--bandwidth",
        "10Gbps");
    expect(
        1,
        "Error: WAN/DZX interfaces must have MTU of 2048\n",
        "device",
        "interface",
        "create",
        "dev01",
        "Ethernet10",
        "--bandwidth",
        "10Gbps",
        "--mtu",
        "9000");
    expect(
        1,
        "Error: CYOA/DIA interfaces must have MTU of 1500\n",
        "device",
        "interface",
        "create",
        "dev01",
        "Ethernet10",
        "--bandwidth",
        "10Gbps",
        "--interface-dia",
        "dia",
        "--mtu",
        "2048");
    expect(
        1,
        "Error: Device with pubkey/code 'dev99' not found\n",
        "device",
        "interface",
        "create",
        "dev99",
        "Ethernet10",
        "--bandwidth",
        "10Gbps");
    assertThat(
            n.run("device", "interface", "create", "dev01", "eth0", "--bandwidth", "1Gbps").err())
        .contains("Interface name not valid");
    CliRun.Result badType =
        n.run(
            "device",
            "interface",
            "create",
            "dev01",
            "lo1",
            "--loopback-type",
            "vpn",
            "--bandwidth",
            "1Gbps");
    assertThat(badType.code()).isEqualTo(2);
    assertThat(badType.err())
        .contains(
            "invalid value 'vpn' for '--loopback-type' [possible values: vpnv4, ipv4, "
                + "pim-rp-addr]");
    expect(
        1,
        "Error: Loopback type cannot be set on Physical interface type\n",
        "device",
        "interface",
        "update",
        "dev01",
        "Ethernet9",
        "--loopback-type",
        "ipv4");
    expect(
        1,
        "Error: Invalid status: Invalid interface status: up\n",
        "device",
        "interface",
        "update",
        "dev01",
        "Ethernet9",
        "--status",
        "up");
    expect(
        1,
        "Error: Interface with name 'Ethernet7' not found\n",
        "device",
        "interface",
        "delete",
        "dev01",
        "Ethernet7");
    expect(
        1,
        "Error: Interface 'Ethernet7' not found\n",
        "device",
        "interface",
        "get",
        "dev01",
        "Ethernet7");
    expect(1, "Error: Device not found\n", "device", "interface", "list", "dev99");
    assertThat(n.rpc.getBalance(n.user())).isEqualTo(before);
  }

  static void expect(int code, String err, String... args) {
    CliRun.Result r = n.run(args);
    assertThat(r.err()).isEqualTo(err);
    assertThat(r.code()).isEqualTo(code);
    assertThat(r.out()).isEmpty();
  }
}
