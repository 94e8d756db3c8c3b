package doublezero.controller.state;

import static doublezero.controller.state.Accounts.at;
import static doublezero.controller.state.Accounts.config;
import static doublezero.controller.state.Accounts.device;
import static doublezero.controller.state.Accounts.exchange;
import static doublezero.controller.state.Accounts.group;
import static doublezero.controller.state.Accounts.ibrl;
import static doublezero.controller.state.Accounts.link;
import static doublezero.controller.state.Accounts.loopback;
import static doublezero.controller.state.Accounts.physical;
import static doublezero.controller.state.Accounts.pk;
import static doublezero.controller.state.Accounts.tenant;
import static doublezero.controller.state.Accounts.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.controller.device.BgpPeer;
import doublezero.controller.device.DeviceInterface;
import doublezero.controller.device.DeviceState;
import doublezero.controller.device.TunnelSlot;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The reference's `TestStateCache` rules (§B.5): user validity, link metrics, interface order and
/// parents, pathologies, explicit tunnel endpoints, tenants → VRFs.
class StateBuilderTest {
  static final String DEV = E2eScenarios.DEVICE;

  static List<Interface> loopbacks() {
    return List.of(
        loopback("Loopback255", LoopbackType.VPNV4, "14.14.14.14/32", 101),
        loopback("Loopback256", LoopbackType.IPV4, "12.12.12.12/32", 0));
  }

  static List<DecodedAccount<? extends ServiceabilityAccount>> base() {
    List<DecodedAccount<? extends ServiceabilityAccount>> a = new ArrayList<>();
    a.add(at(pk(200), config("172.16.0.0/16", "169.254.0.0/16", "239.0.0.0/24")));
    a.add(at(pk(52), exchange("tst", 10050)));
    a.add(at(pk(51), group("239.0.0.1")));
    return a;
  }

  static StateCache build(List<DecodedAccount<? extends ServiceabilityAccount>> a) {
    return StateBuilder.build(ProgramSnapshot.of(a), StateEvents.NONE);
  }

  static Ipv4Address ip(String s) {
    return Ipv4Address.parse(s);
  }

  @Test
  void invalidUsersAreNotPlaced() {
    var a = base();
    a.add(at(pk(1), device("abc01", "2.2.2.2", pk(52), DeviceStatus.ACTIVATED, loopbacks())));
    a.add(at(pk(101), ibrl(pk(1), "1.1.1.1", "147.100.100.100", 500, "10.1.1.0/31")));
    a.add(
        at(
            pk(102),
            user(
                UserType.MULTICAST,
                pk(1),
                "3.3.3.3",
                "147.100.100.101",
                501,
                "10.1.1.2/31",
                List.of(pk(51)),
                List.of(),
                PublicKey.DEFAULT,
                "0.0.0.0")));
    a.add(at(pk(103), ibrl(pk(1), "0.0.0.0", "147.100.100.102", 502, "10.1.1.3/31")));
    a.add(at(pk(104), ibrl(pk(1), "5.5.5.5", "0.0.0.0", 502, "10.1.1.4/31")));
    a.add(at(pk(105), ibrl(pk(1), "6.6.6.6", "10.0.0.1", 503, "10.1.1.6/31")));
    a.add(at(pk(106), ibrl(pk(1), "7.7.7.7", "127.0.0.1", 504, "10.1.1.8/31")));
    a.add(at(pk(107), ibrl(pk(1), "8.8.8.8", "198.18.0.1", 505, "10.1.1.10/30")));
    a.add(at(pk(108), ibrl(pk(1), "9.9.9.9", "198.18.0.2", 628, "10.1.1.12/31")));
    a.add(at(pk(109), ibrl(pk(9), "9.9.9.9", "198.18.0.3", 506, "10.1.1.14/31")));
    DeviceState d = build(a).devices().get(DEV);
    List<TunnelSlot> allocated = d.tunnels().stream().filter(TunnelSlot::allocated).toList();
    assertThat(allocated).extracting(TunnelSlot::id).containsExactly(500, 501);
    TunnelSlot u = allocated.get(0);
    assertThat(u.underlaySrc()).isEqualTo(ip("2.2.2.2"));
    assertThat(u.overlaySrc()).isEqualTo(ip("10.1.1.0"));
    assertThat(u.overlayDst()).isEqualTo(ip("10.1.1.1"));
    assertThat(u.vrfId()).isEqualTo(1);
    assertThat(u.metroRouting()).isTrue();
    TunnelSlot m = allocated.get(1);
    assertThat(m.multicast()).isTrue();
    assertThat(m.subscribers()).containsExactly(ip("239.0.0.1"));
    assertThat(m.boundary()).containsExactly(ip("239.0.0.1"));
    assertThat(d.tunnels()).hasSize(128);
    assertThat(d.tunnels().getLast().id()).isEqualTo(627);
  }

