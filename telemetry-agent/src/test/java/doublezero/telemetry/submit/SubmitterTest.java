package doublezero.telemetry.submit;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.EpochInfo;
import doublezero.telemetry.epoch.EpochClock;
import doublezero.telemetry.journal.Circuit;
import doublezero.telemetry.journal.Sample;
import doublezero.telemetry.journal.SampleJournal;
import doublezero.telemetry.metrics.AgentMetrics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmitterTest {
  static final Circuit C = new Circuit(key(1), key(2), key(3));
  static final long T0 = 1_700_000_000_000_000L;
  @TempDir Path dir;
  final FakeLedger ledger = new FakeLedger();
  final EpochClock clock = new EpochClock(400_000);
  final AgentMetrics metrics = new AgentMetrics("test");

  static PublicKey key(int b) {
    byte[] k = new byte[32];
    k[0] = (byte) b;
    return PublicKey.of(k);
  }

  Submitter<Circuit> submitter(SampleJournal<Circuit> j) {
    return new Submitter<>(
        j, ledger, clock, metrics, SubmitterConfig.of(10_000, Duration.ZERO), System::nanoTime);
  }

  static List<Long> values(long from, long to) {
    return LongStream.rangeClosed(from, to).boxed().toList();
  }

  @Test
  void batchesOf245InitializeOnMissingAndKeepTheFirstStartTimestamp() {
    clock.observe(new EpochInfo(0, 0, 7, 0, 1000, 0), T0);
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100_000)) {
      for (long v = 1; v <= 600; v++) {
        j.append(C, 7, T0 + v * 10_000, v);
      }
      assertThat(submitter(j).submitAll()).isEqualTo(600);
      assertThat(ledger.writes).isEqualTo(3); // 245 + 245 + 110
      assertThat(ledger.samples(C, 7)).isEqualTo(values(1, 600));
      FakeLedger.Account a = ledger.accounts.get(new FakeLedger.Key(C, 7));
      assertThat(a.interval).isEqualTo(10_000);
      assertThat(a.start).isEqualTo(T0 + 10_000);
      assertThat(j.pending(C)).isEmpty();
    }
  }

  @Test
  void aLostConfirmationIsNeverResentTwice() {
    clock.observe(new EpochInfo(0, 0, 7, 0, 1000, 0), T0);
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100_000)) {
      for (long v = 1; v <= 300; v++) {
        j.append(C, 7, T0 + v, v);
      }
      ledger.loseConfirmations = 1;
      Submitter<Circuit> s = submitter(j);
      s.submitAll(); // batch 1 landed, confirmation lost: nothing marked past the baseline
      s.submitAll();
      assertThat(ledger.samples(C, 7)).isEqualTo(values(1, 300));
      assertThat(metrics.submittedCount()).isEqualTo(300);
    }
  }

  @Test
  void aRestartAfterACrashResumesAfterWhatLanded() {
    clock.observe(new EpochInfo(0, 0, 7, 0, 1000, 0), T0);
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100_000)) {
      for (long v = 1; v <= 500; v++) {
        j.append(C, 7, T0 + v, v);
      }
      ledger.loseConfirmations = 1; // the write lands, then "the process dies" before its mark
      submitter(j).submitAll();
    }
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100_000)) {
      assertThat(j.pending(C)).hasSize(500);
      j.append(C, 7, T0 + 501, 501);
      submitter(j).submitAll();
      assertThat(ledger.samples(C, 7)).isEqualTo(values(1, 501));
    }
  }

  @Test
  void anOutageKeepsEverySampleAndAnEpochBoundaryInsideItSplitsByTimestamp() {
    clock.observe(new EpochInfo(1000, 1000, 1, 0, 1000, 0), T0);
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100_000)) {
      Submitter<Circuit> s = submitter(j);
      j.append(C, 1, T0 + 1_000, 1);
      ledger.down = true;
      // 20 samples at 100 ms while the ledger is down (epoch unknown); the epoch turns at T0 + 1.2
      // s
      for (int i = 1; i <= 20; i++) {
        j.append(C, Sample.UNKNOWN_EPOCH, T0 + i * 100_000L, 1 + i);
        s.submitAll();
      }
      ledger.down = false;
      // back at T0 + 2.2 s at slot 3200 (1 ms slots, 1000 per epoch): epoch 3 began at T0 + 2.0 s,
      // epoch 2 at T0 + 1 s
      clock.observe(new EpochInfo(3200, 3200, 3, 200, 1000, 0), T0 + 2_200_000);
      s.submitAll();
      assertThat(ledger.samples(C, 1)).isEqualTo(values(1, 10));
      assertThat(ledger.samples(C, 2)).isEqualTo(values(11, 20));
      assertThat(ledger.samples(C, 3)).isEqualTo(values(21, 21));
    }
  }

  @Test
  void aFullAccountDropsCountsAndMovesOn() {
    clock.observe(new EpochInfo(0, 0, 7, 0, 1000, 0), T0);
    ledger.capacity = 100;
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100_000)) {
      for (long v = 1; v <= 150; v++) {
        j.append(C, 7, T0 + v, v);
      }
      Submitter<Circuit> s =
          new Submitter<>(
              j,
              ledger,
              clock,
              metrics,
              new SubmitterConfig(10_000, 245, 35_000, Duration.ZERO, 1 << 20, 1),
              System::nanoTime);
      s.submitAll();
      assertThat(ledger.samples(C, 7)).isEmpty(); // 150 > 100: the program refused the batch
      assertThat(metrics.droppedCount("account_full")).isEqualTo(150);
      assertThat(j.pending(C)).isEmpty();
    }
  }

  @Test
  void oldEpochPartitionsAreRetiredAndTheJournalCompacts() {
    clock.observe(new EpochInfo(0, 0, 7, 0, 1000, 0), T0);
    try (SampleJournal<Circuit> j = SampleJournal.open(dir, 100_000)) {
      j.append(C, 7, T0 + 1, 5);
      Submitter<Circuit> s =
          new Submitter<>(
              j,
              ledger,
              clock,
              metrics,
              new SubmitterConfig(10_000, 245, 35_000, Duration.ZERO, 0, 1),
              System::nanoTime);
      s.submitAll();
      assertThat(j.mark(C, 7)).isPresent();
      clock.observe(new EpochInfo(1000, 1000, 8, 0, 1000, 0), T0 + 4_000_000);
      s.submitAll();
      assertThat(j.mark(C, 7)).isEmpty();
      assertThat(j.pending(C)).isEmpty();
      assertThat(j.sizeBytes()).isZero();
      assertThat(j.append(C, 8, T0 + 4_000_001, 6).orElseThrow().sequence())
          .as("numbering goes on")
          .isEqualTo(2);
    }
  }
}
