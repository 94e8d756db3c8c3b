package doublezero.telemetry.metrics;

import doublezero.telemetry.submit.SubmissionMetrics;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;

/// The agent's Prometheus metrics: the reference's (`internal/metrics/metrics.go`,
/// `reference/telemetry-geolocation.md` §B.8) under `doublezero_device_telemetry_agent_`, plus
/// ours: samples taken, submitted and dropped (by reason), samples pending in the journal, and the
/// epoch refresh failures.
public final class AgentMetrics implements SubmissionMetrics, AutoCloseable {
  private static final String P = "doublezero_device_telemetry_agent_";
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter errors =
      Counter.builder()
          .name(P + "errors_total")
          .help("errors by type")
          .labelNames("error_type")
          .register(registry);
  private final Gauge notFoundTunnels =
      Gauge.builder()
          .name(P + "peer_discovery_not_found_tunnels")
          .help("links of this device with no local /31 in their tunnel_net")
          .labelNames("local_device_pk")
          .register(registry);
  private final Counter taken =
      Counter.builder()
          .name(P + "samples_taken_total")
          .help("samples written to the journal (losses included)")
          .register(registry);
  private final Counter submitted =
      Counter.builder()
          .name(P + "samples_submitted_total")
          .help("samples confirmed on chain")
          .register(registry);
  private final Counter dropped =
      Counter.builder()
          .name(P + "samples_dropped_total")
          .help("samples that will never reach the chain, by reason")
          .labelNames("reason")
          .register(registry);
  private final Gauge pending =
      Gauge.builder()
          .name(P + "samples_pending")
          .help("samples in the journal not yet on chain")
          .register(registry);
  private HTTPServer server;

  /// @param version the agent's version (label of `build_info`)
  public AgentMetrics(String version) {
    Gauge.builder()
        .name(P + "build_info")
        .help("build information")
        .labelNames("version", "commit", "date")
        .register(registry)
        .labelValues(version, "unknown", "unknown")
        .set(1);
    for (String reason : new String[] {"buffer_full", "account_full", "journal_write_failed"}) {
      dropped.labelValues(reason);
    }
  }

  /// Serves `/metrics`.
  ///
  /// @param address where to listen
  /// @throws IOException when the bind fails
  public void serve(InetSocketAddress address) throws IOException {
    server =
        HTTPServer.builder()
            .inetAddress(address.getAddress())
            .port(address.getPort())
            .registry(registry)
            .buildAndStart();
  }

  /// @return the registry (tests read it)
  public PrometheusRegistry registry() {
    return registry;
  }

  /// @param type an `error_type` label value of the reference (e.g.
  ///   `submitter_failed_to_write_samples`)
  @Override
  public void error(String type) {
    errors.labelValues(type).inc();
  }

  /// @param localDevice the local device key (base58)
  /// @param count links without a local tunnel interface
  public void notFoundTunnels(String localDevice, int count) {
    notFoundTunnels.labelValues(localDevice).set(count);
  }

  /// One sample journaled.
  public void taken() {
    taken.inc();
  }

  /// @param n samples confirmed on chain
  @Override
  public void submitted(long n) {
    submitted.inc(n);
  }

  /// @param reason `buffer_full`, `account_full` or `journal_write_failed`
  /// @param n samples dropped
  @Override
  public void dropped(String reason, long n) {
    dropped.labelValues(reason).inc(n);
  }

  /// @param reason a reason label
  /// @return samples dropped for it so far
  public long droppedCount(String reason) {
    return (long) dropped.labelValues(reason).get();
  }

  /// @return samples confirmed on chain so far
  public long submittedCount() {
    return (long) submitted.get();
  }

  /// @param n samples pending in the journal
  @Override
  public void pending(long n) {
    pending.set(n);
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }
}
