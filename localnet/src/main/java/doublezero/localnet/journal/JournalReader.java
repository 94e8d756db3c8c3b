package doublezero.localnet.journal;

import doublezero.sdk.borsh.DecodeException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/// Replays journal segments. A damaged frame that reaches the end of the newest segment is a torn
/// final write: it is dropped and the file truncated before it. Damage anywhere else (an older
/// segment, or a bad frame followed by more data) throws {@link LedgerCorruptException}.
public final class JournalReader {
  private JournalReader() {}

  /// What a replay found.
  ///
  /// @param records frames applied
  /// @param tornBytes bytes dropped at the tail (0 when the segment ended cleanly)
  public record Result(long records, long tornBytes) {}

  /// Feeds every intact record of segment file `file` to `sink`.
  ///
  /// @param last whether this is the newest segment (only there may a torn tail be dropped)
  /// @throws LedgerCorruptException on damage that is not a torn tail
  public static Result replay(Path file, boolean last, Consumer<JournalRecord> sink)
      throws IOException {
    byte[] all = Files.readAllBytes(file);
    ByteBuffer buf = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
    long records = 0;
    while (buf.hasRemaining()) {
      int at = buf.position();
      String problem = frameProblem(buf);
      if (problem != null) {
        return torn(file, all, last, at, problem, records);
      }
      int len = buf.getInt();
      buf.getInt();
      byte[] body = new byte[len];
      buf.get(body);
      JournalRecord r;
      try {
        r = RecordCodec.decode(body);
      } catch (DecodeException e) {
        throw new LedgerCorruptException(
            file
                + " offset "
                + at
                + ": frame passes its checksum but does not decode: "
                + e.getMessage(),
            e);
      }
      sink.accept(r);
      records++;
    }
    return new Result(records, 0);
  }

  /// Why the frame at the buffer's position is unusable, or null when it is intact (position
  /// unchanged).
  private static String frameProblem(ByteBuffer buf) {
    int at = buf.position();
    if (buf.remaining() < 8) {
      return "incomplete frame header (" + buf.remaining() + " bytes)";
    }
    int len = buf.getInt(at);
    int crc = buf.getInt(at + 4);
    if (len < 1 || len > Journal.MAX_BODY) {
      return "impossible frame length " + Integer.toUnsignedString(len);
    }
    if (len > buf.remaining() - 8) {
      return "frame of " + len + " bytes but only " + (buf.remaining() - 8) + " remain";
    }
    CRC32C c = new CRC32C();
    c.update(buf.array(), at + 8, len);
    if ((int) c.getValue() != crc) {
      return "checksum mismatch";
    }
    return null;
  }

  private static Result torn(
      Path file, byte[] all, boolean last, int at, String problem, long records)
      throws IOException {
    long size = all.length;
    boolean reachesEnd = reachesEnd(all, at);
    if (!last || !reachesEnd) {
      throw new LedgerCorruptException(
          "journal "
              + file
              + " is damaged at offset "
              + at
              + " of "
              + size
              + ": "
              + problem
              + (last
                  ? " (intact-looking data follows, so this is not a torn final write)"
                  : " (not the newest segment)"));
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(at);
      ch.force(true);
    }
    return new Result(records, size - at);
  }

  /// Largest tail a crash can leave unfinished: more damaged bytes than this cannot be one
  /// interrupted group commit.
  static final long MAX_TORN_TAIL = 8L * 1024 * 1024;

  /// A bad frame is a torn tail when nothing intact follows it: the damaged region is small and no
  /// position after it holds a frame with a valid checksum.
  private static boolean reachesEnd(byte[] all, int at) {
    long size = all.length;
    if (size - at > MAX_TORN_TAIL) {
      return false;
    }
    ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
    for (int p = at + 1; p + 8 < size; p++) {
      int len = b.getInt(p);
      if (len >= 1 && len <= size - p - 8) {
        CRC32C c = new CRC32C();
        c.update(all, p + 8, len);
        if ((int) c.getValue() == b.getInt(p + 4)) {
          return false;
        }
      }
    }
    return true;
  }
}
