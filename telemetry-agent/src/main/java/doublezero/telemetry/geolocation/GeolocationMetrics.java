package doublezero.telemetry.geolocation;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/// Counters of the DZD side of geolocation, registered on the agent's registry:
/// `doublezero_device_telemetry_agent_geolocation_offsets_sent_total`,
/// `..._geolocation_probes_lost_total` (no TWAMP reply from the probe: no offset),
/// `..._geolocation_skipped_total{reason}` (`slot_unavailable`, `location_unavailable`,
/// `send_failed`, `discovery_failed`). Ours; the reference at v0.12.0 only logs these.
public final class GeolocationMetrics {
  private static final String PREFIX = "doublezero_device_telemetry_agent_geolocation_";
  private final Counter sent;
  private final Counter lost;
  private final Counter skipped;

  /// @param registry where to register (the agent's)
  public GeolocationMetrics(PrometheusRegistry registry) {
    sent =
        Counter.builder()
            .name(PREFIX + "offsets_sent_total")
            .help("signed location offsets sent to geoprobes")
            .register(registry);
    lost =
        Counter.builder()
            .name(PREFIX + "probes_lost_total")
            .help("measurement cycles in which a geoprobe answered neither TWAMP probe")
            .register(registry);
    skipped =
        Counter.builder()
            .name(PREFIX + "skipped_total")
            .help("offsets not sent, or discoveries not done, by reason")
            .labelNames("reason")
            .register(registry);
  }

  void sent() {
    sent.inc();
  }

  void lost() {
    lost.inc();
  }

  void skipped(String reason) {
    skipped.labelValues(reason).inc();
  }

  /// @return offsets sent so far
  public long sentCount() {
    return (long) sent.get();
  }

  /// @return measurement cycles without any reply so far
  public long lostCount() {
    return (long) lost.get();
  }

  /// @param reason a skip reason
  /// @return how many times it happened
  public long skippedCount(String reason) {
    return (long) skipped.labelValues(reason).get();
  }
}
