package doublezero.localnet.node;

import doublezero.localnet.journal.Journal;
import doublezero.localnet.journal.JournalReader;
import doublezero.localnet.journal.JournalRecord;
import doublezero.localnet.journal.LedgerCorruptException;
import doublezero.localnet.journal.SnapshotState;
import doublezero.localnet.journal.Snapshots;
import doublezero.localnet.runtime.Bank;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/// Rebuilds a bank from the ledger directory: the snapshot (if any), then every later journal segment in order.
final class Recovery {
  /// What recovery found.
  ///
  /// @param fresh         the directory held no ledger
  /// @param createdMillis ledger creation time
  /// @param nextSegment   the segment number to append to next
  /// @param records       journal records replayed
  /// @param tornBytes     bytes dropped from a torn tail
  record Outcome(boolean fresh, long createdMillis, long nextSegment, long records, long tornBytes) {}

  private Recovery() {}

  static Outcome recover(Path dir, Bank bank) throws IOException {
    Files.createDirectories(dir);
    Files.deleteIfExists(dir.resolve(Snapshots.FILE + ".tmp"));
    Optional<SnapshotState> snap = Snapshots.read(dir);
    List<Long> segments = Journal.segments(dir);
    if (snap.isEmpty() && segments.isEmpty()) {
      return new Outcome(true, 0, 0, 0, 0);
    }
    long[] created = {0};
    boolean[] genesis = {false};
    long from = 0;
    if (snap.isPresent()) {
      SnapshotState s = snap.get();
      bank.reset(s.genesisHash(), s.slot(), s.blockhashes());
      bank.accounts().apply(s.accounts());
      s.statuses().forEach(st -> bank.replay(st, java.util.Map.of()));
      bank.restoreCounters(s.transactionCount(), s.feesCollected());
      created[0] = s.createdMillis();
      genesis[0] = true;
      from = s.nextSegment();
    }
    long records = 0;
    long torn = 0;
    long next = from;
    for (int i = 0; i < segments.size(); i++) {
      long seq = segments.get(i);
      if (seq < from) {
        Files.deleteIfExists(Journal.segmentPath(dir, seq));
        continue;
      }
      if (seq != next && !(records == 0 && seq > next && snap.isEmpty())) {
        throw new LedgerCorruptException("journal segment " + next + " is missing in " + dir + " (found " + seq + ")");
      }
      JournalReader.Result r = JournalReader.replay(Journal.segmentPath(dir, seq), i == segments.size() - 1,
          rec -> apply(bank, rec, created, genesis));
      records += r.records();
      torn += r.tornBytes();
      next = seq + 1;
    }
    if (!genesis[0]) {
      throw new LedgerCorruptException("ledger " + dir + " has journal segments but no genesis record and no snapshot");
    }
    return new Outcome(false, created[0], next, records, torn);
  }

  private static void apply(Bank bank, JournalRecord rec, long[] created, boolean[] genesis) {
    switch (rec) {
      case JournalRecord.Genesis g -> {
        bank.reset(g.genesisHash(), 0, List.of());
        created[0] = g.createdMillis();
        genesis[0] = true;
      }
      case JournalRecord.Slot s -> requireGenesis(genesis, () -> bank.replaySlot(s.slot(), s.hash()));
      case JournalRecord.Writes w -> requireGenesis(genesis, () -> bank.accounts().apply(w.accounts()));
      case JournalRecord.Tx t -> requireGenesis(genesis, () -> bank.replay(t.status(), t.writes()));
    }
  }

  private static void requireGenesis(boolean[] genesis, Runnable r) {
    if (!genesis[0]) {
      throw new LedgerCorruptException("journal record precedes the genesis record");
    }
    r.run();
  }
}
