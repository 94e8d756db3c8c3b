package doublezero.controller.metrics;

import doublezero.controller.device.DeviceState;
import doublezero.controller.state.StateEvents;
import doublezero.sdk.serviceability.state.DeviceStatus;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;

/// The controller's Prometheus metrics with the reference's names and labels (reference
/// `controlplane/controller/internal/controller/metrics.go`, §B.9), served on localhost only. The
/// grpc-ecosystem `grpc_server_*` series come from [GrpcServerMetrics] on the same registry.
public final class ControllerMetrics implements StateEvents, ConfigEvents, AutoCloseable {
  /// Where the reference serves `/metrics`.
  public static final InetSocketAddress DEFAULT_ADDRESS = new InetSocketAddress("127.0.0.1", 2112);

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter pubkeyErrors =
      counter(
          "controller_grpc_getconfig_pubkey_errors_total",
          "The total number of missing pubkeys in cache",
          "pubkey");
  private final Counter renderErrors =
      counter(
          "controller_grpc_getconfig_render_errors_total",
          "The total number of failed config renderings",
          "pubkey");
  private final Counter duplicates =
      counter(
          "controller_duplicate_tunnel_pairs_total",
          "The total number of duplicate tunnel pairs detected during config rendering",
          "pubkey",
          "device_code");
  private final Counter requests =
      counter(
          "controller_grpc_getconfig_requests_total",
          "The total number of getconfig requests",
          "pubkey",
          "device_code",
          "contributor_code",
          "exchange_code",
          "location_code",
          "device_status",
          "agent_version",
          "agent_commit",
          "agent_date");
  private final Histogram msgSize =
      Histogram.builder()
          .name("controller_grpc_getconfig_msg_size_bytes")
          .help("The size of GetConfig response messages in bytes")
          .classicUpperBounds(sizeBuckets())
          .register(registry);
  private final Histogram duration =
      Histogram.builder()
          .name("controller_grpc_getconfig_duration_seconds")
          .help("The duration of GetConfig requests in seconds")
          .classicUpperBounds(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5)
          .register(registry);
  private final Counter cacheErrors =
      counter("controller_cache_update_errors_total", "The total number of cache update errors");
  private final Counter fetchErrors =
      counter(
          "controller_cache_update_fetch_errors_total",
          "The total number of cache update errors from fetching on-chain data");
  private final Counter cacheOps =
      counter("controller_cache_update_ops_total", "The total number of cache update ops");
  private final Counter undecodable =
      counter(
          "controller_cache_undecodable_accounts_total",
          "Accounts skipped because their data could not be decoded (not in the reference)");
  private final Gauge linkMetrics =
      Gauge.builder()
          .name("controller_link_metrics")
          .help("Metrics for device links")
          .labelNames("device_code", "interface", "device_pubkey")
          .register(registry);
  private final Counter linkInvalid =
      counter(
          "controller_link_metrics_invalid_total",
          "The total number of invalid link metrics",
          "link_pubkey",
          "device_code",
          "interface");
  private HTTPServer server;

  /// @param version build version for `controller_build_info`
  public ControllerMetrics(String version) {
    Gauge.builder()
        .name("controller_build_info")
        .help("Build information of the agent")
        .labelNames("version", "commit", "date")
        .register(registry)
        .labelValues(version, "unknown", "unknown")
        .set(1);
  }

  private Counter counter(String name, String help, String... labels) {
    return Counter.builder().name(name).help(help).labelNames(labels).register(registry);
  }

  /// `prometheus.ExponentialBucketsRange(16384, 1048576, 8)`.
  static double[] sizeBuckets() {
    double[] b = new double[8];
    double factor = Math.pow(1048576.0 / 16384.0, 1.0 / 7);
    for (int i = 0; i < 8; i++) {
      b[i] = 16384.0 * Math.pow(factor, i);
    }
    return b;
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

  /// @return the bound port, -1 when not serving
  public int port() {
    return server == null ? -1 : server.getPort();
  }

  /// @return the registry (tests read it)
  public PrometheusRegistry registry() {
    return registry;
  }

  /// One refresh attempt finished (successful or not).
  public void cacheUpdate() {
    cacheOps.inc();
  }

  /// A refresh failed after fetching (empty ledger, no device).
  public void cacheError() {
    cacheErrors.inc();
  }

  /// A refresh failed to fetch (RPC error, undecodable response).
  public void fetchError() {
    fetchErrors.inc();
    cacheErrors.inc();
  }

  /// @param n accounts skipped as undecodable in one refresh
  public void undecodable(int n) {
    undecodable.inc(n);
  }

  /// @param bytes serialized response size
  /// @param seconds handling time
  public void response(int bytes, double seconds) {
    msgSize.observe(bytes);
    duration.observe(seconds);
  }

  @Override
  public void linkMetric(
      String deviceCode, String interfaceName, String devicePubkey, long metric) {
    linkMetrics.labelValues(deviceCode, interfaceName, devicePubkey).set(metric);
  }

  @Override
  public void linkMetricInvalid(String linkPubkey, String deviceCode, String interfaceName) {
    linkInvalid.labelValues(linkPubkey, deviceCode, interfaceName).inc();
  }

  @Override
  public void unknownPubkey(String pubkey) {
    pubkeyErrors.labelValues(pubkey).inc();
  }

  @Override
  public void renderError(String pubkey) {
    renderErrors.labelValues(pubkey).inc();
  }

  @Override
  public void duplicateTunnels(DeviceState device, int removed) {
    duplicates.labelValues(device.pubkey(), device.code()).inc(removed);
  }

  @Override
  public void served(DeviceState d, String agentVersion, String agentCommit, String agentDate) {
    requests
        .labelValues(
            d.pubkey(),
            d.code(),
            d.contributorCode(),
            d.exchangeCode(),
            d.locationCode(),
            statusLabel(d.status()),
            agentVersion,
            agentCommit,
            agentDate)
        .inc();
  }

  /// The reference's Go `DeviceStatus.String()`: as the SDK's names except Deleting, which it calls
  /// `deleted`.
  static String statusLabel(DeviceStatus s) {
    return s == DeviceStatus.DELETING ? "deleted" : s.toString();
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }
}
