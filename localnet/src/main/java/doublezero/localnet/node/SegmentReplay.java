package doublezero.localnet.node;

import doublezero.localnet.journal.JournalRecord;
import doublezero.localnet.journal.LedgerCorruptException;
import doublezero.localnet.runtime.Bank;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/// Applies the records of one journal segment after another to a bank, checking each segment's
/// framing: segment 0 begins with the genesis record, every later one with the {@link
/// JournalRecord.SegmentStart} that names it and the state the bank is in when it begins (the
/// snapshot's, or where the previous segment ended); nothing follows a {@link
/// JournalRecord.SegmentEnd}, which must name the next segment.
final class SegmentReplay implements Consumer<JournalRecord> {
  private final Bank bank;
  private Path file;
  private long segment;
  private Path snapshot;
  private long inSegment;
  private boolean ended;
  private boolean genesis;
  private long createdMillis;

  SegmentReplay(Bank bank) {
    this.bank = bank;
  }

  /// The bank was restored from a snapshot created at `createdMillis`.
  void restored(long createdMillis) {
    this.createdMillis = createdMillis;
    this.genesis = true;
  }

  /// Starts segment `seq` in `file`; `snapshot` is the snapshot file it must continue, or null.
  void begin(Path file, long seq, Path snapshot) {
    this.file = file;
    this.segment = seq;
    this.snapshot = snapshot;
    this.inSegment = 0;
    this.ended = false;
  }

  /// Whether the current segment closed with its end record.
  boolean ended() {
    if (segment > 0 && inSegment == 0) {
      throw new LedgerCorruptException("journal segment " + file + " holds no segment header");
    }
    return ended;
  }

  boolean hasGenesis() {
    return genesis;
  }

  long createdMillis() {
    return createdMillis;
  }

  @Override
  public void accept(JournalRecord rec) {
    if (ended) {
      throw new LedgerCorruptException(
          "journal segment " + file + " has records after its end record");
    }
    boolean first = inSegment++ == 0;
    if (first && segment > 0 && !(rec instanceof JournalRecord.SegmentStart)) {
      throw new LedgerCorruptException(
          "journal segment "
              + file
              + " does not begin with its segment header"
              + " (a copy of segment 0, or written by an older localnet)");
    }
    switch (rec) {
      case JournalRecord.Genesis g -> {
        if (segment != 0 || !first) {
          throw new LedgerCorruptException(
              "journal segment "
                  + file
                  + " holds a genesis record"
                  + (segment != 0
                      ? " but is not segment 0 (a duplicated or renamed segment)"
                      : " after other records"));
        }
        bank.reset(g.genesisHash(), 0, List.of());
        createdMillis = g.createdMillis();
        genesis = true;
      }
      case JournalRecord.SegmentStart h -> checkHeader(h, first);
      case JournalRecord.SegmentEnd e -> {
        if (e.next() != segment + 1) {
          throw new LedgerCorruptException(
              "journal segment "
                  + file
                  + " ends naming segment "
                  + e.next()
                  + " as its successor, expected "
                  + (segment + 1)
                  + " (a duplicated or renamed segment)");
        }
        ended = true;
      }
      case JournalRecord.Slot s -> requireGenesis(() -> bank.replaySlot(s.slot(), s.hash()));
      case JournalRecord.Writes w -> requireGenesis(() -> bank.accounts().apply(w.accounts()));
      case JournalRecord.Tx t -> requireGenesis(() -> bank.replay(t.status(), t.writes()));
    }
  }

  private void checkHeader(JournalRecord.SegmentStart h, boolean first) {
    if (!first) {
      throw new LedgerCorruptException(
          "journal segment " + file + " holds a segment header after other records");
    }
    if (h.segment() != segment) {
      throw new LedgerCorruptException(
          "journal segment "
              + file
              + " holds the header of segment "
              + h.segment()
              + " (a duplicated or renamed segment)");
    }
    requireGenesis(() -> {});
    boolean matches =
        Arrays.equals(h.genesisHash(), bank.genesisHash())
            && h.slot() == bank.slot()
            && h.transactionCount() == bank.transactionCount()
            && h.feesCollected() == bank.feesCollected();
    if (!matches) {
      String found =
          "slot "
              + h.slot()
              + ", "
              + h.transactionCount()
              + " transactions, fees "
              + h.feesCollected()
              + (Arrays.equals(h.genesisHash(), bank.genesisHash()) ? "" : ", another genesis");
      String have =
          "slot "
              + bank.slot()
              + ", "
              + bank.transactionCount()
              + " transactions, fees "
              + bank.feesCollected();
      throw new LedgerCorruptException(
          snapshot != null
              ? "snapshot "
                  + snapshot
                  + " does not match journal segment "
                  + file
                  + ": the snapshot holds "
                  + have
                  + ", the segment continues from "
                  + found
              : "journal segment "
                  + file
                  + " does not continue its predecessor: it starts from "
                  + found
                  + ", the journal before it ends at "
                  + have
                  + " (a segment is missing, duplicated or out of order)");
    }
  }

  private void requireGenesis(Runnable r) {
    if (!genesis) {
      throw new LedgerCorruptException(
          "journal segment " + file + ": a record precedes the genesis record");
    }
    r.run();
  }
}
