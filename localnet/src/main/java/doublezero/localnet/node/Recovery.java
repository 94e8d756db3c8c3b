package doublezero.localnet.node;

import doublezero.localnet.journal.Journal;
import doublezero.localnet.journal.JournalReader;
import doublezero.localnet.journal.LedgerCorruptException;
import doublezero.localnet.journal.SnapshotState;
import doublezero.localnet.journal.Snapshots;
import doublezero.localnet.runtime.Bank;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Rebuilds a bank from the ledger directory: the snapshot (if any), then every later journal
/// segment in order.
///
/// Refuses ({@link LedgerCorruptException}, naming the file) rather than start with less than was
/// committed: the segment the snapshot names, or segment 0 without a snapshot, is missing; a number
/// is skipped; a segment's header names another segment or a state other than the one its
/// predecessor (or the snapshot) ends in; a segment that was rotated names a successor that is not
/// there. The one tolerated irregularity is the crash window of {@link Journal#rotate}: a last
/// segment holding only its header after a segment without an end record; that empty successor is
/// removed and appending resumes in its predecessor.
final class Recovery {
  /// What recovery found.
  ///
  /// @param fresh the directory held no ledger
  /// @param createdMillis ledger creation time
  /// @param nextSegment the segment number to append to next
  /// @param records journal records replayed
  /// @param tornBytes bytes dropped from a torn tail
  /// @param tornFile the segment whose tail was dropped, or null
  record Outcome(
      boolean fresh,
      long createdMillis,
      long nextSegment,
      long records,
      long tornBytes,
      Path tornFile) {}

  private Recovery() {}

  static Outcome recover(Path dir, Bank bank) throws IOException {
    Files.createDirectories(dir);
    Files.deleteIfExists(dir.resolve(Snapshots.FILE + ".tmp"));
    deleteUnfinishedSegments(dir);
    Optional<SnapshotState> snap = Snapshots.read(dir);
    List<Long> segments = Journal.segments(dir);
    if (snap.isEmpty() && segments.isEmpty()) {
      return new Outcome(true, 0, 0, 0, 0, null);
    }
    SegmentReplay replay = new SegmentReplay(bank);
    long from = 0;
    if (snap.isPresent()) {
      SnapshotState s = snap.get();
      bank.reset(s.genesisHash(), s.slot(), s.blockhashes());
      bank.accounts().apply(s.accounts());
      s.statuses().forEach(st -> bank.replay(st, Map.of()));
      bank.restoreCounters(s.transactionCount(), s.feesCollected());
      replay.restored(s.createdMillis());
      from = s.nextSegment();
    }
    List<Long> live = new ArrayList<>();
    List<Long> stale = new ArrayList<>();
    for (long seq : segments) {
      (seq < from ? stale : live).add(seq);
    }
    checkNumbering(dir, snap.isPresent(), from, live);
    long records = 0;
    long torn = 0;
    Path tornFile = null;
    long next = from;
    boolean predecessorEnded = true;
    for (int i = 0; i < live.size(); i++) {
      long seq = live.get(i);
      Path file = Journal.segmentPath(dir, seq);
      boolean last = i == live.size() - 1;
      replay.begin(file, seq, i == 0 && snap.isPresent() ? dir.resolve(Snapshots.FILE) : null);
      JournalReader.Result r = JournalReader.replay(file, last, replay);
      records += r.records();
      if (r.tornBytes() > 0) {
        torn = r.tornBytes();
        tornFile = file;
      }
      next = seq;
      if (!predecessorEnded) {
        if (!last || r.records() != 1) {
          throw new LedgerCorruptException(
              "journal segment "
                  + Journal.segmentPath(dir, seq - 1)
                  + " has no end record but is followed by "
                  + file);
        }
        Files.delete(file);
        next = seq - 1;
        break;
      }
      predecessorEnded = replay.ended();
      if (predecessorEnded && last) {
        throw new LedgerCorruptException(
            "journal segment "
                + Journal.segmentPath(dir, seq + 1)
                + " is missing: "
                + file
                + " ends by naming it as its successor");
      }
    }
    if (!replay.hasGenesis()) {
      throw new LedgerCorruptException(
          "ledger " + dir + " has journal segments but no genesis record and no snapshot");
    }
    for (long seq : stale) {
      // Already in the snapshot, which the journal has just confirmed: a crash came between writing
      // it and deleting
      // these.
      Files.deleteIfExists(Journal.segmentPath(dir, seq));
    }
    return new Outcome(false, replay.createdMillis(), next, records, torn, tornFile);
  }

  /// The snapshot's segment (or segment 0 without a snapshot) must be present, and the numbers
  /// contiguous.
  private static void checkNumbering(Path dir, boolean snapshot, long from, List<Long> live) {
    if (live.isEmpty() || live.getFirst() != from) {
      String found =
          live.isEmpty()
              ? "no later segment"
              : "the first is " + Journal.segmentPath(dir, live.getFirst());
      throw new LedgerCorruptException(
          "journal segment "
              + Journal.segmentPath(dir, from)
              + " is missing ("
              + (snapshot
                  ? "snapshot " + dir.resolve(Snapshots.FILE) + " continues there"
                  : "it holds the genesis record")
              + "; "
              + found
              + ")");
    }
    for (int i = 1; i < live.size(); i++) {
      if (live.get(i) != from + i) {
        throw new LedgerCorruptException(
            "journal segment "
                + Journal.segmentPath(dir, from + i)
                + " is missing ("
                + Journal.segmentPath(dir, live.get(i))
                + " follows "
                + Journal.segmentPath(dir, live.get(i - 1))
                + ")");
      }
    }
  }

  private static void deleteUnfinishedSegments(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      for (Path p :
          s.filter(p -> p.getFileName().toString().matches("journal-\\d{16}\\.log\\.tmp"))
              .toList()) {
        Files.delete(p);
      }
    }
  }
}
