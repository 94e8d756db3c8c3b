package doublezero.doublezerod;

import doublezero.doublezerod.chain.ChainSource;
import doublezero.doublezerod.latency.Pinger;
import doublezero.doublezerod.peering.BgpSessions;
import doublezero.doublezerod.routes.RouteTable;
import doublezero.doublezerod.tunnel.TunnelBackend;

/// The daemon's connections to the outside world, chosen by the composition root (production) or a
/// test.
///
/// @param chain chain state (uncached; the daemon puts its cache in front)
/// @param tunnels the tunnel backend
/// @param bgp the BGP speaker
/// @param routes the kernel route view
/// @param pinger the ICMP pinger
public record DaemonPorts(
    ChainSource chain, TunnelBackend tunnels, BgpSessions bgp, RouteTable routes, Pinger pinger) {}
