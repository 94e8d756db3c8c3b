package doublezero.doublezerod;

import doublezero.doublezerod.api.ApiHandler;
import doublezero.doublezerod.api.ApiServer;
import doublezero.doublezerod.api.DaemonInfo;
import doublezero.doublezerod.chain.CachingChainSource;
import doublezero.doublezerod.latency.LatencyProber;
import doublezero.doublezerod.metrics.DaemonMetrics;
import doublezero.doublezerod.reconcile.Reconciler;
import doublezero.doublezerod.state.StateStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/// A running `doublezerod` (reference `internal/runtime/run.go`): caching chain source, reconciler,
/// latency prober, HTTP API on the Unix socket and, when asked, the Prometheus listener. [#close]
/// (SIGTERM) stops the API and unlinks the socket, tears down every tunnel and BGP peer, then stops
/// the prober.
public final class Daemon implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);

  /// The caching fetcher's TTL (reference 5 s).
  public static final Duration CHAIN_TTL = Duration.ofSeconds(5);

  private final DaemonPorts ports;
  private final Reconciler reconciler;
  private final Optional<LatencyProber> prober;
  private final ApiServer api;
  private final Optional<DaemonMetrics> metrics;

  private Daemon(
      DaemonPorts ports,
      Reconciler reconciler,
      Optional<LatencyProber> prober,
      ApiServer api,
      Optional<DaemonMetrics> metrics) {
    this.ports = ports;
    this.reconciler = reconciler;
    this.prober = prober;
    this.api = api;
    this.metrics = metrics;
  }

  /// @param config the resolved configuration
  /// @param ports the outside world
  /// @return the running daemon
  /// @throws RuntimeException when the state file, the socket or the metrics listener cannot be set
  ///   up (whatever started is stopped again)
  public static Daemon start(DaemonConfig config, DaemonPorts ports) {
    CachingChainSource chain = new CachingChainSource(ports.chain(), CHAIN_TTL, Clock.systemUTC());
    Reconciler reconciler =
        new Reconciler(
            chain,
            config.clientIp(),
            ports.tunnels(),
            ports.bgp(),
            ports.routes(),
            new StateStore(config.stateDir()),
            config.reconcilerPoll(),
            ports.multicast());
    Optional<LatencyProber> prober =
        config.latencyProbing()
            ? Optional.of(
                new LatencyProber(
                    chain,
                    ports.pinger(),
                    config.probeTunnelEndpoints(),
                    config.probeInterval(),
                    config.cacheUpdateInterval()))
            : Optional.empty();
    DaemonInfo info =
        new DaemonInfo(config.programId(), config.rpcUrl(), config.clientIp(), config.network());
    ApiServer api =
        ApiServer.start(
            config.sockFile(),
            config.socketAccess(),
            new ApiHandler(info, reconciler, chain, prober, ports.routes()));
    Optional<DaemonMetrics> metrics = Optional.empty();
    try {
      if (config.metricsAddr().isPresent()) {
        metrics =
            Optional.of(
                DaemonMetrics.start(
                    config.metricsAddr().get(), reconciler, chain, prober, ports.bgp()));
      }
    } catch (RuntimeException e) {
      api.close();
      throw e;
    }
    prober.ifPresent(LatencyProber::start);
    reconciler.start();
    LoggingEventBuilder started =
        LOG.atInfo()
            .addKeyValue("client_ip", config.clientIp())
            .addKeyValue("network", config.network())
            .addKeyValue("program_id", config.programId())
            .addKeyValue("rpc_url", config.rpcUrl())
            .addKeyValue("reconciler_enabled", reconciler.enabled())
            .addKeyValue("tunnel_backend", config.tunnelBackend().name().toLowerCase(Locale.ROOT));
    if (metrics.isPresent()) {
      started = started.addKeyValue("metrics_port", metrics.get().port());
    }
    started.log("doublezerod: started");
    return new Daemon(ports, reconciler, prober, api, metrics);
  }

  /// @return the reconciler
  public Reconciler reconciler() {
    return reconciler;
  }

  /// @return the latency prober, empty when probing is off
  public Optional<LatencyProber> prober() {
    return prober;
  }

  /// @return the bound metrics port, empty when metrics are off
  public Optional<Integer> metricsPort() {
    return metrics.map(DaemonMetrics::port);
  }

  @Override
  public void close() {
    api.close();
    try {
      reconciler.close();
    } catch (RuntimeException e) {
      LOG.atError()
          .addKeyValue("error", String.valueOf(e.getMessage()))
          .log("doublezerod: teardown failed");
    }
    ports.bgp().close();
    prober.ifPresent(LatencyProber::close);
    metrics.ifPresent(DaemonMetrics::close);
    LOG.atInfo().log("doublezerod: stopped");
  }
}
