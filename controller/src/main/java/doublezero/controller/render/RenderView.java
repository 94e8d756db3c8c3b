package doublezero.controller.render;

import doublezero.controller.device.BgpPeer;
import doublezero.controller.device.DeviceState;
import doublezero.controller.device.TunnelSlot;
import doublezero.sdk.net.Ipv4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// The model the template reads: a [RenderInput] with every decision of §B.7 precomputed, so the
/// template only prints lines and loops.
///
/// @param hardware print the hardware-only commands (not `--no-hardware`)
/// @param mgmtVrf management VRF, empty for none (name servers then use `default`)
/// @param multicastGroupBlock `a.b.c.d/n`
/// @param twampPort TWAMP UDP port
/// @param vrfs VRF ids with their unicast users
/// @param interfaces interface blocks, device order
/// @param vpnv4LoopbackName the VPNv4 loopback's name, empty when none
/// @param ipv4LoopbackName the IPv4 loopback's name
/// @param routerId VPNv4 loopback address text (`<nil>` when none, as the reference prints)
/// @param publicIp the device public address (VRF router id)
/// @param isisNet ISIS NET
/// @param tunnels every slot (for the `default interface` / `no …` lines)
/// @param allocated the allocated slots
/// @param multicastUsers allocated multicast slots (global BGP neighbours)
/// @param ipv4Peers iBGP IPv4 peers other than the device itself
/// @param vpnv4Peers iBGP VPNv4 peers other than the device itself
/// @param msdp render `router msdp` (the IPv4 peer list was not empty)
/// @param unknownPeers neighbours to remove, dotted text
/// @param drained device is Drained
/// @param localAsn `local-as` for user neighbours
/// @param exchangeUpper the exchange code upper-cased, for community-list names
/// @param bgpCommunity the exchange's community
public record RenderView(
    boolean hardware,
    String mgmtVrf,
    String multicastGroupBlock,
    int twampPort,
    List<VrfView> vrfs,
    List<InterfaceView> interfaces,
    String vpnv4LoopbackName,
    String ipv4LoopbackName,
    String routerId,
    String publicIp,
    String isisNet,
    List<TunnelSlot> tunnels,
    List<TunnelSlot> allocated,
    List<TunnelSlot> multicastUsers,
    List<BgpPeer> ipv4Peers,
    List<BgpPeer> vpnv4Peers,
    boolean msdp,
    List<String> unknownPeers,
    boolean drained,
    long localAsn,
    String exchangeUpper,
    int bgpCommunity) {

  private static final String NIL = "<nil>";

  /// @param in what to render
  /// @return the view
  public static RenderView of(RenderInput in) {
    DeviceState d = in.device();
    List<TunnelSlot> allocated = d.tunnels().stream().filter(TunnelSlot::allocated).toList();
    List<VrfView> vrfs = new ArrayList<>();
    for (int id : in.unicastVrfs()) {
      vrfs.add(
          new VrfView(
              id, allocated.stream().filter(t -> !t.multicast() && t.vrfId() == id).toList()));
    }
    return new RenderView(
        !in.noHardware(),
        d.mgmtVrf(),
        in.multicastGroupBlock(),
        in.twampListenPort(),
        vrfs,
        d.interfaces().stream().map(InterfaceView::of).toList(),
        d.vpnv4LoopbackName(),
        d.ipv4LoopbackName(),
        text(d.vpnv4Loopback()),
        text(d.publicIp()),
        d.isisNet(),
        d.tunnels(),
        allocated,
        allocated.stream().filter(TunnelSlot::multicast).toList(),
        others(in.ipv4Peers(), d.ipv4Loopback()),
        others(in.vpnv4Peers(), d.vpnv4Loopback()),
        !in.ipv4Peers().isEmpty(),
        in.unknownPeers().stream().map(Ipv4Address::toString).toList(),
        d.drained(),
        in.localAsn(),
        d.exchangeCode().toUpperCase(Locale.ROOT),
        d.bgpCommunity());
  }

  /// The reference compares peers to the device's own loopback by their text, so a device without
  /// that loopback (`<nil>`) keeps every peer.
  private static List<BgpPeer> others(List<BgpPeer> peers, Ipv4Address own) {
    String ownText = text(own);
    return peers.stream().filter(p -> !p.ip().toString().equals(ownText)).toList();
  }

  private static String text(Ipv4Address ip) {
    return ip == null ? NIL : ip.toString();
  }
}
