package doublezero.cli.daemon;

import java.util.List;

/// `/v2/status` (reference `servicecontroller.rs` `V2StatusResponse`).
///
/// @param reconcilerEnabled whether the daemon's reconciler is on
/// @param clientIp the daemon's client IP (empty when not discovered)
/// @param network the daemon's network moniker (may be empty)
/// @param services the services, each with its enrichment
public record V2Status(
    boolean reconcilerEnabled, String clientIp, String network, List<Service> services) {
  /// One service with its enrichment.
  ///
  /// @param status the service
  /// @param currentDevice device code, empty when unknown
  /// @param lowestLatencyDevice device code, empty when unknown
  /// @param metro exchange name, empty when unknown
  /// @param tenant tenant code, empty when none
  public record Service(
      DaemonStatus status,
      String currentDevice,
      String lowestLatencyDevice,
      String metro,
      String tenant) {}
}
