package doublezero.controller.service;

import doublezero.controller.device.IsisNet;
import doublezero.controller.state.Ny5Topology;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.InterfaceV2;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.solana.client.DecodedAccount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// The §D topology built with CLI commands (§E.3): contributor co01, ny5-dz01 (xewr, mgmt VRF
/// `mgmt`, CYOA 9.128.0.10) with Ethernet2/4/5/6, Vlan4001 and Loopback255 (vpnv4) / Loopback256
/// (ipv4), seven peers with their loopbacks and link interfaces, and the five WAN links: la2
/// Ethernet2 40 ms; ld4 Ethernet4 30 ms with a 500 ms override; sg1 Ethernet5 20 ms soft-drained;
/// ams Ethernet6 8 ms hard-drained; frk Vlan4001 30 ms.
final class Ny5CliTopology {
  /// The peers, created in this order (the fixtures' listing order). The order fixes each peer's
  /// account address (a PDA of the global account index) and so the ledger's `getProgramAccounts`
  /// order; [E2eCliBuiltConfigTest] reads that order back instead of depending on it.
  static final List<String> PEERS =
      List.of("ty2-dz01", "ld4-dz01", "la2-dz01", "sg1-dz01", "ams-dz001", "frk-dz01", "pit-dzd01");

  private Ny5CliTopology() {}

  /// Creates the devices, interfaces and links (the activator activates them).
  ///
  /// @param cli the CLI
  /// @param peers the peers' creation order
  static void build(CliRunner cli, List<String> peers) {
    cli.ok("contributor", "create", "--code", "co01", "--owner", "me");
    device(cli, "ny5-dz01", "ewr", "xewr", "9.128.0.10", "9.128.0.136/29");
    for (int i = 0; i < peers.size(); i++) {
      int third = 4 + 2 * i;
      device(
          cli, peers.get(i), "lax", "xlax", "9.128." + third + ".10", "9.128." + third + ".136/29");
    }
    for (String iface : List.of("Ethernet2", "Ethernet4", "Ethernet5", "Ethernet6", "Vlan4001")) {
      cli.ok(
          "device",
          "interface",
          "create",
          "ny5-dz01",
          iface,
          "--bandwidth",
          "10G",
          "--mtu",
          "2048",
          "-w");
    }
    loopbacks(cli, "ny5-dz01");
    for (String peer : peers) {
      loopbacks(cli, peer);
    }
    link(cli, "la2-dz01", "Ethernet2", "ny5-dz01", "Ethernet2", "40");
    link(cli, "ny5-dz01", "Ethernet4", "ld4-dz01", "Ethernet4", "30");
    link(cli, "ny5-dz01", "Ethernet5", "sg1-dz01", "Ethernet5", "20");
    link(cli, "ny5-dz01", "Ethernet6", "ams-dz001", "Ethernet6", "8");
    link(cli, "frk-dz01", "Vlan4001", "ny5-dz01", "Vlan4001", "30");
    cli.ok("link", "update", "--pubkey", "ny5-dz01:ld4-dz01", "--delay-override-ms", "500");
    cli.ok("link", "update", "--pubkey", "ny5-dz01:sg1-dz01", "--status", "soft-drained");
    cli.ok("link", "update", "--pubkey", "ny5-dz01:ams-dz001", "--status", "hard-drained");
  }

  private static void device(
      CliRunner cli, String code, String location, String exchange, String ip, String prefix) {
    cli.ok(
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
        "--mgmt-vrf",
        "mgmt");
    cli.ok("device", "update", "--pubkey", code, "--max-users", "128");
  }

  private static void loopbacks(CliRunner cli, String device) {
    cli.ok(
        "device",
        "interface",
        "create",
        device,
        "Loopback255",
        "--loopback-type",
        "vpnv4",
        "--bandwidth",
        "10G",
        "-w");
    cli.ok(
        "device",
        "interface",
        "create",
        device,
        "Loopback256",
        "--loopback-type",
        "ipv4",
        "--bandwidth",
        "10G",
        "-w");
  }

  private static void link(
      CliRunner cli, String a, String aIface, String z, String zIface, String delayMs) {
    if (!a.equals("ny5-dz01")) {
      cli.ok(
          "device", "interface", "create", a, aIface, "--bandwidth", "10G", "--mtu", "2048", "-w");
    } else {
      cli.ok(
          "device", "interface", "create", z, zIface, "--bandwidth", "10G", "--mtu", "2048", "-w");
    }
    cli.ok(
        "link",
        "create",
        "wan",
        "--code",
        a + ":" + z,
        "--contributor",
        "co01",
        "--side-a",
        a,
        "--side-a-interface",
        aIface,
        "--side-z",
        z,
        "--side-z-interface",
        zIface,
        "--bandwidth",
        "10 Gbps",
        "--mtu",
        "2048",
        "--delay-ms",
        delayMs,
        "--jitter-ms",
        "3",
        "-w");
  }

  /// The fixture data of `BuildAgentConfigData`, read back from the ledger.
  ///
  /// @param devices the ledger's devices
  /// @param dut the device under test's code
  /// @param clientIp the IBRL client's address
  /// @return the data the `doublezero_agent_config_*.tmpl` fixtures are rendered with
  static Map<String, Object> fixtureData(
      List<DecodedAccount<Device>> devices, String dut, String clientIp) {
    Map<String, Object> d = Ny5Topology.fixtureData();
    Map<String, String> vpnv4 = new LinkedHashMap<>();
    Map<String, String> ipv4 = new LinkedHashMap<>();
    for (DecodedAccount<Device> a : devices) {
      Device dev = a.state();
      boolean self = dev.code().equals(dut);
      if (self) {
        d.put("DeviceIP", dev.publicIp().toString());
      }
      for (var i : dev.interfaces()) {
        InterfaceV2 f = i.toCurrentVersion();
        String net = f.ipNet().toString();
        String ip = net.substring(0, net.indexOf('/'));
        if (self && f.loopbackType() == LoopbackType.VPNV4) {
          d.put("Loopback255IP", net);
          d.put("Loopback255IPOnly", ip);
          d.put("NodeSegmentIndex", f.nodeSegmentIdx());
          d.put("ISISNet", IsisNet.of(Ipv4Address.parse(ip)));
        } else if (self) {
          d.put(f.name() + "IP", net);
        } else if (f.loopbackType() == LoopbackType.VPNV4) {
          vpnv4.put(dev.code(), ip);
        } else if (f.loopbackType() == LoopbackType.IPV4) {
          ipv4.put(dev.code(), ip);
        }
      }
    }
    d.put("PeerVpnv4", vpnv4);
    d.put("PeerIpv4", ipv4);
    d.put("ClientIP", clientIp);
    return d;
  }
}
