package doublezero.activator.allocation;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.serviceability.state.InterfaceType;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// Every pool the activator allocates from (reference `activator/src/processor.rs::Processor::new`;
/// `activator-controller-agent.md` §A.5): link tunnel ids (from 0), segment-routing ids (from 1),
/// the device tunnel block (link /31s and loopback /32s), the user tunnel block (/31s), the
/// multicast publisher and group blocks, and one [DevicePools] per device.
///
/// Restart safety beyond the reference: [#rebuild] marks what **every** account holds, whatever its
/// status (the reference counted only Activated ones and so handed out resources still held by
/// drained links or updating users), and records each duplicate it finds on chain instead of
/// silently sharing it.
public final class NetworkPools {
  /// Link tunnel ids.
  public final IdAllocator linkIds = new IdAllocator(0, 65535);

  /// Loopback segment-routing ids.
  public final IdAllocator segmentRoutingIds = new IdAllocator(1, 65535);

  /// Link /31s and loopback /32s.
  public final IpBlockAllocator linkIps;

  /// User /31 tunnel nets.
  public final IpBlockAllocator userTunnelIps;

  /// dz_ips of multicast publishers.
  public final IpBlockAllocator publisherIps;

  /// Multicast group addresses.
  public final IpBlockAllocator multicastGroupIps;

  private final Map<PublicKey, DevicePools> devices = new HashMap<>();
  private final List<String> conflicts = new ArrayList<>();

  /// @param config the GlobalConfig whose blocks the pools carve
  /// @throws IllegalStateException naming the first block that is unset (0.0.0.0/0), as the
  ///   reference refuses
  public NetworkPools(GlobalConfig config) {
    this.linkIps =
        new IpBlockAllocator(required(config.deviceTunnelBlock(), "device_tunnel_block"));
    this.userTunnelIps =
        new IpBlockAllocator(required(config.userTunnelBlock(), "user_tunnel_block"));
    this.multicastGroupIps =
        new IpBlockAllocator(required(config.multicastgroupBlock(), "multicastgroup_block"));
    this.publisherIps =
        new IpBlockAllocator(
            required(config.multicastPublisherBlock(), "multicast_publisher_block"));
  }

  private static NetworkV4 required(NetworkV4 block, String name) {
    if (block.equals(NetworkV4.DEFAULT)) {
      throw new IllegalStateException("GlobalConfig." + name + " is not set (0.0.0.0/0)");
    }
    return block;
  }

  /// Builds the pools from every account on chain.
  ///
  /// @return the pools, with [#conflicts()] listing resources two accounts hold at once
  public static NetworkPools rebuild(
      GlobalConfig config,
      Map<PublicKey, Device> devices,
      Map<PublicKey, Link> links,
      Map<PublicKey, User> users,
      Map<PublicKey, MulticastGroup> groups) {
    NetworkPools p = new NetworkPools(config);
    devices.forEach(p::markDevice);
    links.forEach(p::markLink);
    users.forEach(p::markUser);
    groups.forEach(p::markGroup);
    return p;
  }

  /// @return the pools of a device, or null when unknown
  public DevicePools device(PublicKey device) {
    return devices.get(device);
  }

  /// @return the pools of a device, created from `device` when first seen (its interfaces marked)
  public DevicePools deviceOrAdd(PublicKey pk, Device device) {
    DevicePools d = devices.get(pk);
    if (d == null) {
      markDevice(pk, device);
      d = devices.get(pk);
    }
    return d;
  }

  /// Creates empty pools for a device first seen (nothing marked: [Holdings] marks what accounts
  /// hold).
  public void addDevice(PublicKey pk, Device device) {
    devices.put(pk, new DevicePools(device));
  }

  /// @return the devices with pools
  public Set<PublicKey> devices() {
    return Set.copyOf(devices.keySet());
  }

  /// Forgets a closed device.
  public void removeDevice(PublicKey pk) {
    devices.remove(pk);
  }

  /// @return descriptions of resources held twice on chain, found by [#rebuild]
  public List<String> conflicts() {
    return List.copyOf(conflicts);
  }

  void markDevice(PublicKey pk, Device device) {
    devices.put(pk, new DevicePools(device));
    for (Interface i : device.interfaces()) {
      if (i.nodeSegmentIdx() > 0 && !segmentRoutingIds.assign(i.nodeSegmentIdx())) {
        conflict("segment-routing id " + i.nodeSegmentIdx(), pk);
      }
      if (i.interfaceType() == InterfaceType.LOOPBACK
          && !i.ipNet().equals(NetworkV4.DEFAULT)
          && linkIps.contains(i.ipNet().ip())
          && !linkIps.assign(i.ipNet())) {
        conflict("loopback " + i.ipNet(), pk);
      }
    }
  }

  void markLink(PublicKey pk, Link link) {
    if (!link.tunnelNet().equals(NetworkV4.DEFAULT)) {
      if (linkIps.contains(link.tunnelNet().ip()) && !linkIps.assign(link.tunnelNet())) {
        conflict("link tunnel_net " + link.tunnelNet(), pk);
      }
      if (!linkIds.assign(link.tunnelId())) {
        conflict("link tunnel_id " + link.tunnelId(), pk);
      }
    }
  }

  void markUser(PublicKey pk, User user) {
    if (!user.tunnelNet().equals(NetworkV4.DEFAULT)
        && userTunnelIps.contains(user.tunnelNet().ip())
        && !userTunnelIps.assign(user.tunnelNet())) {
      conflict("user tunnel_net " + user.tunnelNet(), pk);
    }
    DevicePools d = devices.get(user.devicePk());
    if (d != null && (user.tunnelId() != 0 || !user.dzIp().equals(Ipv4Address.UNSPECIFIED))) {
      Ipv4Address ownDzIp =
          user.dzIp().equals(user.clientIp()) ? Ipv4Address.UNSPECIFIED : user.dzIp();
      if (!d.register(ownDzIp, user.tunnelId())) {
        conflict("user tunnel_id " + user.tunnelId() + " / dz_ip " + user.dzIp(), pk);
      }
      if (!user.tunnelEndpoint().equals(Ipv4Address.UNSPECIFIED)) {
        d.registerEndpoint(user.clientIp(), user.tunnelEndpoint());
      }
    }
    if (user.userType() == UserType.MULTICAST
        && !user.dzIp().equals(Ipv4Address.UNSPECIFIED)
        && !user.dzIp().equals(user.clientIp())
        && publisherIps.contains(user.dzIp())
        && !publisherIps.assign(new NetworkV4(user.dzIp(), 32))) {
      conflict("publisher dz_ip " + user.dzIp(), pk);
    }
  }

  void markGroup(PublicKey pk, MulticastGroup group) {
    if (!group.multicastIp().equals(Ipv4Address.UNSPECIFIED)
        && multicastGroupIps.contains(group.multicastIp())
        && !multicastGroupIps.assign(new NetworkV4(group.multicastIp(), 32))) {
      conflict("multicast ip " + group.multicastIp(), pk);
    }
  }

  private void conflict(String what, PublicKey holder) {
    conflicts.add(what + " held again by " + holder);
  }
}
