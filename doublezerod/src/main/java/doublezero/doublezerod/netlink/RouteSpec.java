package doublezero.doublezerod.netlink;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;

/// An IPv4 route as doublezerod installs it (reference §D.6: `dst via gateway src prefsrc table T
/// proto P`).
///
/// @param destination the destination prefix (host bits must be clear)
/// @param gateway the next hop
/// @param source the preferred source address (`src`, the dz_ip), or null for none
/// @param table routing table id: 254 main, 100/101 for edge filtering
/// @param protocol route protocol: 186 bgp for learned routes
public record RouteSpec(
    NetworkV4 destination, Ipv4Address gateway, Ipv4Address source, int table, int protocol) {
  /// @throws IllegalArgumentException when the destination has host bits set or the table/protocol
  ///   is out of range
  public RouteSpec {
    if (!destination.network().equals(destination.ip())) {
      throw new IllegalArgumentException("route destination has host bits set: " + destination);
    }
    if (table < 1 || table > 255 || protocol < 0 || protocol > 255) {
      throw new IllegalArgumentException(
          "table must be 1..255 and protocol 0..255: " + table + ", " + protocol);
    }
  }

  /// @param destination destination prefix
  /// @param gateway next hop
  /// @param source preferred source (dz_ip)
  /// @return a route in table main with protocol bgp (186)
  public static RouteSpec bgp(NetworkV4 destination, Ipv4Address gateway, Ipv4Address source) {
    return new RouteSpec(
        destination, gateway, source, Rtnetlink.RT_TABLE_MAIN, Rtnetlink.RTPROT_BGP);
  }

  /// @return `dst via gw src s table t proto p`
  @Override
  public String toString() {
    return destination
        + " via "
        + gateway
        + (source == null ? "" : " src " + source)
        + " table "
        + table
        + " proto "
        + protocol;
  }
}
