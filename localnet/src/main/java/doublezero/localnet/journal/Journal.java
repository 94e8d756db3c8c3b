package doublezero.localnet.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32C;

/// The append-only write-ahead log: a sequence of segment files `journal-<seq>.log` in the ledger directory, each a
/// run of frames `[u32 LE length][u32 LE CRC-32C][body]` where the CRC covers the body (a {@link RecordCodec} body).
///
/// {@link #append} writes a frame to the OS; {@link #sync} forces the segment to disk. The caller acknowledges work
/// only after `sync` (group commit: many appends, one sync). One thread appends and rotates; `sync` may run on
/// another thread at the same time as appends (it makes durable at least every frame whose append returned before
/// it was called), and is serialised with {@link #rotate} so a segment is never closed under a running force.
public final class Journal implements AutoCloseable {
  /// Largest frame body accepted (a transaction plus its account writes stays far below).
  public static final int MAX_BODY = 64 * 1024 * 1024;
  private final Path dir;
  private long segment;
  private volatile FileChannel channel;
  private final ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
  private final Object forceLock = new Object();
  private volatile boolean dirty;

  /// Opens `segment` for appending (creating it), positioned at its end.
  public Journal(Path dir, long segment) {
    this.dir = dir;
    open(segment);
  }

  private void open(long seq) {
    try {
      this.segment = seq;
      this.channel = FileChannel.open(segmentPath(dir, seq), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
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
    byte[] body = RecordCodec.encode(record);
    CRC32C crc = new CRC32C();
    crc.update(body);
    header.clear();
    header.putInt(body.length).putInt((int) crc.getValue()).flip();
    try {
      ByteBuffer frame = ByteBuffer.allocate(8 + body.length);
      frame.put(header).put(body).flip();
      while (frame.hasRemaining()) {
        channel.write(frame);
      }
      dirty = true;
    } catch (IOException e) {
      throw new UncheckedIOException("journal write failed in " + segmentPath(dir, segment), e);
    }
  }

  /// Forces every appended frame to stable storage (fdatasync).
  public void sync() {
    synchronized (forceLock) {
      if (!dirty) {
        return;
      }
      dirty = false;
      try {
        channel.force(false);
      } catch (IOException e) {
        dirty = true;
        throw new UncheckedIOException("journal fsync failed in " + segmentPath(dir, segment), e);
      }
    }
  }

  /// Syncs and closes the current segment, then starts segment `segment() + 1`; returns the new number.
  public long rotate() {
    synchronized (forceLock) {
      dirty = true;
      sync();
      closeChannel();
      open(segment + 1);
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
