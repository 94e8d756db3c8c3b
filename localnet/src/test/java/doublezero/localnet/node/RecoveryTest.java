package doublezero.localnet.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import doublezero.localnet.journal.Journal;
import doublezero.localnet.journal.JournalRecord;
import doublezero.localnet.journal.LedgerCorruptException;
import doublezero.localnet.journal.SnapshotState;
import doublezero.localnet.journal.Snapshots;
import doublezero.localnet.ledger.AccountStore;
import doublezero.localnet.runtime.Bank;
import doublezero.localnet.runtime.ProgramRegistry;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/// Recovery refuses a journal whose segments are missing, duplicated or out of order, naming the
/// file; it accepts the crash window of a rotation and a torn tail (logged with its size).
@NeedsLedgerInternals(
    "tests the in-process ledger itself: recovery from damaged journal segments on disk")
class RecoveryTest {
  private static final byte[] GENESIS = new byte[32];

  static {
    Arrays.fill(GENESIS, (byte) 7);
  }

  @TempDir Path dir;

  /// Segments 0, 1, 2 with three slot records each; 0 and 1 rotated (end records), 2 open.
  @BeforeEach
  void threeSegments() {
    Journal j = new Journal(dir, 0);
    j.append(new JournalRecord.Genesis(GENESIS, 1000));
    j.append(new JournalRecord.Writes(Map.of()));
    long slot = 0;
    for (int seg = 0; seg < 3; seg++) {
      for (int i = 0; i < 3; i++) {
        j.append(new JournalRecord.Slot(++slot, new byte[32]));
      }
      if (seg < 2) {
        j.rotate(new JournalRecord.SegmentStart(seg + 1, GENESIS, slot, 0, 0));
      }
    }
    j.close();
  }

  private static Bank bank() {
    return new Bank(new AccountStore(), new ProgramRegistry(), 432_000, 100);
  }

  private Path seg(long n) {
    return Journal.segmentPath(dir, n);
  }

  @Test
  void intactSegmentsReplayInOrder() throws Exception {
    Bank b = bank();
    Recovery.Outcome o = Recovery.recover(dir, b);
    assertThat(b.slot()).isEqualTo(9);
    assertThat(o.nextSegment()).isEqualTo(2);
    assertThat(o.tornBytes()).isZero();
  }

  @Test
  void aMissingNewestSegmentIsRefused() throws Exception {
    Files.delete(seg(2));
    assertThatThrownBy(() -> Recovery.recover(dir, bank()))
        .isInstanceOf(LedgerCorruptException.class)
        .hasMessageContaining(seg(2).toString())
        .hasMessageContaining("missing");
  }

  @Test
  void aMissingMiddleSegmentIsRefused() throws Exception {
    Files.delete(seg(1));
    assertThatThrownBy(() -> Recovery.recover(dir, bank()))
        .isInstanceOf(LedgerCorruptException.class)
        .hasMessageContaining(seg(1).toString())
        .hasMessageContaining("missing");
  }

  @Test
  void aMissingFirstSegmentIsRefused() throws Exception {
    Files.delete(seg(0));
    assertThatThrownBy(() -> Recovery.recover(dir, bank()))
        .isInstanceOf(LedgerCorruptException.class)
        .hasMessageContaining(seg(0).toString())
        .hasMessageContaining("missing");
  }

  @Test
  void aDuplicatedSegmentIsRefused() throws Exception {
    Files.copy(seg(1), seg(2), StandardCopyOption.REPLACE_EXISTING);
    assertThatThrownBy(() -> Recovery.recover(dir, bank()))
        .isInstanceOf(LedgerCorruptException.class)
        .hasMessageContaining(seg(2).toString())
        .hasMessageContaining("header of segment 1");
  }

  @Test
  void aSegmentCopiedBeyondTheNewestIsRefused() throws Exception {
    Files.copy(seg(2), seg(3));
    assertThatThrownBy(() -> Recovery.recover(dir, bank()))
        .isInstanceOf(LedgerCorruptException.class)
        .hasMessageContaining(seg(3).toString())
        .hasMessageContaining("header of segment 2");
  }

