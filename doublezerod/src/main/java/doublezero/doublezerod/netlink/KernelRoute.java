package doublezero.doublezerod.netlink;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;

/// An IPv4 route as the kernel reports it (an `RTM_NEWROUTE`/`RTM_DELROUTE` from a dump or a
/// monitor).
///
/// @param destination destination prefix (`0.0.0.0/0` for default)
/// @param gateway `RTA_GATEWAY`, or null
/// @param source `RTA_PREFSRC`, or null
/// @param table `RTA_TABLE` when present, else `rtm_table`
/// @param protocol `rtm_protocol` (186 = bgp)
/// @param outInterface `RTA_OIF`, or 0
/// @param type `rtm_type` (1 = unicast, 2 = local, ...)
public record KernelRoute(
    NetworkV4 destination,
    Ipv4Address gateway,
    Ipv4Address source,
    int table,
    int protocol,
    int outInterface,
    int type) {

  /// @param spec a route we install
  /// @return whether this kernel route is that route (destination, gateway, source, table and
  ///   protocol equal)
  public boolean matches(RouteSpec spec) {
    return destination.equals(spec.destination())
        && spec.gateway().equals(gateway)
        && (spec.source() == null || spec.source().equals(source))
        && table == spec.table()
        && protocol == spec.protocol();
  }
}
