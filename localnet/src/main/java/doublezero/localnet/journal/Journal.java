package doublezero.localnet.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32C;

/// The append-only write-ahead log: a sequence of segment files `journal-<seq>.log` in the ledger
/// directory, each a run of frames `[u32 LE length][u32 LE CRC-32C][body]` where the CRC covers the
/// body (a {@link RecordCodec} body).
///
/// Segment 0 begins with the genesis record; every later segment begins with a {@link
/// JournalRecord.SegmentStart} naming itself and the state it continues from, and every rotated
/// segment ends with a {@link JournalRecord.SegmentEnd} naming its successor, so a missing,
/// duplicated or reordered segment is visible at recovery.
///
/// {@link #append} writes a frame to the OS; {@link #sync} forces the segment to disk. The caller
/// acknowledges work only after `sync` (group commit: many appends, one sync). One thread appends
/// and rotates; `sync` may run on another thread at the same time as appends (it makes durable at
/// least every frame whose append returned before it was called), and is serialised with {@link
/// #rotate} so a segment is never closed under a running force.
public final class Journal implements AutoCloseable {
  /// Largest frame body accepted (a transaction plus its account writes stays far below).
  public static final int MAX_BODY = 64 * 1024 * 1024;

  private final Path dir;
  private long segment;
  private volatile FileChannel channel;
  private final Object forceLock = new Object();
  private volatile boolean dirty;
  private volatile Runnable beforeForce = () -> {};

  /// Opens `segment` for appending (creating it), positioned at its end.
  public Journal(Path dir, long segment) {
    this.dir = dir;
    open(segment);
  }

  private void open(long seq) {
    try {
      this.segment = seq;
      this.channel =
          FileChannel.open(
              segmentPath(dir, seq),
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND);
      Snapshots.syncDirectory(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open journal segment " + segmentPath(dir, seq), e);
    }
  }

  /// The file of segment `seq`.
  public static Path segmentPath(Path dir, long seq) {
    return dir.resolve(String.format("journal-%016d.log", seq));
  }

  /// Segment numbers present in `dir`, ascending.
  public static List<Long> segments(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.matches("journal-\\d{16}\\.log"))
          .map(n -> Long.parseLong(n.substring(8, 24)))
          .sorted()
          .toList();
    }
  }

  /// The segment being appended to.
  public long segment() {
    return segment;
  }

  /// Frames `record` and writes it (not yet durable).
  public void append(JournalRecord record) {
    try {
      write(channel, frame(record));
      dirty = true;
    } catch (IOException e) {
      throw new UncheckedIOException("journal write failed in " + segmentPath(dir, segment), e);
    }
  }

  /// `[u32 LE length][u32 LE CRC-32C][body]` of one record.
  static ByteBuffer frame(JournalRecord record) {
    byte[] body = RecordCodec.encode(record);
    CRC32C crc = new CRC32C();
    crc.update(body);
    ByteBuffer frame = ByteBuffer.allocate(8 + body.length).order(ByteOrder.LITTLE_ENDIAN);
    frame.putInt(body.length).putInt((int) crc.getValue()).put(body).flip();
    return frame;
  }

  private static void write(FileChannel ch, ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      ch.write(b);
    }
  }

  /// Installs a hook that runs on the syncing thread just before each force (tests hold fsync back
  /// with it).
  ///
  /// @param hook runs before `force`; it may block, which delays every acknowledgement behind that
  ///   force
  public void beforeForce(Runnable hook) {
    this.beforeForce = hook;
  }

  /// Forces every appended frame to stable storage (fdatasync).
  public void sync() {
    synchronized (forceLock) {
      if (!dirty) {
        return;
      }
      dirty = false;
      try {
        beforeForce.run();
        channel.force(false);
      } catch (IOException e) {
        dirty = true;
        throw new UncheckedIOException("journal fsync failed in " + segmentPath(dir, segment), e);
      }
    }
  }

  /// Starts segment `segment() + 1` with `header` and closes the current one with a {@link
  /// JournalRecord.SegmentEnd}: the new file is written whole under a temporary name, forced and
  /// renamed (so it exists with its header or not at all), then the end record is appended to the
  /// old segment and forced. A crash between the two leaves a last segment holding only its header
  /// after a segment without an end record, which recovery recognises. Returns the new segment
  /// number.
  ///
  /// @param header the new segment's first record; its `segment` must be `segment() + 1`
  /// @throws IllegalArgumentException when the header names another segment
  public long rotate(JournalRecord.SegmentStart header) {
    long next = segment + 1;
    if (header.segment() != next) {
      throw new IllegalArgumentException(
          "segment header names " + header.segment() + ", expected " + next);
    }
    synchronized (forceLock) {
      Path file = segmentPath(dir, next);
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try {
        try (FileChannel ch =
            FileChannel.open(
                tmp,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
          write(ch, frame(header));
          ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        Snapshots.syncDirectory(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start journal segment " + file, e);
      }
      append(new JournalRecord.SegmentEnd(next));
      dirty = true;
      sync();
      closeChannel();
      open(next);
      return segment;
    }
  }

  private void closeChannel() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    synchronized (forceLock) {
      sync();
      closeChannel();
    }
  }
}
