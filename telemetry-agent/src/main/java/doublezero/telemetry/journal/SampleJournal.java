package doublezero.telemetry.journal;

import doublezero.sdk.borsh.DecodeException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/// The crash-safe sample buffer: an append-only file of checksummed frames ([JournalCodec]) under
/// the state directory, replayed on start, plus the in-memory view of what is pending per circuit.
/// Appends are buffered and written once per probe tick ([#flush]); [#force] (called before every
/// submission cycle) makes them durable; marks are written and forced as they are made. A torn
/// frame at the tail (a crash mid-write) is cut off on open. [#compact] rewrites the file with only
/// what is still needed. The file is written with `java.io` (a [RandomAccessFile]), not a
/// `FileChannel`: an interrupt of the writing thread closes a `FileChannel`
/// (`ClosedByInterruptException`), and every write after it would fail. Thread-safe.
///
/// @param <C> the circuit type: [Circuit] for the device agent, an exchange pair for the
///   internet-latency collector
public final class SampleJournal<C> implements AutoCloseable {
  /// File name inside the state directory.
  public static final String FILE = "samples.journal";

  private final Path file;
  private final int maxPendingPerCircuit;
  private final JournalCodec<C> codec;
  private final Map<C, CircuitState<C>> circuits = new LinkedHashMap<>();
  private final ByteBuffer unwritten = ByteBuffer.allocate(1 << 16);
  private RandomAccessFile out;
  private long truncatedBytes;

  private SampleJournal(Path file, int maxPendingPerCircuit, CircuitCodec<C> circuits) {
    this.file = file;
    this.maxPendingPerCircuit = maxPendingPerCircuit;
    this.codec = new JournalCodec<>(circuits);
  }

  /// Opens (creating it if needed) and replays the device agent's journal in `dir`.
  ///
  /// @param dir the state directory (created if missing)
  /// @param maxPendingPerCircuit samples a circuit may hold unsubmitted before new ones are dropped
  /// @return the journal
  /// @throws UncheckedIOException when the directory or file cannot be read or written
  public static SampleJournal<Circuit> open(Path dir, int maxPendingPerCircuit) {
    return open(dir, maxPendingPerCircuit, Circuit.CODEC);
  }

  /// Opens (creating it if needed) and replays the journal in `dir`.
  ///
  /// @param dir the state directory (created if missing)
  /// @param maxPendingPerCircuit samples a circuit may hold unsubmitted before new ones are dropped
  /// @param circuits how circuits are named in the file
  /// @param <C> the circuit type
  /// @return the journal
  /// @throws UncheckedIOException when the directory or file cannot be read or written
  public static <C> SampleJournal<C> open(
      Path dir, int maxPendingPerCircuit, CircuitCodec<C> circuits) {
    try {
      Files.createDirectories(dir);
      SampleJournal<C> j = new SampleJournal<>(dir.resolve(FILE), maxPendingPerCircuit, circuits);
      long valid = Files.exists(j.file) ? j.replay() : 0;
      j.out = new RandomAccessFile(j.file.toFile(), "rw");
      j.truncatedBytes = j.out.length() - valid;
      j.out.setLength(valid);
      j.out.seek(valid);
      j.out.getFD().sync();
      return j;
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
    }
  }

