package doublezero.doublezerod.routes;

import doublezero.sdk.net.Ipv4Address;
import java.util.List;
import java.util.Optional;

/// The daemon's view of the kernel's routes (the BGP routes themselves are written by the BGP
/// speaker): routes of protocol bgp for `/routes`, a route lookup for `/resolve-route` and the
/// tunnel source of IBRLWithAllocatedIP users (NAT), and EdgeFiltering's policy rules.
public interface RouteTable {
  /// @return every IPv4 route with protocol 186 (bgp), any table
  /// @throws RuntimeException when the kernel cannot be asked
  List<KernelRoute> bgpRoutes();

  /// @param dst a destination
  /// @return the source address the kernel would use towards it, empty when there is no route
  /// @throws RuntimeException when the kernel cannot be asked
  Optional<Ipv4Address> sourceTowards(Ipv4Address dst);

  /// Adds EdgeFiltering's ip rules and its table-101 default route (rules already there are kept).
  ///
  /// @param rules what to add
  /// @throws RuntimeException when the kernel refuses (whatever was added is removed again)
  void addEdgeFiltering(EdgeFilteringRules rules);

  /// Removes what [#addEdgeFiltering] added; what is already gone is not an error.
  ///
  /// @param rules what to remove
  void removeEdgeFiltering(EdgeFilteringRules rules);
}
