package doublezero.telemetry.submit;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.solana.rpc.EpochInfo;
import doublezero.telemetry.epoch.EpochClock;
import doublezero.telemetry.journal.Circuit;
import doublezero.telemetry.journal.SampleJournal;
import doublezero.telemetry.ledger.TelemetryLedger;
import doublezero.telemetry.metrics.AgentMetrics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `--submitter-max-concurrency`: circuits go to the ledger at the same time, never more than the
/// bound, each circuit's samples still land exactly once and in order, also when confirmations are
/// lost on several circuits at once.
class ConcurrentSubmitterTest {
  static final long T0 = 1_700_000_000_000_000L;
  @TempDir Path dir;
  final FakeLedger fake = new FakeLedger();
  final SlowLedger ledger = new SlowLedger(fake);
  final EpochClock clock = new EpochClock(400_000);
  final AgentMetrics metrics = new AgentMetrics("test");
  final List<Circuit> circuits =
      IntStream.range(0, 40)
          .mapToObj(
              i ->
                  new Circuit(
                      SubmitterTest.key(1), SubmitterTest.key(10 + i), SubmitterTest.key(100 + i)))
          .toList();

  /// The ledger of [FakeLedger] with 2 ms per call, counting the calls in flight.
  static final class SlowLedger implements TelemetryLedger<Circuit> {
    final FakeLedger inner;
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();

    SlowLedger(FakeLedger inner) {
      this.inner = inner;
    }

    private <T> T slow(java.util.function.Supplier<T> call) {
      maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        Thread.sleep(2);
        return call.get();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      } finally {
        inFlight.decrementAndGet();
      }
    }

    @Override
    public EpochInfo epochInfo() {
      return inner.epochInfo();
    }

    @Override
    public OptionalLong sampleCount(Circuit circuit, long epoch) {
      return slow(() -> inner.sampleCount(circuit, epoch));
    }

    @Override
    public void initialize(Circuit circuit, long epoch, long interval) {
      slow(
          () -> {
            inner.initialize(circuit, epoch, interval);
            return null;
          });
    }

    @Override
    public void write(Circuit circuit, long epoch, long start, List<Long> values) {
      slow(
          () -> {
            inner.write(circuit, epoch, start, values);
            return null;
          });
    }
  }

  private Submitter<Circuit> submitter(SampleJournal<Circuit> j, int concurrency) {
    return new Submitter<>(
        j,
        ledger,
        clock,
        metrics,
        SubmitterConfig.of(10_000, Duration.ZERO).withMaxConcurrency(concurrency),
        System::nanoTime);
  }

  private void append(SampleJournal<Circuit> j, long from, long to) {
    for (Circuit c : circuits) {
      for (long v = from; v <= to; v++) {
        j.append(c, 7, T0 + v, v);
      }
    }
  }

  @Test
  void circuitsGoTogetherUpToTheBoundAndEachLandsOnceInOrder() {
    clock.observe(new EpochInfo(0, 0, 7, 0, 1000, 0), T0);
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100_000);
        Submitter<Circuit> s = submitter(j, 8)) {
      append(j, 1, 600);
      assertThat(s.submitAll()).isEqualTo(40 * 600);
      assertThat(ledger.maxInFlight.get()).isBetween(2, 8);
      for (Circuit c : circuits) {
        assertThat(fake.samples(c, 7)).isEqualTo(SubmitterTest.values(1, 600));
      }
      assertThat(fake.writes).isEqualTo(40 * 3);
    }
  }

  @Test
  void lostConfirmationsOnSeveralCircuitsAtOnceAreNotResent() {
    clock.observe(new EpochInfo(0, 0, 7, 0, 1000, 0), T0);
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100_000);
        Submitter<Circuit> s = submitter(j, 8)) {
      append(j, 1, 300);
      fake.loseConfirmations = 12;
      s.submitAll();
      assertThat(metrics.submittedCount()).isLessThan(40 * 300);
      append(j, 301, 310);
      s.submitAll();
      for (Circuit c : circuits) {
        assertThat(fake.samples(c, 7)).isEqualTo(SubmitterTest.values(1, 310));
      }
      assertThat(metrics.submittedCount()).isEqualTo(40 * 310);
      assertThat(j.pendingCount()).isZero();
    }
  }

  @Test
  void oneAtATimeUsesNoWorkers() {
    clock.observe(new EpochInfo(0, 0, 7, 0, 1000, 0), T0);
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100_000);
        Submitter<Circuit> s = submitter(j, 1)) {
      append(j, 1, 10);
      assertThat(s.submitAll()).isEqualTo(400);
      assertThat(ledger.maxInFlight.get()).isEqualTo(1);
    }
  }
}
