package doublezero.controller.render;

import doublezero.controller.device.BgpPeer;
import doublezero.controller.device.DeviceInterface;
import doublezero.controller.device.DeviceState;
import doublezero.controller.device.InterfaceKind;
import doublezero.controller.device.LoopbackRole;
import doublezero.controller.device.TunnelSlot;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.LinkStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// The inputs of the reference's render tests (`render_test.go::TestRenderConfig`, §B.10), rebuilt
/// in Java.
public final class RenderFixtures {
  public static final String DIR = "controlplane/controller/internal/controller/fixtures/";

  private RenderFixtures() {}

  public static Ipv4Address ip(String s) {
    return Ipv4Address.parse(s);
  }

  public static List<Ipv4Address> ips(String... s) {
    return java.util.Arrays.stream(s).map(Ipv4Address::parse).toList();
  }

  /// Tunnel k: id 500+k, underlay (2k+1)×4 → (2k+2)×4, overlay 169.254.0.{2k}/{2k+1}, dz 100.0.0.k.
  public static TunnelSlot unicast(int k, int vrf, boolean metro) {
    return slot(k, false, vrf, metro, List.of(), List.of(), List.of());
  }

  public static TunnelSlot multicast(
      int k, List<Ipv4Address> subs, List<Ipv4Address> pubs, List<Ipv4Address> boundary) {
    return slot(k, true, 0, false, subs, pubs, boundary);
  }

  private static TunnelSlot slot(
      int k,
      boolean mcast,
      int vrf,
      boolean metro,
      List<Ipv4Address> subs,
      List<Ipv4Address> pubs,
      List<Ipv4Address> boundary) {
    int a = 2 * k + 1;
    int b = 2 * k + 2;
    return new TunnelSlot(
        500 + k,
        ip(a + "." + a + "." + a + "." + a),
        ip(b + "." + b + "." + b + "." + b),
        ip("169.254.0." + 2 * k),
        ip("169.254.0." + (2 * k + 1)),
        ip("100.0.0." + k),
        null,
        true,
        mcast,
        vrf,
        metro,
        subs,
        pubs,
        boundary);
  }

  public static DeviceState device(List<DeviceInterface> ifaces, List<TunnelSlot> tunnels) {
    return device(ifaces, tunnels, DeviceStatus.PENDING, "", null, "Loopback255", "");
  }

  public static DeviceState device(
      List<DeviceInterface> ifaces,
      List<TunnelSlot> tunnels,
      DeviceStatus status,
      String mgmtVrf,
      Ipv4Address ipv4Loopback,
      String vpnv4Name,
      String ipv4Name) {
    return new DeviceState(
        "abc123",
        "",
        ip("7.7.7.7"),
        status,
        mgmtVrf,
        ip("14.14.14.14"),
        vpnv4Name,
        ipv4Loopback,
        ipv4Name,
        "49.0000.0e0e.0e0e.0000.00",
        ifaces,
        tunnels,
        List.of(),
        "tst",
        10050,
        "",
        "");
  }

  public static RenderInput input(
      DeviceState d,
      long asn,
      List<Integer> vrfs,
      boolean noHardware,
      List<BgpPeer> vpnv4,
      List<BgpPeer> ipv4,
      List<Ipv4Address> unknown) {
    return new RenderInput(d, vpnv4, ipv4, unknown, "239.0.0.0/24", noHardware, 862, asn, vrfs);
  }

  public static DeviceInterface iface(
      String name,
      InterfaceKind kind,
      LoopbackRole role,
      String net,
      int mtu,
      int vlan,
      int sr,
      boolean sub,
      boolean parent,
      long metric,
      boolean link,
      LinkStatus status,
      boolean cyoa,
      boolean dia) {
    return new DeviceInterface(
        name,
        vlan,
        net == null ? null : NetworkV4.parse(net),
        sr,
        mtu,
        sub,
        parent,
        kind,
        role,
        metric,
        link,
        status,
        cyoa,
        dia);
  }

  public static DeviceInterface loopback(String name, LoopbackRole role, String net, int sr) {
    return iface(
        name,
        InterfaceKind.LOOPBACK,
        role,
        net,
        0,
        0,
        sr,
        false,
        false,
        0,
        false,
        LinkStatus.PENDING,
        false,
        false);
  }

  public static DeviceInterface physical(
      String name, String net, long metric, boolean link, LinkStatus status) {
    return iface(
        name,
        InterfaceKind.PHYSICAL,
        LoopbackRole.OTHER,
        net,
        2048,
        0,
        0,
        false,
        false,
        metric,
        link,
        status,
        false,
        false);
  }

  /// Renders a fixture with StartTunnel 500 and EndTunnel 627 (plus extras).
  public static String expected(String name) {
    return GoFixture.render(DIR + name, Map.of("StartTunnel", 500, "EndTunnel", 627));
  }

  public static <T> List<T> list(T... items) {
    return new ArrayList<>(List.of(items));
  }
}
