package doublezero.doublezerod.metrics;

import doublezero.doublezerod.chain.CachingChainSource;
import doublezero.doublezerod.latency.LatencyProber;
import doublezero.doublezerod.latency.LatencyResult;
import doublezero.doublezerod.peering.BgpSessions;
import doublezero.doublezerod.peering.SessionStatus;
import doublezero.doublezerod.reconcile.Reconciler;
import doublezero.doublezerod.reconcile.ServiceView;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/// The daemon's Prometheus metrics (reference names, `cli-doublezerod.md` §D.9) on
/// `--metrics-addr`: build info, session up, reconciler counters, onchain fetch counters and
/// stale-cache age, and per-target latency gauges. Values are read from the components when scraped
/// (callbacks), so nothing is copied on the hot paths.
public final class DaemonMetrics implements AutoCloseable {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final HTTPServer server;

  private DaemonMetrics(
      Reconciler reconciler,
      CachingChainSource chain,
      Optional<LatencyProber> prober,
      InetSocketAddress address)
      throws IOException {
    Gauge.builder()
        .name("doublezero_build_info")
        .help("build information")
        .labelNames("version", "commit", "date")
        .register(registry)
        .labelValues("0.1.0", "unknown", "unknown")
        .set(1);
    GaugeWithCallback.builder()
        .name("doublezero_session_is_up")
        .help("1 when the BGP session is up")
        .callback(
            cb -> {
              List<ServiceView> services = reconciler.services();
              cb.call(
                  services.stream().anyMatch(s -> s.session().status() == SessionStatus.UP)
                      ? 1
                      : 0);
            })
        .register(registry);
    CounterWithCallback.builder()
        .name("doublezero_reconciler_polls")
        .help("reconcile passes")
        .callback(cb -> cb.call(reconciler.polls()))
        .register(registry);
    CounterWithCallback.builder()
        .name("doublezero_reconciler_provisions")
        .help("services provisioned")
        .callback(cb -> cb.call(reconciler.provisions()))
        .register(registry);
    CounterWithCallback.builder()
        .name("doublezero_reconciler_removals")
        .help("services removed")
        .callback(cb -> cb.call(reconciler.removals()))
        .register(registry);
    GaugeWithCallback.builder()
        .name("doublezero_reconciler_matched_users")
        .help("users matched by the last pass")
        .callback(cb -> cb.call(reconciler.matchedUsers()))
        .register(registry);
    CounterWithCallback.builder()
        .name("doublezero_onchain_fetch")
        .help("onchain fetches sent to the ledger")
        .callback(cb -> cb.call(chain.fetches()))
        .register(registry);
    CounterWithCallback.builder()
        .name("doublezero_onchain_fetch_failures")
        .help("onchain fetches that failed")
        .callback(cb -> cb.call(chain.failures()))
        .register(registry);
    GaugeWithCallback.builder()
        .name("doublezero_onchain_stale_cache_age_seconds")
        .help("age of the chain snapshot served while the ledger is unreachable, 0 when fresh")
        .callback(cb -> cb.call(chain.staleAge().map(d -> (double) d.toSeconds()).orElse(0.0)))
        .register(registry);
    if (prober.isPresent()) {
      latencyGauge(
          prober.get(), "doublezero_latency_rtt_min_nanoseconds", "minimum RTT", r -> r.minNanos());
      latencyGauge(
          prober.get(), "doublezero_latency_rtt_avg_nanoseconds", "mean RTT", r -> r.avgNanos());
      latencyGauge(
          prober.get(), "doublezero_latency_rtt_max_nanoseconds", "maximum RTT", r -> r.maxNanos());
      latencyGauge(
          prober.get(),
          "doublezero_latency_loss_percentage",
          "echo loss",
          LatencyResult::lossPercentage);
      latencyGauge(
          prober.get(),
          "doublezero_latency_reachable",
          "1 when reachable",
          r -> r.reachable() ? 1 : 0);
    }
    server =
        HTTPServer.builder()
            .inetAddress(address.getAddress())
            .port(address.getPort())
            .registry(registry)
            .buildAndStart();
  }

  private void latencyGauge(
      LatencyProber prober, String name, String help, ToDoubleFunction<LatencyResult> value) {
    GaugeWithCallback.builder()
        .name(name)
        .help(help)
        .labelNames("device_pk", "device_code", "ip")
        .callback(
            cb ->
                prober
                    .results()
                    .forEach(
                        r ->
                            cb.call(
                                value.applyAsDouble(r),
                                r.target().devicePk().toBase58(),
                                r.target().deviceCode(),
                                r.target().ip().toString())))
        .register(registry);
  }

  /// @param address where to listen
  /// @param reconciler the reconciler
  /// @param chain the caching chain source
  /// @param prober the prober, if running
  /// @param bgp the BGP port (reserved for speaker metrics)
  /// @return the running listener
  /// @throws UncheckedIOException when the address cannot be bound
  public static DaemonMetrics start(
      InetSocketAddress address,
      Reconciler reconciler,
      CachingChainSource chain,
      Optional<LatencyProber> prober,
      BgpSessions bgp) {
    try {
      return new DaemonMetrics(reconciler, chain, prober, address);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "metrics: cannot listen on " + address + ": " + e.getMessage(), e);
    }
  }

  /// @return the bound port
  public int port() {
    return server.getPort();
  }

  @Override
  public void close() {
    server.close();
  }
}
