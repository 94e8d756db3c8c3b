package doublezero.telemetry.internet.collector;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.telemetry.epoch.EpochClock;
import doublezero.telemetry.internet.exchange.ExchangeCircuit;
import doublezero.telemetry.internet.exchange.ExchangeDirectory;
import doublezero.telemetry.internet.exchange.Site;
import doublezero.telemetry.internet.provider.LatencyProvider;
import doublezero.telemetry.internet.provider.LatencyRecord;
import doublezero.telemetry.internet.provider.Poll;
import doublezero.telemetry.internet.provider.ProviderException;
import doublezero.telemetry.journal.Sample;
import doublezero.telemetry.journal.SampleJournal;
import doublezero.telemetry.journal.SampleValue;
import doublezero.telemetry.ledger.TelemetryLedger;
import doublezero.telemetry.metrics.CollectorMetrics;
import doublezero.telemetry.submit.Submitter;
import doublezero.telemetry.submit.SubmitterConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One provider's path from its API to the chain: results are mapped from Exchange codes to
/// Exchange accounts (codes in alphabetical order), journaled in the provider's own crash-safe
/// [SampleJournal] (`<state-dir>/journal/<provider>/`) with the epoch left to the timestamp,
/// forced, and only then is the provider's state file advanced; the shared [Submitter] logic moves
/// them to InternetLatencySamples accounts (batches of 245, initialize-on-missing with the
/// provider's sampling interval, idempotent resume, account-full drops counted). A record whose
/// Exchange code has no account, or that a full journal cannot take, is dropped, counted and
/// logged. Plan and collect of one provider never overlap.
final class ProviderPipeline implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ProviderPipeline.class);
  private static final long MAX_ACCOUNT_SAMPLES = 3_000;

  private final LatencyProvider provider;
  private final SampleJournal<ExchangeCircuit> journal;
  private final Submitter<ExchangeCircuit> submitter;
  private final CollectorMetrics metrics;

  ProviderPipeline(
      LatencyProvider provider,
      Path stateDir,
      int maxPending,
      TelemetryLedger<ExchangeCircuit> ledger,
      EpochClock clock,
      CollectorMetrics metrics,
      Duration settle) {
    this.provider = provider;
    this.metrics = metrics;
    this.journal =
        SampleJournal.open(
            stateDir.resolve("journal").resolve(provider.name()),
            maxPending,
            ExchangeCircuit.CODEC);
    if (journal.truncatedBytes() > 0) {
      LOG.warn(
          "event=journal-torn-tail-cut provider={} bytes={}",
          provider.name(),
          journal.truncatedBytes());
    }
    this.submitter =
        new Submitter<>(
            journal,
            ledger,
            clock,
            metrics.submission(provider.name()),
            new SubmitterConfig(
                provider.samplingIntervalMicros(),
                SubmitterConfig.BATCH_SIZE,
                MAX_ACCOUNT_SAMPLES,
                settle,
                8L << 20,
                1),
            System::nanoTime);
  }

  String name() {
    return provider.name();
  }

  SampleJournal<ExchangeCircuit> journal() {
    return journal;
  }

  synchronized void plan(List<Site> sites, boolean dryRun) {
    try {
      provider.plan(sites, dryRun);
      LOG.info("event=plan-done provider={} sites={}", provider.name(), sites.size());
    } catch (ProviderException e) {
      providerError(e);
    }
  }

  /// Reads the provider's new results and journals them; the state file advances only after the
  /// journal is forced.
  synchronized void collect(ExchangeDirectory exchanges, long nowMicros) {
    Poll poll;
    try {
      poll = provider.collect(nowMicros);
    } catch (ProviderException e) {
      providerError(e);
      metrics.run(provider.name(), false);
      return;
    }
    poll.itemErrors().forEach(this::providerError);
    int journaled = 0;
    for (LatencyRecord raw : poll.records()) {
      LatencyRecord r = raw.ordered();
      Optional<PublicKey> origin = exchange(exchanges, r.originCode());
      Optional<PublicKey> target = exchange(exchanges, r.targetCode());
      if (origin.isEmpty() || target.isEmpty()) {
        metrics.submission(provider.name()).dropped("exchange_not_found", 1);
        continue;
      }
      if (origin.get().equals(target.get())) {
        metrics.skipped(provider.name(), 1);
        LOG.warn(
            "event=record-skipped provider={} reason=same_exchange code={}",
            provider.name(),
            r.originCode());
        continue;
      }
      ExchangeCircuit c = new ExchangeCircuit(provider.name(), origin.get(), target.get());
      Optional<Sample> s =
          journal.append(
              c, Sample.UNKNOWN_EPOCH, r.timestampMicros(), SampleValue.of(false, r.rttNanos()));
      if (s.isEmpty()) {
        metrics.submission(provider.name()).dropped("buffer_full", 1);
        LOG.warn("event=samples-dropped reason=buffer_full {} count=1", c);
      } else {
        journaled++;
      }
    }
    journal.force();
    poll.commit().run();
    metrics.collected(provider.name(), journaled);
    metrics.skipped(provider.name(), poll.skipped());
    metrics.run(provider.name(), true);
    LOG.info(
        "event=collected provider={} records={} journaled={} skipped={} item_errors={}",
        provider.name(),
        poll.records().size(),
        journaled,
        poll.skipped(),
        poll.itemErrors().size());
  }

  private Optional<PublicKey> exchange(ExchangeDirectory exchanges, String code) {
    Optional<PublicKey> k = exchanges.key(code);
    if (k.isEmpty()) {
      metrics.exchangeNotFound(code);
      LOG.warn(
          "event=samples-dropped reason=exchange_not_found provider={} code={}",
          provider.name(),
          code);
    }
    return k;
  }

  private void providerError(ProviderException e) {
    metrics.providerError(provider.name(), e.kind().label());
    LOG.warn(
        "event=provider-error provider={} kind={} error=\"{}\"",
        provider.name(),
        e.kind().label(),
        e.getMessage());
  }

  long submit() {
    return submitter.submitAll();
  }

  @Override
  public void close() {
    journal.close();
  }
}
