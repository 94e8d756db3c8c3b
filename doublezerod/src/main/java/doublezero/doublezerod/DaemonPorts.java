package doublezero.doublezerod;

import doublezero.doublezerod.chain.ChainSource;
import doublezero.doublezerod.latency.Pinger;
import doublezero.doublezerod.multicast.MulticastPorts;
import doublezero.doublezerod.peering.BgpSessions;
import doublezero.doublezerod.routes.RouteTable;
import doublezero.doublezerod.tunnel.TunnelBackend;
import java.util.Optional;

/// The daemon's connections to the outside world, chosen by the composition root (production) or a
/// test.
///
/// @param chain chain state (uncached; the daemon puts its cache in front)
/// @param tunnels the tunnel backend
/// @param bgp the BGP speaker
/// @param routes the kernel route view
/// @param pinger the ICMP pinger
/// @param multicast what the multicast service drives; empty: Multicast users are not served
public record DaemonPorts(
    ChainSource chain,
    TunnelBackend tunnels,
    BgpSessions bgp,
    RouteTable routes,
    Pinger pinger,
    Optional<MulticastPorts> multicast) {
  /// Ports without a multicast service.
  ///
  /// @param chain chain state
  /// @param tunnels the tunnel backend
  /// @param bgp the BGP speaker
  /// @param routes the kernel route view
  /// @param pinger the ICMP pinger
  public DaemonPorts(
      ChainSource chain, TunnelBackend tunnels, BgpSessions bgp, RouteTable routes, Pinger pinger) {
    this(chain, tunnels, bgp, routes, pinger, Optional.empty());
  }
}
