package doublezero.doublezerod.bgp;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;

/// A prefix learned from a peer.
///
/// @param prefix the IPv4 prefix (host bits clear)
/// @param nextHop the NEXT_HOP the peer sent
public record LearnedRoute(NetworkV4 prefix, Ipv4Address nextHop) {}
