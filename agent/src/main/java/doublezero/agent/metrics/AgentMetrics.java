package doublezero.agent.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/// The agent's metrics (reference `controlplane/agent/internal/agent/metrics.go`, §C.3; the size
/// gauges are from the newest reference agent, the push counter is ours).
public final class AgentMetrics implements AutoCloseable {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter bgpErrors =
      counter(
          "doublezero_agent_bgp_neighbors_errors_total",
          "Number of errors reading BGP neighbors from the switch");
  private final Counter getConfigErrors =
      counter(
          "doublezero_agent_get_config_errors_total",
          "Number of failed GetConfig calls to the controller");
  private final Counter applyErrors =
      counter(
          "doublezero_agent_apply_config_errors_total",
          "Number of failed configuration applications");
  private final Counter sessions =
      Counter.builder()
          .name("doublezero_agent_config_sessions_total")
          .help("Configuration sessions by outcome (not in the reference)")
          .labelNames("outcome")
          .register(registry);
  private final Gauge lines =
      Gauge.builder()
          .name("doublezero_agent_config_size_in_lines")
          .help("Lines of the last configuration received")
          .register(registry);
  private final Gauge bytes =
      Gauge.builder()
          .name("doublezero_agent_config_size_in_bytes")
          .help("Bytes of the last configuration received")
          .register(registry);
  private HTTPServer server;

  /// @param version agent version for `doublezero_agent_build_info`
  public AgentMetrics(String version) {
    Gauge.builder()
        .name("doublezero_agent_build_info")
        .help("Build information of the agent")
        .labelNames("version", "commit", "date")
        .register(registry)
        .labelValues(version, "unknown", "unknown")
        .set(1);
  }

  private Counter counter(String name, String help) {
    return Counter.builder().name(name).help(help).register(registry);
  }

  /// @param address where to serve `/metrics`
  /// @throws IOException when the port cannot be bound
  public void serve(InetSocketAddress address) throws IOException {
    server =
        HTTPServer.builder()
            .inetAddress(address.getAddress())
            .port(address.getPort())
            .registry(registry)
            .buildAndStart();
  }

  /// @return the registry
  public PrometheusRegistry registry() {
    return registry;
  }

  /// BGP neighbours could not be read.
  public void bgpError() {
    bgpErrors.inc();
  }

  /// GetConfig failed.
  public void getConfigError() {
    getConfigErrors.inc();
  }

  /// Applying failed.
  public void applyError() {
    applyErrors.inc();
  }

  /// @param outcome how a session ended (`committed`, `no_change`, `dry_run`)
  public void session(String outcome) {
    sessions.labelValues(outcome).inc();
  }

  /// @param config the configuration received
  public void configSize(String config) {
    lines.set(config.split("\n", -1).length);
    bytes.set(config.getBytes(StandardCharsets.UTF_8).length);
  }

  /// @return error counts: bgp, get-config, apply
  public long[] errors() {
    return new long[] {
      (long) bgpErrors.get(), (long) getConfigErrors.get(), (long) applyErrors.get()
    };
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }
}
