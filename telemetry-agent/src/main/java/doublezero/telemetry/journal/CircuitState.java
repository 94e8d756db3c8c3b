package doublezero.telemetry.journal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;

/// What the journal knows of one circuit: samples not yet consumed, in sequence order, and the
/// latest mark of each epoch. Guarded by the owning [SampleJournal]'s lock.
///
/// @param <C> the circuit type
final class CircuitState<C> {
  final Deque<Sample> pending = new ArrayDeque<>();
  final Map<Long, JournalRecord.Mark<C>> marks = new TreeMap<>();
  long lastSequence;
  long consumed;

  void apply(JournalRecord<C> r) {
    switch (r) {
      case JournalRecord.Taken<C> t -> {
        if (t.sample().sequence() > consumed) {
          pending.addLast(t.sample());
        }
        lastSequence = Math.max(lastSequence, t.sample().sequence());
      }
      case JournalRecord.Mark<C> m -> {
        marks.put(m.epoch(), m);
        consume(m.consumedSequence());
      }
    }
  }

  void consume(long sequence) {
    consumed = Math.max(consumed, sequence);
    lastSequence = Math.max(lastSequence, consumed);
    while (!pending.isEmpty() && pending.peekFirst().sequence() <= consumed) {
      pending.removeFirst();
    }
  }
}