  @Test
  void linkMetricsOverridesDrainsAndOrder() {
    var a = base();
    List<Interface> ifaces = new ArrayList<>(loopbacks());
    ifaces.add(physical("Ethernet1/3", "172.16.0.4/31", 2048, 0));
    ifaces.add(physical("Ethernet1/1", "172.16.0.0/31", 2048, 0));
    ifaces.add(physical("Switch1/1/2.100", "172.16.0.2/31", 1500, 100));
    ifaces.add(physical("Ethernet1/4", "172.16.0.6/31", 2048, 0));
    ifaces.add(physical("Ethernet1/5", "172.16.0.8/31", 2048, 0));
    ifaces.add(physical("Ethernet1/6", "172.16.0.10/31", 2048, 0));
    a.add(at(pk(1), device("abc01", "2.2.2.2", pk(52), DeviceStatus.ACTIVATED, ifaces)));
    a.add(
        at(
            pk(31),
            link(
                pk(1),
                "Ethernet1/1",
                pk(2),
                "Ethernet1/1",
                400_000_000,
                0,
                LinkStatus.ACTIVATED,
                2048)));
    a.add(
        at(
            pk(32),
            link(pk(2), "x", pk(1), "Switch1/1/2.100", 1000, 0, LinkStatus.HARD_DRAINED, 9000)));
    a.add(
        at(pk(33), link(pk(1), "Ethernet1/3", pk(2), "y", 1000, 50_000, LinkStatus.ACTIVATED, 0)));
    a.add(
        at(
            pk(34),
            link(pk(1), "Ethernet1/4", pk(2), "z", 1000, 5_000, LinkStatus.SOFT_DRAINED, 0)));
    a.add(at(pk(35), link(pk(1), "Ethernet1/5", pk(2), "w", 0, 0, LinkStatus.ACTIVATED, 0)));
    a.add(at(pk(36), link(pk(1), "Ethernet1/6", pk(2), "v", 7000, 0, LinkStatus.PROVISIONING, 0)));
    DeviceState d = build(a).devices().get(DEV);
    assertThat(d.interfaces())
        .extracting(DeviceInterface::name)
        .containsExactly(
            "Ethernet1/1",
            "Ethernet1/3",
            "Ethernet1/4",
            "Ethernet1/5",
            "Ethernet1/6",
            "Loopback255",
            "Loopback256",
            "Switch1/1/2",
            "Switch1/1/2.100");
    assertThat(d.interfaces())
        .extracting(DeviceInterface::metric)
        .containsExactly(400000L, 50L, 1000000L, 0L, 0L, 0L, 0L, 0L, 1L);
    assertThat(d.interfaces())
        .extracting(DeviceInterface::link)
        .containsExactly(true, true, true, false, false, false, false, false, true);
    DeviceInterface sub = d.interfaces().getLast();
    assertThat(sub.mtu()).isEqualTo(9000);
    assertThat(sub.linkStatus()).isEqualTo(LinkStatus.HARD_DRAINED);
    DeviceInterface parent = d.interfaces().get(7);
    assertThat(parent.subInterfaceParent()).isTrue();
    assertThat(parent.mtu()).isEqualTo(1500);
    assertThat(parent.hasIp()).isFalse();
    assertThat(d.isisNet()).isEqualTo("49.0000.0e0e.0e0e.0000.00");
  }

