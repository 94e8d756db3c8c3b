package doublezero.doublezerod.routes;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;

/// One IPv4 route of the kernel as the daemon reports it on `/routes`.
///
/// @param dst destination prefix
/// @param gateway next hop (0.0.0.0 when none)
/// @param src preferred source (0.0.0.0 when none)
/// @param table routing table (254 = main)
/// @param protocol route protocol (186 = bgp)
public record KernelRoute(
    NetworkV4 dst, Ipv4Address gateway, Ipv4Address src, int table, int protocol) {
  /// The route protocol number of BGP (`RTPROT_BGP`).
  public static final int PROTO_BGP = 186;

  /// The main routing table.
  public static final int MAIN = 254;
}
