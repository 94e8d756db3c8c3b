package doublezero.telemetry.metrics;

import doublezero.telemetry.submit.SubmissionMetrics;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;

/// The internet-latency collector's Prometheus metrics under
/// `doublezero_internet_latency_collector_`: the reference's (`internal/metrics/metrics.go`:
/// `build_info`, `exchange_fetch_total{status}`, `exchanges`, `collection_runs_total` and
/// `collection_failures_total{data_provider}`, `exporter_errors_total{error_type}`,
/// `exporter_exchange_not_found_total{exchange}`) plus ours, per data provider: provider API errors
/// by kind, samples collected, skipped (no RTT), submitted, dropped by reason, pending.
public final class CollectorMetrics implements AutoCloseable {
  private static final String P = "doublezero_internet_latency_collector_";
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter exchangeFetch = counter("exchange_fetch_total", "status");
  private final Gauge exchanges =
      Gauge.builder().name(P + "exchanges").help("activated exchanges").register(registry);
  private final Counter runs = counter("collection_runs_total", "data_provider");
  private final Counter failures = counter("collection_failures_total", "data_provider");
  private final Counter exporterErrors = counter("exporter_errors_total", "error_type");
  private final Counter notFound = counter("exporter_exchange_not_found_total", "exchange");
  private final Counter providerErrors = counter("provider_errors_total", "data_provider", "kind");
  private final Counter collected = counter("samples_collected_total", "data_provider");
  private final Counter skipped = counter("samples_skipped_total", "data_provider");
  private final Counter submitted = counter("samples_submitted_total", "data_provider");
  private final Counter dropped = counter("samples_dropped_total", "data_provider", "reason");
  private final Gauge pending =
      Gauge.builder()
          .name(P + "samples_pending")
          .help("samples in the journal not yet on chain")
          .labelNames("data_provider")
          .register(registry);
  private HTTPServer server;

  /// @param version the collector's version (label of `build_info`)
  public CollectorMetrics(String version) {
    Gauge.builder()
        .name(P + "build_info")
        .help("build information")
        .labelNames("version", "commit", "date")
        .register(registry)
        .labelValues(version, "unknown", "unknown")
        .set(1);
  }

  private Counter counter(String name, String... labels) {
    return Counter.builder()
        .name(P + name)
        .help(name.replace('_', ' '))
        .labelNames(labels)
        .register(registry);
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

  /// @param status `ok` or `error`
  /// @param activated activated exchanges seen (ignored for `error`)
  public void exchangeFetch(String status, int activated) {
    exchangeFetch.labelValues(status).inc();
    if (status.equals("ok")) {
      exchanges.set(activated);
    }
  }

  /// @param provider data provider
  /// @param ok whether the collection run succeeded
  public void run(String provider, boolean ok) {
    (ok ? runs : failures).labelValues(provider).inc();
  }

  /// @param code an Exchange code no Exchange account has
  public void exchangeNotFound(String code) {
    notFound.labelValues(code).inc();
  }

  /// @param provider data provider
  /// @param kind the error kind label
  public void providerError(String provider, String kind) {
    providerErrors.labelValues(provider, kind).inc();
  }

  /// @param provider data provider
  /// @param n samples journaled
  public void collected(String provider, long n) {
    collected.labelValues(provider).inc(n);
  }

  /// @param provider data provider
  /// @param n results without a usable RTT
  public void skipped(String provider, long n) {
    skipped.labelValues(provider).inc(n);
  }

  /// @param provider data provider
  /// @param counter `collected`, `skipped`, `submitted`, or `dropped:<reason>`
  /// @return the counter's value
  public long count(String provider, String counter) {
    double v =
        switch (counter) {
          case "collected" -> collected.labelValues(provider).get();
          case "skipped" -> skipped.labelValues(provider).get();
          case "submitted" -> submitted.labelValues(provider).get();
          default -> dropped.labelValues(provider, counter.substring("dropped:".length())).get();
        };
    return (long) v;
  }

  /// @param provider data provider
  /// @param kind error kind label
  /// @return provider errors of that kind so far
  public long providerErrors(String provider, String kind) {
    return (long) providerErrors.labelValues(provider, kind).get();
  }

  /// @param provider data provider
  /// @return the [SubmissionMetrics] of that provider's submitter
  public SubmissionMetrics submission(String provider) {
    return new SubmissionMetrics() {
      @Override
      public void error(String type) {
        exporterErrors.labelValues(type).inc();
      }

      @Override
      public void submitted(long n) {
        submitted.labelValues(provider).inc(n);
      }

      @Override
      public void dropped(String reason, long n) {
        dropped.labelValues(provider, reason).inc(n);
      }

      @Override
      public void pending(long n) {
        pending.labelValues(provider).set(n);
      }
    };
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }
}