  private long replay() throws IOException {
    long valid = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        DataInputStream data = new DataInputStream(in)) {
      byte[] frame = new byte[JournalCodec.MAX_FRAME];
      while (true) {
        try {
          data.readFully(frame, 0, JournalCodec.HEADER);
          int len = Short.toUnsignedInt(ByteBuffer.wrap(frame).getShort(5));
          if (len > frame.length - JournalCodec.HEADER) {
            return valid;
          }
          data.readFully(frame, JournalCodec.HEADER, len);
          JournalCodec.Decoded<C> d = codec.decode(frame, 0, JournalCodec.HEADER + len);
          state(d.record().circuit()).apply(d.record());
          valid += d.length();
        } catch (EOFException | DecodeException e) {
          return valid;
        }
      }
    }
  }

  private CircuitState<C> state(C c) {
    return circuits.computeIfAbsent(c, k -> new CircuitState<>());
  }

  /// @return bytes cut off the tail on open (a torn last write), 0 normally
  public long truncatedBytes() {
    return truncatedBytes;
  }

  /// Appends a sample (not yet forced).
  ///
  /// @param circuit the circuit
  /// @param epoch the epoch known at probe time, or [Sample#UNKNOWN_EPOCH]
  /// @param timestampMicros probe time, µs since the UNIX epoch
  /// @param value the on-chain value ([SampleValue])
  /// @return the sample, or empty when the circuit's buffer is full (the caller counts and logs the
  ///   drop)
  /// @throws UncheckedIOException when the write fails
  public synchronized Optional<Sample> append(
      C circuit, long epoch, long timestampMicros, long value) {
    CircuitState<C> s = state(circuit);
    if (s.pending.size() >= maxPendingPerCircuit) {
      return Optional.empty();
    }
    Sample sample = new Sample(s.lastSequence + 1, epoch, timestampMicros, value);
    write(new JournalRecord.Taken<>(circuit, sample));
    s.apply(new JournalRecord.Taken<>(circuit, sample));
    return Optional.of(sample);
  }

  /// Writes and forces a mark, then forgets the samples it consumes.
  ///
  /// @param mark the mark
  /// @throws UncheckedIOException when the write or the fsync fails
  public synchronized void mark(JournalRecord.Mark<C> mark) {
    write(mark);
    force();
    state(mark.circuit()).apply(mark);
  }

  private void write(JournalRecord<C> r) {
    byte[] frame = codec.encode(r);
    if (unwritten.remaining() < frame.length) {
      flush();
    }
    unwritten.put(frame);
  }

  /// Hands the records appended so far to the file system (one `write`; they then survive a crash
  /// of the process, though not of the machine until [#force]). The sampler calls it at the end of
  /// every probe tick.
  ///
  /// @throws UncheckedIOException when the write fails (the records stay buffered for the next
  ///   attempt)
  public synchronized void flush() {
    if (unwritten.position() == 0) {
      return;
    }
    long at = -1;
    try {
      at = out.getFilePointer();
      out.write(unwritten.array(), 0, unwritten.position());
      unwritten.clear();
    } catch (IOException e) {
      cutBackTo(at); // a partial write must not leave a torn frame before the retried records
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  private void cutBackTo(long at) {
    if (at < 0) {
      return;
    }
    try {
      out.setLength(at);
      out.seek(at);
    } catch (IOException ignored) {
      // the next flush fails too and reports it
    }
  }

  /// Makes every appended record durable (`write` + `fsync`).
  ///
  /// @throws UncheckedIOException when the write or the fsync fails
  public synchronized void force() {
    try {
      flush();
      out.getFD().sync();
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /// @return the circuits with state, in first-seen order
  public synchronized List<C> circuits() {
    return List.copyOf(circuits.keySet());
  }

  /// @param circuit a circuit
  /// @return its unconsumed samples in sequence order (a copy)
  public synchronized List<Sample> pending(C circuit) {
    CircuitState<C> s = circuits.get(circuit);
    return s == null ? List.of() : new ArrayList<>(s.pending);
  }

  /// @param circuit a circuit
  /// @return the last sequence consumed (submitted or dropped)
  public synchronized long consumed(C circuit) {
    CircuitState<C> s = circuits.get(circuit);
    return s == null ? 0 : s.consumed;
  }

  /// @param circuit a circuit
  /// @param epoch an epoch
  /// @return the circuit's latest mark for that epoch's account
  public synchronized Optional<JournalRecord.Mark<C>> mark(C circuit, long epoch) {
    CircuitState<C> s = circuits.get(circuit);
    return s == null ? Optional.empty() : Optional.ofNullable(s.marks.get(epoch));
  }

  /// @return samples pending over all circuits
  public synchronized long pendingCount() {
    return circuits.values().stream().mapToLong(s -> s.pending.size()).sum();
  }

  /// Forgets the marks of epochs that no pending sample can still belong to. A circuit left with
  /// nothing is kept, with its place in the sample sequence: numbering its next sample from 1 again
  /// would put it below the consumed sequence of the marks still in the file, and after a restart
  /// it would count as consumed and never be submitted.
  ///
  /// @param retired whether an epoch's account is done with (e.g. `epoch < current`)
  /// @return the number of (circuit, epoch) partitions retired
  public synchronized int retire(Predicate<Long> retired) {
    int n = 0;
    for (CircuitState<C> s : circuits.values()) {
      long oldestPending =
          s.pending.stream()
              .mapToLong(Sample::epoch)
              .filter(e -> e >= 0)
              .min()
              .orElse(Long.MAX_VALUE);
      boolean unknownPending = s.pending.stream().anyMatch(x -> x.epoch() < 0);
      for (var m = s.marks.keySet().iterator(); m.hasNext(); ) {
        long epoch = m.next();
        if (retired.test(epoch) && epoch < oldestPending && !unknownPending) {
          m.remove();
          n++;
        }
      }
    }
    return n;
  }

  /// Rewrites the journal with only the marks and samples still held, atomically (write, fsync,
  /// rename).
  ///
  /// @throws UncheckedIOException when the rewrite fails (the old file is then kept)
  public synchronized void compact() {
    flush();
    Path tmp = file.resolveSibling(FILE + ".tmp");
    try (FileOutputStream fos = new FileOutputStream(tmp.toFile());
        OutputStream buffered = new BufferedOutputStream(fos, 1 << 16)) {
      for (var e : circuits.entrySet()) {
        List<JournalRecord.Mark<C>> marks = new ArrayList<>(e.getValue().marks.values());
        marks.sort((a, b) -> Long.compare(a.consumedSequence(), b.consumedSequence()));
        for (JournalRecord<C> r : marks) {
          buffered.write(codec.encode(r));
        }
        for (Sample s : e.getValue().pending) {
          buffered.write(codec.encode(new JournalRecord.Taken<>(e.getKey(), s)));
        }
      }
      buffered.flush();
      fos.getFD().sync();
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
        dir.force(true);
      } catch (IOException ignored) {
        // some file systems cannot fsync a directory; the rename is still atomic
      }
      RandomAccessFile old = out;
      out = new RandomAccessFile(file.toFile(), "rw");
      out.seek(out.length());
      old.close();
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /// @return the journal file's size in bytes
  public synchronized long sizeBytes() {
    try {
      return out.length() + unwritten.position();
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public synchronized void close() {
    try {
      flush();
      out.getFD().sync();
      out.close();
    } catch (IOException ignored) {
      // closing: nothing left to protect
    }
  }
}
