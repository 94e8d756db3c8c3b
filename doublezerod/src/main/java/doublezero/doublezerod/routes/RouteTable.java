package doublezero.doublezerod.routes;

import doublezero.sdk.net.Ipv4Address;
import java.util.List;
import java.util.Optional;

/// The daemon's read-only view of the kernel's routes (the writes belong to the BGP speaker):
/// routes of protocol bgp for `/routes`, and a route lookup for `/resolve-route` and the tunnel
/// source of IBRLWithAllocatedIP users (NAT).
public interface RouteTable {
  /// @return every IPv4 route with protocol 186 (bgp), any table
  /// @throws RuntimeException when the kernel cannot be asked
  List<KernelRoute> bgpRoutes();

  /// @param dst a destination
  /// @return the source address the kernel would use towards it, empty when there is no route
  /// @throws RuntimeException when the kernel cannot be asked
  Optional<Ipv4Address> sourceTowards(Ipv4Address dst);
}
