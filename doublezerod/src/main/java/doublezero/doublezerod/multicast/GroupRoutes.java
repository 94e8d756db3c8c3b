package doublezero.doublezerod.multicast;

import doublezero.sdk.net.Ipv4Address;
import java.util.Optional;

/// The static group routes of the multicast service (`reference/cli-doublezerod.md` §D.7):
/// `<group>/32 via <device overlay> [src <dz_ip>] table main proto static`.
public interface GroupRoutes {
  /// Adds (or replaces) the route of a group.
  ///
  /// @param group the group
  /// @param via the device's overlay address
  /// @param source dz_ip for a published group, empty for a subscribed one
  /// @throws RuntimeException when the kernel refuses
  void add(Ipv4Address group, Ipv4Address via, Optional<Ipv4Address> source);

  /// Deletes the route of a group; a route that is gone already is not an error.
  ///
  /// @param group the group
  /// @param via the device's overlay address
  /// @param source as added
  /// @throws RuntimeException when the kernel refuses for another reason
  void delete(Ipv4Address group, Ipv4Address via, Optional<Ipv4Address> source);
}
