package doublezero.controller.device;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.util.List;

/// The BGP martian prefixes a user's DZ IP must not fall into (reference `models.go`
/// `bgpMartianNets`, §B.5 rule 8). 198.18.0.0/15 (benchmarking) is deliberately allowed.
public final class BgpMartians {
  private static final List<NetworkV4> NETS =
      List.of(
          NetworkV4.parse("0.0.0.0/8"),
          NetworkV4.parse("10.0.0.0/8"),
          NetworkV4.parse("100.64.0.0/10"),
          NetworkV4.parse("127.0.0.0/8"),
          NetworkV4.parse("169.254.0.0/16"),
          NetworkV4.parse("172.16.0.0/12"),
          NetworkV4.parse("192.0.2.0/24"),
          NetworkV4.parse("192.168.0.0/16"),
          NetworkV4.parse("198.51.100.0/24"),
          NetworkV4.parse("203.0.113.0/24"),
          NetworkV4.parse("224.0.0.0/4"),
          NetworkV4.parse("240.0.0.0/4"));

  private BgpMartians() {}

  /// @param ip an address
  /// @return whether it lies in one of the martian prefixes
  public static boolean isMartian(Ipv4Address ip) {
    for (NetworkV4 n : NETS) {
      if (n.contains(ip)) {
        return true;
      }
    }
    return false;
  }
}
