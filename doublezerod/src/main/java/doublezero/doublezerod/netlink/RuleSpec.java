package doublezero.doublezerod.netlink;

import doublezero.sdk.net.NetworkV4;

/// An IPv4 policy-routing rule (`ip rule`), as edge filtering uses them (reference
/// `client/doublezerod/internal/routing/rules.go`: priority 100 `to <prefix>` → table 100, priority
/// 101 `from <prefix>` → table 101, protocol kernel).
///
/// @param priority the rule priority
/// @param table the table to look up, 1..255
/// @param from source selector, or null for all
/// @param to destination selector, or null for all
/// @param protocol the rule protocol (2 = kernel, so systemd-networkd does not purge it, reference
///   #159)
public record RuleSpec(int priority, int table, NetworkV4 from, NetworkV4 to, int protocol) {
  /// @throws IllegalArgumentException when the table is outside 1..255
  public RuleSpec {
    if (table < 1 || table > 255) {
      throw new IllegalArgumentException("rule table must be 1..255: " + table);
    }
  }

  /// @return `priority P from F to T table N proto X`
  @Override
  public String toString() {
    return "priority "
        + priority
        + " from "
        + (from == null ? "all" : from)
        + " to "
        + (to == null ? "all" : to)
        + " table "
        + table
        + " proto "
        + protocol;
  }
}
