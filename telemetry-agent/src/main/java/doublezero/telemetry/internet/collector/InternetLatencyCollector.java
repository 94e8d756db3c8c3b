package doublezero.telemetry.internet.collector;

import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcClientConfig;
import doublezero.sdk.solana.rpc.RpcException;
import doublezero.telemetry.epoch.EpochClock;
import doublezero.telemetry.internet.exchange.ExchangeDirectory;
import doublezero.telemetry.internet.exchange.LocationFile;
import doublezero.telemetry.internet.exchange.Site;
import doublezero.telemetry.ledger.InternetLatencyLedger;
import doublezero.telemetry.ledger.LedgerException;
import doublezero.telemetry.metrics.CollectorMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The internet-latency collector (`reference/telemetry-geolocation.md` §C; reference
/// `controlplane/internet-latency-collector`): drives each provider on its own schedule (plan,
/// collect), keeps the DZ-ledger epoch in an [EpochClock] refreshed before each submission (a
/// sample's epoch is the one its timestamp falls in), and submits every provider's journal every
/// submission interval. Provider, ledger and journal failures are counted and logged; the next tick
/// tries again.
public final class InternetLatencyCollector implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(InternetLatencyCollector.class);

  private final CollectorConfig config;
  private final CollectorMetrics metrics;
  private final RpcClient rpc;
  private final ServiceabilityClient serviceability;
  private final InternetLatencyLedger ledger;
  private final EpochClock clock = new EpochClock(400_000);
  private final List<ProviderPipeline> pipelines = new ArrayList<>();
  private final List<ProviderSchedule> schedules;
  private final ScheduledExecutorService schedule;

  private InternetLatencyCollector(
      CollectorConfig config, List<ProviderSchedule> schedules, CollectorMetrics metrics) {
    this.config = config;
    this.metrics = metrics;
    this.schedules = List.copyOf(schedules);
    this.rpc =
        new RpcClient(
            config.rpcUrl(),
            RpcClientConfig.DEFAULTS
                .withCommitment(config.commitment())
                .withTimeout(Duration.ofSeconds(10))
                .withRetries(0, Duration.ZERO, Duration.ZERO));
    this.serviceability =
        new ServiceabilityClient(
            rpc, config.serviceabilityProgramId(), config.commitment(), Duration.ofSeconds(30));
    this.ledger =
        new InternetLatencyLedger(
            rpc,
            config.telemetryProgramId(),
            config.keypair(),
            config.commitment(),
            Duration.ofSeconds(60));
    for (ProviderSchedule s : schedules) {
      pipelines.add(
          new ProviderPipeline(
              s.provider(),
              config.stateDir(),
              config.maxPendingPerCircuit(),
              ledger,
              clock,
              metrics,
              config.settle()));
    }
    this.schedule =
        Executors.newScheduledThreadPool(
            2 * schedules.size() + 1, Thread.ofPlatform().daemon().name("collector-", 0).factory());
  }

  /// Starts the collector.
  ///
  /// @param config the settings
  /// @param schedules the providers and their intervals
  /// @return the running collector
  /// @throws UncheckedIOException when the metrics port or the state directory cannot be used
  public static InternetLatencyCollector start(
      CollectorConfig config, List<ProviderSchedule> schedules) {
    CollectorMetrics metrics = new CollectorMetrics("0.1.0");
    try {
      if (config.metricsAddress() != null) {
        metrics.serve(config.metricsAddress());
      }
    } catch (IOException e) {
      metrics.close();
      throw new UncheckedIOException(e.getMessage(), e);
    }
    InternetLatencyCollector c = new InternetLatencyCollector(config, schedules, metrics);
    c.begin();
    return c;
  }

  private void begin() {
    for (int i = 0; i < pipelines.size(); i++) {
      ProviderPipeline p = pipelines.get(i);
      ProviderSchedule s = schedules.get(i);
      every(s.planInterval(), 0, () -> sites().ifPresent(x -> p.plan(x, config.dryRun())));
      every(
          s.collectInterval(),
          s.collectInterval().toMillis(),
          () -> exchanges().ifPresent(d -> p.collect(d, nowMicros())));
    }
    every(config.submissionInterval(), config.submissionInterval().toMillis(), this::submitAll);
    LOG.info(
        "event=collector-started providers={} state_dir={} dry_run={}",
        pipelines.stream().map(ProviderPipeline::name).toList(),
        config.stateDir(),
        config.dryRun());
  }

  private void every(Duration interval, long initialMillis, Runnable task) {
    schedule.scheduleWithFixedDelay(
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            LOG.error("event=task-failed error=\"{}\"", e.toString(), e);
          }
        },
        initialMillis,
        interval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private Optional<ExchangeDirectory> exchanges() {
    try {
      ExchangeDirectory d = ExchangeDirectory.load(serviceability);
      metrics.exchangeFetch("ok", d.sites().size());
      return Optional.of(d);
    } catch (RpcException e) {
      metrics.exchangeFetch("error", 0);
      LOG.warn("event=exchange-fetch-failed error=\"{}\"", e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<List<Site>> sites() {
    if (config.locationFile() != null) {
      return Optional.of(LocationFile.read(config.locationFile()));
    }
    return exchanges().map(ExchangeDirectory::sites);
  }

  /// One submission cycle: refresh the epoch, then submit every provider's journal.
  ///
  /// @return samples confirmed on chain
  public long submitAll() {
    try {
      clock.observe(ledger.epochInfo(), nowMicros());
    } catch (LedgerException e) {
      LOG.warn("event=epoch-refresh-failed error=\"{}\"", e.getMessage());
    }
    long landed = 0;
    for (ProviderPipeline p : pipelines) {
      landed += p.submit();
    }
    return landed;
  }

  /// @return the metrics (tests read them)
  public CollectorMetrics metrics() {
    return metrics;
  }

  /// @return the ledger (its account addresses)
  public InternetLatencyLedger ledger() {
    return ledger;
  }

  private static long nowMicros() {
    return System.currentTimeMillis() * 1000;
  }

  /// Stops the schedules, runs a last submission cycle, closes everything.
  @Override
  public void close() {
    schedule.shutdownNow();
    try {
      schedule.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      submitAll();
    } catch (RuntimeException e) {
      LOG.warn("event=final-submission-failed error=\"{}\"", e.toString());
    }
    pipelines.forEach(ProviderPipeline::close);
    rpc.close();
    metrics.close();
  }
}