  @Test
  void segmentsOutOfOrderAreRefused() throws Exception {
    Path tmp = dir.resolve("swap");
    Files.move(seg(1), tmp);
    Files.move(seg(2), seg(1));
    Files.move(tmp, seg(2));
    assertThatThrownBy(() -> Recovery.recover(dir, bank()))
        .isInstanceOf(LedgerCorruptException.class)
        .hasMessageContaining(seg(1).toString())
        .hasMessageContaining("header of segment 2");
  }

  @Test
  void aSegmentThatDoesNotContinueItsPredecessorIsRefused() throws Exception {
    // Segment 1 rewritten as if it started at another state (e.g. from another copy of the ledger).
    Files.delete(seg(2));
    Files.delete(seg(1));
    Journal j = new Journal(dir, 1);
    j.append(new JournalRecord.SegmentStart(1, GENESIS, 5, 0, 0));
    j.close();
    stripEndRecord(seg(0));
    assertThatThrownBy(() -> Recovery.recover(dir, bank()))
        .isInstanceOf(LedgerCorruptException.class)
        .hasMessageContaining(seg(1).toString())
        .hasMessageContaining("does not continue");
  }

  @Test
  void theCrashWindowOfARotationIsRecovered() throws Exception {
    // Crash after the new segment was installed but before the old one got its end record.
    Files.delete(seg(2));
    Journal j = new Journal(dir, 2);
    j.append(new JournalRecord.SegmentStart(2, GENESIS, 6, 0, 0));
    j.close();
    stripEndRecord(seg(1));
    Bank b = bank();
    Recovery.Outcome o = Recovery.recover(dir, b);
    assertThat(o.nextSegment()).isEqualTo(1);
    assertThat(b.slot()).isEqualTo(6);
    assertThat(seg(2)).doesNotExist();
  }

  @Test
  void aTornTailIsDroppedAndLoggedWithItsSize() throws Exception {
    byte[] whole = Files.readAllBytes(seg(2));
    Files.write(seg(2), Arrays.copyOf(whole, whole.length - 5));
    Logger logger = (Logger) LoggerFactory.getLogger("localnet.ledger");
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    logger.addAppender(log);
    try (LedgerNode node =
        new LedgerNode(
            new NodeConfig(dir, 1000, 432_000, 1_000_000, 100), new ProgramRegistry(), Map.of())) {
      assertThat(node.bank().slot()).isEqualTo(8);
    } finally {
      logger.detachAppender(log);
    }
    int slotFrame = 8 + 1 + 8 + 32;
    assertThat(Files.size(seg(2))).isEqualTo(whole.length - slotFrame);
    List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(lines)
        .contains("ledger.recover: dropped torn tail file=" + seg(2) + " bytes=" + (slotFrame - 5));
  }

  @Test
  void aSnapshotThatDoesNotMatchTheJournalIsRefusedAndNothingIsDeleted() throws Exception {
    Snapshots.write(
        dir, new SnapshotState(2, GENESIS, 1000, 5, List.of(), 0, 0, Map.of(), List.of()));
    assertThatThrownBy(() -> Recovery.recover(dir, bank()))
        .isInstanceOf(LedgerCorruptException.class)
        .hasMessageContaining(dir.resolve(Snapshots.FILE).toString())
        .hasMessageContaining("does not match");
    assertThat(seg(0)).exists();
    assertThat(seg(1)).exists();
  }

  @Test
  void aMatchingSnapshotIsUsedAndTheSegmentsItCoversAreRemoved() throws Exception {
    Snapshots.write(
        dir, new SnapshotState(2, GENESIS, 1000, 6, List.of(), 0, 0, Map.of(), List.of()));
    Bank b = bank();
    Recovery.recover(dir, b);
    assertThat(b.slot()).isEqualTo(9);
    assertThat(seg(0)).doesNotExist();
    assertThat(seg(1)).doesNotExist();
  }

  /// Removes the last frame (the end record) of a rotated segment.
  private static void stripEndRecord(Path file) throws Exception {
    byte[] all = Files.readAllBytes(file);
    int endFrame = 8 + 9;
    Files.write(file, Arrays.copyOf(all, all.length - endFrame));
  }
}
