package doublezero.controller.render;

import doublezero.controller.device.BgpPeer;
import doublezero.controller.device.DeviceState;
import doublezero.sdk.net.Ipv4Address;
import java.util.List;
import java.util.Objects;

/// What one configuration is rendered from (reference `models.go` `templateData`, §B.6 item 6).
///
/// @param device the device, with the tunnel slots to render (after duplicate removal)
/// @param vpnv4Peers every healthy device's VPNv4 loopback, in RPC order (own one is skipped when
///   rendering)
/// @param ipv4Peers every healthy device's IPv4 loopback, in RPC order; empty means no `router
///   msdp`
/// @param unknownPeers BGP neighbours on the switch to remove (`no neighbor`), in request order
/// @param multicastGroupBlock the multicast group block as `a.b.c.d/n`
/// @param noHardware omit commands cEOS cannot run
/// @param twampListenPort the telemetry TWAMP UDP port (862)
/// @param localAsn the AS users see the device as (`local-as`)
/// @param unicastVrfs VRF ids, ascending (always contains 1)
public record RenderInput(
    DeviceState device,
    List<BgpPeer> vpnv4Peers,
    List<BgpPeer> ipv4Peers,
    List<Ipv4Address> unknownPeers,
    String multicastGroupBlock,
    boolean noHardware,
    int twampListenPort,
    long localAsn,
    List<Integer> unicastVrfs) {

  /// The TWAMP port of the telemetry agent (reference `controlplane/telemetry/pkg/config`).
  public static final int TWAMP_LISTEN_PORT = 862;

  /// Copies the lists.
  public RenderInput {
    Objects.requireNonNull(device, "device");
    vpnv4Peers = List.copyOf(vpnv4Peers);
    ipv4Peers = List.copyOf(ipv4Peers);
    unknownPeers = List.copyOf(unknownPeers);
    Objects.requireNonNull(multicastGroupBlock, "multicastGroupBlock");
    unicastVrfs = List.copyOf(unicastVrfs);
  }
}
