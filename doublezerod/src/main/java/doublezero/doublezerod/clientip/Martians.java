package doublezero.doublezerod.clientip;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.util.List;
import java.util.Optional;

/// BGP martian IPv4 ranges (reference `client/doublezero/src/command/helpers.rs` and
/// `internal/runtime/clientip.go`): an address in one of them cannot be a client's public IP.
public final class Martians {
  private record Range(NetworkV4 net, String reason) {}

  private static final List<Range> RANGES =
      List.of(
          new Range(NetworkV4.parse("0.0.0.0/8"), "this network"),
          new Range(NetworkV4.parse("10.0.0.0/8"), "private"),
          new Range(NetworkV4.parse("100.64.0.0/10"), "shared address space"),
          new Range(NetworkV4.parse("127.0.0.0/8"), "loopback"),
          new Range(NetworkV4.parse("169.254.0.0/16"), "link local"),
          new Range(NetworkV4.parse("172.16.0.0/12"), "private"),
          new Range(NetworkV4.parse("192.0.0.0/24"), "IETF protocol assignments"),
          new Range(NetworkV4.parse("192.0.2.0/24"), "documentation"),
          new Range(NetworkV4.parse("192.168.0.0/16"), "private"),
          new Range(NetworkV4.parse("198.51.100.0/24"), "documentation"),
          new Range(NetworkV4.parse("203.0.113.0/24"), "documentation"),
          new Range(NetworkV4.parse("224.0.0.0/4"), "multicast"),
          new Range(NetworkV4.parse("240.0.0.0/4"), "reserved"));

  private Martians() {}

  /// @param ip an address
  /// @return why it is a martian, empty when it is a public address
  public static Optional<String> reason(Ipv4Address ip) {
    for (Range r : RANGES) {
      if (r.net().contains(ip)) {
        return Optional.of(r.reason());
      }
    }
    return Optional.empty();
  }
}
