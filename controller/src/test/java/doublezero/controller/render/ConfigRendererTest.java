package doublezero.controller.render;

import static doublezero.controller.render.RenderFixtures.device;
import static doublezero.controller.render.RenderFixtures.expected;
import static doublezero.controller.render.RenderFixtures.iface;
import static doublezero.controller.render.RenderFixtures.input;
import static doublezero.controller.render.RenderFixtures.ip;
import static doublezero.controller.render.RenderFixtures.ips;
import static doublezero.controller.render.RenderFixtures.loopback;
import static doublezero.controller.render.RenderFixtures.multicast;
import static doublezero.controller.render.RenderFixtures.physical;
import static doublezero.controller.render.RenderFixtures.unicast;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.controller.device.BgpPeer;
import doublezero.controller.device.DeviceInterface;
import doublezero.controller.device.DeviceState;
import doublezero.controller.device.InterfaceKind;
import doublezero.controller.device.LoopbackRole;
import doublezero.controller.device.TunnelSlot;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.LinkStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/// Every case of the reference's `render_test.go::TestRenderConfig` (§B.10): same inputs, output
/// compared byte for byte with the golden fixture.
public class ConfigRendererTest {
  private static final ConfigRenderer RENDERER = new ConfigRenderer();

  public static List<TunnelSlot> threeUnicast() {
    return List.of(unicast(0, 1, true), unicast(1, 1, true), unicast(2, 1, true));
  }

  public static List<TunnelSlot> threeMulticast() {
    return List.of(
        multicast(0, ips("239.0.0.1", "239.0.0.2"), List.of(), ips("239.0.0.1", "239.0.0.2")),
        multicast(1, List.of(), ips("239.0.0.3", "239.0.0.4"), ips("239.0.0.3", "239.0.0.4")),
        multicast(
            2,
            ips("239.0.0.5", "239.0.0.6"),
            ips("239.0.0.5", "239.0.0.6"),
            ips("239.0.0.5", "239.0.0.6")));
  }

  public static List<TunnelSlot> mixed() {
    return List.of(
        multicast(0, ips("239.0.0.1", "239.0.0.2"), List.of(), ips("239.0.0.1", "239.0.0.2")),
        unicast(1, 1, true),
        multicast(
            2,
            ips("239.0.0.3", "239.0.0.4"),
            ips("239.0.0.5", "239.0.0.6"),
            ips("239.0.0.3", "239.0.0.4", "239.0.0.5", "239.0.0.6")),
        multicast(3, List.of(), ips("239.0.0.5", "239.0.0.6"), ips("239.0.0.5", "239.0.0.6")));
  }

  private static String render(DeviceState d, long asn, List<Integer> vrfs, boolean noHw) {
    return RENDERER.render(input(d, asn, vrfs, noHw, List.of(), List.of(), List.of()));
  }

  @Test
  void unicastTunnels() {
    assertThat(render(device(List.of(), threeUnicast()), 65342, List.of(1), false))
        .isEqualTo(expected("unicast.tunnel.tmpl"));
  }

  @Test
  void unknownPeerRemoval() {
    String got =
        RENDERER.render(
            input(
                device(List.of(), threeUnicast()),
                21682,
                List.of(1),
                false,
                List.of(),
                List.of(),
                List.of(ip("169.254.0.7"))));
    assertThat(got).isEqualTo(expected("unknown.peer.removal.tmpl"));
  }

  @Test
  void multicastTunnels() {
    assertThat(render(device(List.of(), threeMulticast()), 65342, List.of(1), false))
        .isEqualTo(expected("multicast.tunnel.tmpl"));
  }

  @Test
  void mixedTunnels() {
    assertThat(render(device(List.of(), mixed()), 65342, List.of(1), false))
        .isEqualTo(expected("mixed.tunnel.tmpl"));
  }

  @Test
  void noHardware() {
    assertThat(render(device(List.of(), mixed()), 65342, List.of(1), true))
        .isEqualTo(expected("nohardware.tunnel.tmpl"));
  }