  @Test
  void pathologiesInOrderAndNoPeers() {
    var a = base();
    a.add(at(pk(1), device("abc01", "2.2.2.2", pk(52), DeviceStatus.ACTIVATED, loopbacks())));
    a.add(
        at(
            pk(2),
            device(
                "abc02",
                "22.22.22.22",
                PublicKey.DEFAULT,
                DeviceStatus.ACTIVATED,
                List.of(loopback("Loopback255", LoopbackType.VPNV4, "114.114.114.114/32", 0)))));
    a.add(at(pk(53), exchange("bad", 20000)));
    a.add(
        at(
            pk(3),
            device(
                "abc03",
                "23.23.23.23",
                pk(53),
                DeviceStatus.ACTIVATED,
                List.of(loopback("Loopback255", LoopbackType.VPNV4, "0.0.0.0/32", 0)))));
    a.add(
        at(
            pk(4),
            device(
                "abc04",
                "24.24.24.24",
                pk(52),
                DeviceStatus.ACTIVATED,
                List.of(
                    loopback("Loopback255", LoopbackType.VPNV4, "0.0.0.0/0", 0),
                    loopback("Loopback256", LoopbackType.IPV4, "1.2.3.4/32", 0)))));
    a.add(at(pk(101), ibrl(pk(2), "1.1.1.1", "147.100.100.100", 500, "169.254.0.0/31")));
    StateCache c = build(a);
    assertThat(c.devices().get(pk(2).toBase58()).pathologies())
        .containsExactly(
            "no or invalid IPv4 loopback interface found for device",
            "device exchange bgp_community=0");
    assertThat(c.devices().get(pk(3).toBase58()).pathologies())
        .containsExactly(
            "exchange BGP community 20000 is out of valid range (10000-10999)",
            "no or invalid IPv4 loopback interface found for device",
            "VPNv4 loopback interface is unassigned (0.0.0.0)");
    assertThat(c.devices().get(pk(4).toBase58()).pathologies())
        .containsExactly(
            "no or invalid VPNv4 loopback interface found for device",
            "ISIS NET could not be generated");
    assertThat(c.vpnv4Peers()).containsExactly(new BgpPeer(ip("14.14.14.14"), "abc01"));
    assertThat(c.ipv4Peers()).containsExactly(new BgpPeer(ip("12.12.12.12"), "abc01"));
    assertThat(c.devices().get(pk(2).toBase58()).tunnels().getFirst().allocated()).isTrue();
  }

  @Test
  void explicitTunnelEndpointAndTenants() {
    var a = base();
    a.add(at(pk(1), device("abc01", "2.2.2.2", pk(52), DeviceStatus.ACTIVATED, loopbacks())));
    a.add(at(pk(10), tenant(7, false)));
    a.add(
        at(
            pk(101),
            user(
                UserType.IBRL,
                pk(1),
                "1.1.1.1",
                "147.100.100.100",
                500,
                "169.254.0.0/31",
                List.of(),
                List.of(),
                pk(10),
                "9.9.9.9")));
    a.add(
        at(
            pk(102),
            user(
                UserType.IBRL,
                pk(1),
                "1.1.1.2",
                "147.100.100.101",
                501,
                "169.254.0.2/31",
                List.of(),
                List.of(),
                pk(99),
                "0.0.0.0")));
    StateCache c = build(a);
    List<TunnelSlot> t = c.devices().get(DEV).tunnels();
    assertThat(t.get(0).underlaySrc()).isEqualTo(ip("9.9.9.9"));
    assertThat(t.get(0).vrfId()).isEqualTo(7);
    assertThat(t.get(0).metroRouting()).isFalse();
    assertThat(t.get(1).underlaySrc()).isEqualTo(ip("2.2.2.2"));
    assertThat(t.get(1).vrfId()).isEqualTo(1);
    assertThat(t.get(1).metroRouting()).isTrue();
    assertThat(c.unicastVrfs()).containsExactly(1, 7);
  }

  @Test
  void noDevicesIsAnError() {
    assertThatThrownBy(() -> build(base()))
        .isInstanceOf(EmptyStateException.class)
        .hasMessage("0 devices found on-chain");
  }
}
