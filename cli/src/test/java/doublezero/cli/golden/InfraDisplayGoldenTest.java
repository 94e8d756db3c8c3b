package doublezero.cli.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import doublezero.cli.deviceinterface.InterfaceListCommand;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.link.LinkDisplays;
import doublezero.cli.output.Display;
import doublezero.cli.output.JsonOutput;
import doublezero.cli.output.PsqlTable;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.ContributorStatus;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceHealth;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.InterfaceType;
import doublezero.sdk.serviceability.state.InterfaceV2;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkHealth;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.RoutingMode;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// The exact strings of the reference unit tests `smartcontract/cli/src/device/interface/list.rs`
/// (`test_cli_device_interface_list`) and `link/list.rs` (`test_cli_link_list`), from the same
/// accounts.
class InfraDisplayGoldenTest {
  static final PublicKey PROGRAM =
      PublicKey.fromBase58("7CTniUa88iJKUHTrCkB4TjAoG6TD7AMivhQeuqN2LPtX");

  static String table(List<String> headers, List<Display> rows) {
    return PsqlTable.render(headers, rows.stream().map(Display::row).toList()) + "\n";
  }

  static String compact(List<Display> rows) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    rows.forEach(r -> a.add(r.json()));
    return JsonOutput.compact(a) + "\n";
  }

  static InterfaceV2 iface(
      String name,
      InterfaceType t,
      LoopbackType lt,
      long bw,
      long cir,
      int mtu,
      int vlan,
      String ip,
      int seg,
      boolean ute) {
    return new InterfaceV2(
        InterfaceStatus.ACTIVATED,
        name,
        t,
        InterfaceCyoa.NONE,
        InterfaceDia.NONE,
        lt,
        bw,
        cir,
        mtu,
        RoutingMode.STATIC,
        vlan,
        NetworkV4.parse(ip),
        seg,
        ute);
  }

  @Test
  void deviceInterfaceListMatchesTheReferenceUnitTest() {
    List<Display> rows =
        List.of(
            InterfaceListCommand.row(
                "device1_code",
                iface(
                    "eth0",
                    InterfaceType.PHYSICAL,
                    LoopbackType.NONE,
                    1000,
                    500,
                    1500,
                    0,
                    "10.0.0.1/24",
                    12,
                    true)),
            InterfaceListCommand.row(
                "device1_code",
                iface(
                    "lo0",
                    InterfaceType.LOOPBACK,
                    LoopbackType.VPNV4,
                    100,
                    50,
                    1400,
                    16,
                    "10.0.1.1/24",
                    13,
                    false)));
    assertThat(table(InterfaceListCommand.HEADERS, rows))
        .isEqualTo(
            " device       | name | interface_type | loopback_type | interface_cyoa | interface_dia"
                + " | bandwidth | cir    | mtu  | routing_mode | vlan_id | ip_net      |"
                + " node_segment_idx | user_tunnel_endpoint | status    \n"
                + " device1_code | eth0 | physical       | none          | none           | none   "
                + "       | 1Kbps     | 500bps | 1500 | static       | 0       | 10.0.0.1/24 | 12  "
                + "             | true                 | activated \n"
                + " device1_code | lo0  | loopback       | vpnv4         | none           | none   "
                + "       | 100bps    | 50bps  | 1400 | static       | 16      | 10.0.1.1/24 | 13  "
                + "             | false                | activated \n");
    assertThat(compact(rows))
        .isEqualTo(
            "[{\"device\":\"device1_code\",\"name\":\"eth0\",\"interface_type\":\"Physical\",\"loopback_type\":\"None\",\"interface_cyoa\":\"None\",\"interface_dia\":\"None\",\"bandwidth\":1000,\"cir\":500,\"mtu\":1500,\"routing_mode\":\"Static\",\"vlan_id\":0,\"ip_net\":\"10.0.0.1/24\",\"node_segment_idx\":12,\"user_tunnel_endpoint\":true,\"status\":\"activated\"},{\"device\":\"device1_code\",\"name\":\"lo0\",\"interface_type\":\"Loopback\",\"loopback_type\":\"Vpnv4\",\"interface_cyoa\":\"None\",\"interface_dia\":\"None\",\"bandwidth\":100,\"cir\":50,\"mtu\":1400,\"routing_mode\":\"Static\",\"vlan_id\":16,\"ip_net\":\"10.0.1.1/24\",\"node_segment_idx\":13,\"user_tunnel_endpoint\":false,\"status\":\"activated\"}]\n");
  }

  @Test
  void linkListMatchesTheReferenceUnitTest() {
    PublicKey contributor = PublicKey.fromBase58("HQ3UUt18uJqKaQFJhgV9zaTdQxUZjNrsKFgoEDquBkcx");
    PublicKey device = PublicKey.fromBase58("11111115q4EpJaTXAZWpCg3J2zppWGSZ46KXozzo9");
    PublicKey link = PublicKey.fromBase58("1111111FVAiSujNZVgYSc27t6zUTWoKfAGxbRzzPR");
    Map<PublicKey, ServiceabilityAccount> accounts = new LinkedHashMap<>();
    accounts.put(
        contributor,
        new Contributor(
            contributor,
            U128.ofUnsigned(1),
            255,
            ContributorStatus.ACTIVATED,
            "contributor1_code",
            0,
            PublicKey.DEFAULT));
    accounts.put(
        device,
        new Device(
            device,
            U128.ofUnsigned(2),
            2,
            PublicKey.DEFAULT,
            PublicKey.DEFAULT,
            DeviceType.HYBRID,
            Ipv4Address.parse("1.2.3.4"),
            DeviceStatus.ACTIVATED,
            "device2_code",
            List.of(NetworkV4.parse("1.2.3.4/32")),
            PublicKey.DEFAULT,
            contributor,
            "default",
            List.of(),
            0,
            0,
            255,
            DeviceHealth.READY_FOR_USERS,
            DeviceDesiredStatus.ACTIVATED,
            0,
            0,
            0,
            0,
            0,
            0,
            0));
    Link l =
        new Link(
            device,
            U128.ofUnsigned(3),
            2,
            device,
            device,
            LinkLinkType.WAN,
            10_000_000_000L,
            4500,
            20_000,
            1121,
            1234,
            NetworkV4.parse("1.2.3.4/32"),
            LinkStatus.ACTIVATED,
            "tunnel_code",
            contributor,
            "eth0",
            "eth1",
            0,
            LinkHealth.READY_FOR_SERVICE,
            LinkDesiredStatus.ACTIVATED);
    accounts.put(link, l);
    LedgerView view = new LedgerView(PROGRAM, accounts);
    List<Display> rows = LinkDisplays.list(view, List.of(new Keyed<>(link, l)));
    assertThat(table(LinkDisplays.HEADERS, rows))
        .isEqualTo(
            " account                                   | code        | contributor       |"
                + " side_a_name  | side_a_iface_name | side_z_name  | side_z_iface_name | link_type"
                + " | bandwidth | mtu  | delay_ms | jitter_ms | delay_override_ms | tunnel_id |"
                + " tunnel_net | status    | health            | owner                             "
                + "        \n"
                + " 1111111FVAiSujNZVgYSc27t6zUTWoKfAGxbRzzPR | tunnel_code | contributor1_code |"
                + " device2_code | eth0              | device2_code | eth1              | WAN      "
                + " | 10Gbps    | 4500 | 0.02ms   | 0.00ms    | 0.00ms            | 1234      |"
                + " 1.2.3.4/32 | activated | ready-for-service |"
                + " 11111115q4EpJaTXAZWpCg3J2zppWGSZ46KXozzo9 \n");
    assertThat(compact(rows))
        .isEqualTo(
            "[{\"account\":\"1111111FVAiSujNZVgYSc27t6zUTWoKfAGxbRzzPR\",\"code\":\"tunnel_code\",\"contributor_code\":\"contributor1_code\",\"side_a_pk\":\"11111115q4EpJaTXAZWpCg3J2zppWGSZ46KXozzo9\",\"side_a_name\":\"device2_code\",\"side_a_iface_name\":\"eth0\",\"side_z_pk\":\"11111115q4EpJaTXAZWpCg3J2zppWGSZ46KXozzo9\",\"side_z_name\":\"device2_code\",\"side_z_iface_name\":\"eth1\",\"link_type\":\"WAN\",\"bandwidth\":10000000000,\"mtu\":4500,\"delay_ns\":20000,\"jitter_ns\":1121,\"delay_override_ns\":0,\"tunnel_id\":1234,\"tunnel_net\":\"1.2.3.4/32\",\"desired_status\":\"Activated\",\"status\":\"Activated\",\"health\":\"ReadyForService\",\"owner\":\"11111115q4EpJaTXAZWpCg3J2zppWGSZ46KXozzo9\"}]\n");
  }
}
