package doublezero.doublezerod.peering;

/// What a session does with the prefixes it learns (reference `internal/bgp/plugin.go`, §D.6 and
/// corrections H.1).
public enum RouteInstall {
  /// Install into the main table (254), protocol bgp (186), `src = dz_ip`; remove on withdraw
  /// (IBRL).
  MAIN,
  /// As [#MAIN] but withdrawals are no-ops: routes stay (IBRLWithAllocatedIP).
  MAIN_NO_UNINSTALL,
  /// Install into table 100 (EdgeFiltering).
  EDGE_TABLE,
  /// Learn nothing (multicast).
  NONE
}
