package doublezero.doublezerod.routes;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.util.List;

/// What an EdgeFiltering service adds to the kernel besides its tunnel (reference
/// `internal/services/edgefiltering.go`, `internal/routing/rules.go`, corrections H.1): for each
/// DoubleZero prefix an ip rule priority 100 `to PREFIX lookup 100` and an ip rule priority 101
/// `from PREFIX lookup 101` (protocol kernel, reference #159), and a default route in table 101 via
/// the device overlay with `src = dz_ip`. The session's BGP routes go into table 100.
///
/// @param prefixes every device's dz_prefixes
/// @param gateway the device overlay address
/// @param dzIp the user's dz_ip
public record EdgeFilteringRules(List<NetworkV4> prefixes, Ipv4Address gateway, Ipv4Address dzIp) {
  /// Table of the DoubleZero-specific routes (reference `DzTableSpecific`).
  public static final int SPECIFIC_TABLE = 100;

  /// Table of the default route for DoubleZero-sourced traffic (reference `DzTableDefault`).
  public static final int DEFAULT_TABLE = 101;

  /// Priority of the `to PREFIX` rules.
  public static final int SPECIFIC_PRIORITY = 100;

  /// Priority of the `from PREFIX` rules.
  public static final int DEFAULT_PRIORITY = 101;

  /// Copies the list.
  public EdgeFilteringRules {
    prefixes = List.copyOf(prefixes);
  }
}
