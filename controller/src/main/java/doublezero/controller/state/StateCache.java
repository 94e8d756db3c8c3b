package doublezero.controller.state;

import doublezero.controller.device.BgpPeer;
import doublezero.controller.device.DeviceState;
import doublezero.sdk.net.NetworkV4;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/// The controller's view of the chain after one refresh (reference `server.go` `stateCache`, §B.4,
/// §B.5). Immutable; swapped atomically as a whole.
///
/// @param multicastGroupBlock GlobalConfig `multicastgroup_block` (`0.0.0.0/0` without a
///   GlobalConfig)
/// @param userTunnelBlock GlobalConfig `user_tunnel_block`
/// @param deviceTunnelBlock GlobalConfig `device_tunnel_block`
/// @param devices every device by base58 pubkey, pathological ones included
/// @param vpnv4Peers healthy devices' VPNv4 loopbacks, RPC order
/// @param ipv4Peers healthy devices' IPv4 loopbacks, RPC order
/// @param unicastVrfs sorted VRF ids: 1 and every tenant's
/// @param accounts number of accounts the refresh read
public record StateCache(
    NetworkV4 multicastGroupBlock,
    NetworkV4 userTunnelBlock,
    NetworkV4 deviceTunnelBlock,
    Map<String, DeviceState> devices,
    List<BgpPeer> vpnv4Peers,
    List<BgpPeer> ipv4Peers,
    List<Integer> unicastVrfs,
    int accounts) {

  /// Copies the collections.
  public StateCache {
    Objects.requireNonNull(multicastGroupBlock, "multicastGroupBlock");
    Objects.requireNonNull(userTunnelBlock, "userTunnelBlock");
    Objects.requireNonNull(deviceTunnelBlock, "deviceTunnelBlock");
    devices = Map.copyOf(devices);
    vpnv4Peers = List.copyOf(vpnv4Peers);
    ipv4Peers = List.copyOf(ipv4Peers);
    unicastVrfs = List.copyOf(unicastVrfs);
  }
}
