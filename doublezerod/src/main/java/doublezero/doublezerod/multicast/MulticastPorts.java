package doublezero.doublezerod.multicast;

import doublezero.doublezerod.peering.BgpSessions;
import doublezero.doublezerod.tunnel.TunnelBackend;
import java.time.Duration;
import java.util.concurrent.ThreadFactory;

/// What [MulticastService] drives: the tunnel backend, the BGP speaker, the kernel's group routes,
/// PIM and heartbeat sockets, and its timings.
///
/// @param tunnels builds `doublezero1`
/// @param bgp the BGP sessions (the multicast peer installs nothing)
/// @param routes the static group routes
/// @param pim opens the PIM socket on the tunnel ([PimSocket#open])
/// @param heartbeats opens the publisher heartbeat ([HeartbeatSender])
/// @param threads the factory of timer threads
/// @param pimRefresh Hello/Join period ([PimJoiner#REFRESH])
/// @param pruneGrace wait after the final Prune before the tunnel goes (1 s in the reference)
public record MulticastPorts(
    TunnelBackend tunnels,
    BgpSessions bgp,
    GroupRoutes routes,
    PimTransport.Opener pim,
    Heartbeats.Opener heartbeats,
    ThreadFactory threads,
    Duration pimRefresh,
    Duration pruneGrace) {}
