package doublezero.doublezerod.netlink;

import doublezero.doublezerod.bgp.LearnedRoute;
import doublezero.doublezerod.bgp.PeerConfig;
import doublezero.doublezerod.bgp.RouteListener;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/// The bridge from BGP to the kernel for unicast services (reference §D.6): each learned prefix
/// becomes `prefix via NEXT_HOP src dz_ip table T proto bgp`; withdrawals and a session going down
/// remove them, which is the fallback to the internet path. Table 254 (main) for IBRL, 100 for edge
/// filtering.
public final class BgpRouteInstaller implements RouteListener {
  private final RouteInstaller routes;
  private final Ipv4Address source;
  private final int table;

  /// @param routes the installer (its monitor keeps the routes in place)
  /// @param source the dz_ip, used as `src`
  /// @param table the routing table
  public BgpRouteInstaller(RouteInstaller routes, Ipv4Address source, int table) {
    this.routes = routes;
    this.source = source;
    this.table = table;
  }

  @Override
  public void routesLearned(PeerConfig peer, List<LearnedRoute> learned) {
    routes.install(
        learned.stream()
            .map(r -> new RouteSpec(r.prefix(), r.nextHop(), source, table, Rtnetlink.RTPROT_BGP))
            .toList());
  }

  @Override
  public void routesWithdrawn(PeerConfig peer, List<NetworkV4> prefixes) {
    Set<NetworkV4> gone = new HashSet<>(prefixes);
    routes.removeIf(
        r ->
            r.table() == table
                && r.protocol() == Rtnetlink.RTPROT_BGP
                && gone.contains(r.destination()));
  }
}