  @Test
  void interfaces() {
    List<DeviceInterface> ifaces =
        List.of(
            loopback("Loopback255", LoopbackRole.VPNV4, "172.31.1.255/32", 101),
            loopback("Loopback256", LoopbackRole.IPV4, "172.29.1.255/32", 0),
            physical("Switch1/1/1", "172.16.0.0/31", 40000, true, LinkStatus.ACTIVATED),
            iface(
                "Switch1/1/2",
                InterfaceKind.PHYSICAL,
                LoopbackRole.OTHER,
                null,
                2048,
                0,
                0,
                false,
                true,
                0,
                false,
                LinkStatus.PENDING,
                false,
                false),
            iface(
                "Switch1/1/2.100",
                InterfaceKind.PHYSICAL,
                LoopbackRole.OTHER,
                "172.16.0.2/31",
                2048,
                100,
                0,
                true,
                false,
                0,
                true,
                LinkStatus.PENDING,
                false,
                false),
            iface(
                "Switch1/1/2.200",
                InterfaceKind.PHYSICAL,
                LoopbackRole.OTHER,
                "172.16.0.6/31",
                2048,
                200,
                0,
                true,
                false,
                40000,
                false,
                LinkStatus.PENDING,
                false,
                false),
            iface(
                "Switch1/1/2.300",
                InterfaceKind.PHYSICAL,
                LoopbackRole.OTHER,
                "172.16.0.8/31",
                2048,
                300,
                0,
                true,
                false,
                40000,
                true,
                LinkStatus.ACTIVATED,
                false,
                false),
            physical("Vlan4001", "172.16.0.4/31", 10000, true, LinkStatus.ACTIVATED),
            physical("Switch1/1/3", "172.16.0.10/31", 1000000, true, LinkStatus.SOFT_DRAINED),
            physical("Switch1/1/4", "172.16.0.12/31", 30000, true, LinkStatus.HARD_DRAINED),
            iface(
                "Switch1/1/5",
                InterfaceKind.PHYSICAL,
                LoopbackRole.OTHER,
                "172.16.0.14/31",
                2048,
                0,
                0,
                false,
                false,
                20000,
                true,
                LinkStatus.ACTIVATED,
                true,
                false),
            iface(
                "Switch1/1/6",
                InterfaceKind.PHYSICAL,
                LoopbackRole.OTHER,
                "172.16.0.16/31",
                2048,
                0,
                0,
                false,
                false,
                25000,
                true,
                LinkStatus.ACTIVATED,
                false,
                true));
    DeviceState d =
        device(ifaces, List.of(), DeviceStatus.PENDING, "", ip("13.13.13.13"), "Loopback255", "");
    assertThat(render(d, 65342, List.of(1), false)).isEqualTo(expected("interfaces.txt"));
  }

  static List<DeviceInterface> baseInterfaces(boolean secondIsLink) {
    return List.of(
        loopback("Loopback255", LoopbackRole.VPNV4, "14.14.14.14/32", 15),
        physical("Ethernet1/1", "172.16.0.2/31", 40000, true, LinkStatus.PENDING),
        physical(
            "Ethernet1/2", "172.16.0.4/31", secondIsLink ? 40000 : 0, false, LinkStatus.PENDING));
  }

  static String renderBase(DeviceStatus status) {
    DeviceState d =
        device(
            baseInterfaces(false),
            List.of(),
            status,
            "",
            ip("13.13.13.13"),
            "Loopback255",
            "Loopback256");
    return RENDERER.render(
        input(
            d,
            65342,
            List.of(1),
            false,
            List.of(new BgpPeer(ip("15.15.15.15"), "remote-dzd")),
            List.of(new BgpPeer(ip("12.12.12.12"), "remote-dzd")),
            List.of()));
  }

  @Test
  void baseConfig() {
    assertThat(renderBase(DeviceStatus.PENDING)).isEqualTo(expected("base.config.txt"));
  }

  @Test
  void drainedDevice() {
    assertThat(renderBase(DeviceStatus.DRAINED)).isEqualTo(expected("base.config.drained.txt"));
  }

  @Test
  void multiVrf() {
    DeviceState d = device(List.of(), List.of(unicast(0, 1, true), unicast(1, 2, true)));
    assertThat(render(d, 65342, List.of(1, 2), false)).isEqualTo(expected("multi.vrf.tunnel.tmpl"));
  }

  @Test
  void metroRoutingDisabled() {
    DeviceState d = device(List.of(), List.of(unicast(0, 1, false), unicast(1, 1, false)));
    assertThat(render(d, 65342, List.of(1), false))
        .isEqualTo(expected("metro.routing.disabled.tunnel.tmpl"));
  }

  @Test
  void multiVrfMixedMetroRouting() {
    DeviceState d = device(List.of(), List.of(unicast(0, 1, true), unicast(1, 2, false)));
    assertThat(render(d, 65342, List.of(1, 2), false))
        .isEqualTo(expected("multi.vrf.mixed.metro.routing.tunnel.tmpl"));
  }
}
