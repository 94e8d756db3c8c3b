package doublezero.doublezerod.netlink;

import doublezero.sdk.net.NetworkV4;
import java.util.Objects;

/// An IPv4 policy rule as the kernel reports it (`RTM_NEWRULE`).
///
/// @param priority `FRA_PRIORITY` (0 when absent)
/// @param table `FRA_TABLE` when present, else the header's table
/// @param from `FRA_SRC` with the header's `src_len`, or null
/// @param to `FRA_DST` with the header's `dst_len`, or null
/// @param protocol `FRA_PROTOCOL`, or 0
public record KernelRule(int priority, int table, NetworkV4 from, NetworkV4 to, int protocol) {
  /// @param spec a rule we install
  /// @return whether this kernel rule is that rule
  public boolean matches(RuleSpec spec) {
    return priority == spec.priority()
        && table == spec.table()
        && Objects.equals(from, spec.from())
        && Objects.equals(to, spec.to());
  }
}
