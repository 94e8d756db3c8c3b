package doublezero.telemetry.submit;

import doublezero.telemetry.epoch.EpochClock;
import doublezero.telemetry.journal.JournalRecord.Mark;
import doublezero.telemetry.journal.Sample;
import doublezero.telemetry.journal.SampleJournal;
import doublezero.telemetry.ledger.LedgerException;
import doublezero.telemetry.ledger.TelemetryLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Moves journaled samples to the telemetry program (`reference/telemetry-geolocation.md` §B.7),
/// idempotently: before writing to an account it reads the account's `next_sample_index` and
/// compares it with the journal's last [Mark] for that account, so samples that landed before a
/// crash or a lost confirmation are recognised and never sent twice (the newest reference resumes
/// the same way). Per circuit, samples go in sequence order, grouped by epoch (a sample taken
/// during a ledger outage gets its epoch from its timestamp, see [EpochClock]); each group goes in
/// batches of 245 with `start_timestamp` = the batch's earliest sample; a missing account is
/// initialized with the probe interval; samples that do not fit in a full account are dropped,
/// counted (`samples_dropped_total{reason="account_full"}`) and logged. Marks of epochs that are
/// over are retired. The same logic serves the device agent (circuit =
/// [doublezero.telemetry.journal.Circuit], DeviceLatencySamples) and the internet-latency collector
/// (circuit = provider and exchange pair, InternetLatencySamples); the [TelemetryLedger] knows
/// which accounts. Circuits are independent of each other: up to [SubmitterConfig#maxConcurrency]
/// of them are submitted at the same time, each circuit's batches still strictly in order (the
/// reference agent submits 10 partitions at a time; one after another, 500 circuits at two ledger
/// round trips and a confirmation each would not fit in a 60 s interval on 400 ms slots).
///
/// @param <C> the circuit type
public final class Submitter<C> implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Submitter.class);

  private final SampleJournal<C> journal;
  private final TelemetryLedger<C> ledger;
  private final EpochClock clock;
  private final SubmissionMetrics metrics;
  private final SubmitterConfig config;
  private final LongSupplier nowNanos;
  private final Map<C, Long> settleUntil = new ConcurrentHashMap<>();
  private final ExecutorService workers;

  /// @param journal the sample journal
  /// @param ledger the telemetry program
  /// @param clock the epoch clock
  /// @param metrics metrics
  /// @param config settings
  /// @param nowNanos monotonic time (`System::nanoTime`)
  public Submitter(
      SampleJournal<C> journal,
      TelemetryLedger<C> ledger,
      EpochClock clock,
      SubmissionMetrics metrics,
      SubmitterConfig config,
      LongSupplier nowNanos) {
    this.journal = journal;
    this.ledger = ledger;
    this.clock = clock;
    this.metrics = metrics;
    this.config = config;
    this.nowNanos = nowNanos;
    this.workers =
        config.maxConcurrency() == 1
            ? null
            : Executors.newFixedThreadPool(
                config.maxConcurrency(),
                Thread.ofPlatform().daemon().name("submitter-", 0).factory());
  }

  /// One submission cycle over every circuit; ledger failures are logged and leave the samples for
  /// the next cycle. Cycles never overlap (the shutdown cycle waits for a running one).
  ///
  /// @return samples confirmed on chain in this cycle
  public synchronized long submitAll() {
    journal.force();
    List<C> due = new ArrayList<>();
    for (C c : journal.circuits()) {
      Long until = settleUntil.get(c);
      if (until != null && nowNanos.getAsLong() - until < 0) {
        continue;
      }
      settleUntil.remove(c);
      due.add(c);
    }
    long landed = workers == null ? submitInOrder(due) : submitConcurrently(due);
    OptionalLong current = clock.current();
    if (current.isPresent()) {
      int retired = journal.retire(e -> e < current.getAsLong());
      if (retired > 0) {
        LOG.info(
            "event=partitions-retired count={} current_epoch={}", retired, current.getAsLong());
      }
    }
    if (journal.sizeBytes() > config.compactAboveBytes()) {
      journal.compact();
    }
    metrics.pending(journal.pendingCount());
    return landed;
  }

  private long submitInOrder(List<C> circuits) {
    long landed = 0;
    for (C c : circuits) {
      landed += submitOrDefer(c);
    }
    return landed;
  }

  /// Runs every circuit on the workers and waits for all of them, also when one fails; a failure
  /// other than a ledger error (the journal's disk) is rethrown once all are done.
  private long submitConcurrently(List<C> circuits) {
    List<Future<Long>> futures = new ArrayList<>();
    for (C c : circuits) {
      futures.add(workers.submit(() -> submitOrDefer(c)));
    }
    long landed = 0;
    RuntimeException failure = null;
    boolean interrupted = false;
    for (Future<Long> f : futures) {
      while (true) {
        try {
          landed += f.get();
          break;
        } catch (InterruptedException e) {
          interrupted = true; // let the running writes finish: their outcome must be recorded
        } catch (ExecutionException e) {
          if (failure == null) {
            failure =
                e.getCause() instanceof RuntimeException r
                    ? r
                    : new IllegalStateException(e.getCause());
          }
          break;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure != null) {
      throw failure;
    }
    return landed;
  }

  /// Submits one circuit; a ledger failure is counted and logged, and after a write of unknown
  /// outcome the circuit waits [SubmitterConfig#settle] before it is read again.
  private long submitOrDefer(C c) {
    try {
      return submitCircuit(c);
    } catch (LedgerException e) {
      metrics.error("submitter_failed_to_write_samples");
      LOG.warn("event=submit-failed {} kind={} error=\"{}\"", c, e.kind(), e.getMessage());
      if (e.kind() == LedgerException.Kind.UNKNOWN) {
        settleUntil.put(c, nowNanos.getAsLong() + config.settle().toNanos());
      }
      return 0;
    }
  }

  /// Stops the workers (after [#submitAll] returned: no write is interrupted).
  @Override
  public void close() {
    if (workers != null) {
      workers.shutdown();
    }
  }

  private long submitCircuit(C c) {
    List<Sample> pending = journal.pending(c);
    long landed = 0;
    int i = 0;
    while (i < pending.size()) {
      OptionalLong epoch = epochOf(pending.get(i));
      if (epoch.isEmpty()) {
        break;
      }
      int j = i + 1;
      while (j < pending.size() && epochOf(pending.get(j)).equals(epoch)) {
        j++;
      }
      landed += submitGroup(c, epoch.getAsLong(), pending.subList(i, j));
      i = j;
    }
    return landed;
  }

  private OptionalLong epochOf(Sample s) {
    return s.epoch() >= 0 ? OptionalLong.of(s.epoch()) : clock.epochAt(s.timestampMicros());
  }

  private long submitGroup(C c, long epoch, List<Sample> group) {
    OptionalLong count = ledger.sampleCount(c, epoch);
    if (count.isEmpty()) {
      ledger.initialize(c, epoch, config.samplingIntervalMicros());
      LOG.info(
          "event=account-initialized {} epoch={} interval_us={}",
          c,
          epoch,
          config.samplingIntervalMicros());
      count = ledger.sampleCount(c, epoch);
    }
    long chain = count.orElse(0);
    Mark<C> mark = journal.mark(c, epoch).orElse(null);
    long landed = 0;
    if (mark == null) {
      journal.mark(new Mark<>(c, epoch, journal.consumed(c), chain));
    } else if (chain > mark.chainIndex()) {
      long already = chain - mark.chainIndex();
      int k = (int) Math.min(already, group.size());
      if (already > group.size()) {
        LOG.warn(
            "event=account-ahead-of-journal {} epoch={} chain={} expected_at_most={}",
            c,
            epoch,
            chain,
            mark.chainIndex() + group.size());
      }
      journal.mark(new Mark<>(c, epoch, group.get(k - 1).sequence(), chain));
      LOG.info("event=samples-already-landed {} epoch={} count={}", c, epoch, k);
      metrics.submitted(k);
      landed += k;
      group = group.subList(k, group.size());
    }
    while (!group.isEmpty()) {
      long room = config.maxAccountSamples() - chain;
      if (room <= 0) {
        dropAccountFull(c, epoch, group, chain);
        return landed;
      }
      int n = (int) Math.min(Math.min(config.batchSize(), group.size()), room);
      List<Sample> batch = group.subList(0, n);
      try {
        write(c, epoch, batch);
      } catch (LedgerException e) {
        if (e.kind() != LedgerException.Kind.ACCOUNT_FULL) {
          throw e;
        }
        dropAccountFull(c, epoch, group, chain);
        return landed;
      }
      chain += n;
      journal.mark(new Mark<>(c, epoch, batch.getLast().sequence(), chain));
      metrics.submitted(n);
      landed += n;
      group = group.subList(n, group.size());
    }
    return landed;
  }

  private void write(C c, long epoch, List<Sample> batch) {
    long start = batch.stream().mapToLong(Sample::timestampMicros).min().orElseThrow();
    List<Long> values = batch.stream().map(Sample::value).toList();
    try {
      ledger.write(c, epoch, start, values);
    } catch (LedgerException e) {
      if (e.kind() != LedgerException.Kind.ACCOUNT_NOT_FOUND) {
        throw e;
      }
      ledger.initialize(c, epoch, config.samplingIntervalMicros());
      ledger.write(c, epoch, start, values);
    }
  }

  private void dropAccountFull(C c, long epoch, List<Sample> group, long chain) {
    metrics.dropped("account_full", group.size());
    LOG.warn(
        "event=samples-dropped reason=account_full {} epoch={} count={} chain_index={}",
        c,
        epoch,
        group.size(),
        chain);
    journal.mark(new Mark<>(c, epoch, group.getLast().sequence(), chain));
  }
}
