package doublezero.activator.allocation;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.solana.key.PublicKey;

/// One thing the activator hands out, named by the pool it comes from
/// (`activator-controller-agent.md` §A.5 table). Every account on chain holds a set of these, and
/// so does every transaction in flight (its reservation); the pools are the union of both
/// ([Holdings]).
public sealed interface Resource {
  /// A link tunnel id (pool `link_ids`, from 0).
  record LinkId(int id) implements Resource {}

  /// A block of the device tunnel block: a link's /31 or a loopback's /32 (pool `link_ips`).
  record DeviceTunnelNet(NetworkV4 net) implements Resource {}

  /// A loopback's segment-routing id (pool `segment_routing_ids`, from 1).
  record SegmentRoutingId(int id) implements Resource {}

  /// A user's /31 from the user tunnel block (pool `user_tunnel_ips`).
  record UserTunnelNet(NetworkV4 net) implements Resource {}

  /// A user tunnel id on one device (500–627).
  record TunnelId(PublicKey device, int id) implements Resource {}

  /// A dz_ip from one device's dz_prefixes.
  record DzIp(PublicKey device, Ipv4Address ip) implements Resource {}

  /// A multicast publisher's dz_ip (pool `publisher_dz_ips`).
  record PublisherIp(Ipv4Address ip) implements Resource {}

  /// A multicast group address (pool `multicastgroup_tunnel_ips`).
  record GroupIp(Ipv4Address ip) implements Resource {}

  /// A tunnel endpoint of a device in use by one client IP.
  record Endpoint(PublicKey device, Ipv4Address clientIp, Ipv4Address endpoint)
      implements Resource {}
}
