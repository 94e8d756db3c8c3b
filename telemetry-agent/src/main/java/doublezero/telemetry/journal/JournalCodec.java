package doublezero.telemetry.journal;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/// The frame format of the sample journal, big-endian:
///
/// | offset | size | field |
/// |---|---|---|
/// | 0 | 4 | CRC-32C of bytes 4 .. end of frame |
/// | 4 | 1 | type: 1 = Taken, 2 = Mark |
/// | 5 | 2 | payload length L |
/// | 7 | L | payload |
///
/// Taken payload (124 bytes): origin, target, link (32 each), sequence u64, epoch i64 (−1 unknown),
/// timestamp µs u64, value u32. Mark payload (120 bytes): origin, target, link, epoch u64, consumed
/// sequence u64, chain index u64. A frame that is cut short or fails its checksum ends the readable
/// journal (a torn write at the tail).
public final class JournalCodec {
  /// Bytes before the payload.
  public static final int HEADER = 7;

  static final byte TAKEN = 1;
  static final byte MARK = 2;
  static final int TAKEN_PAYLOAD = 96 + 8 + 8 + 8 + 4;
  static final int MARK_PAYLOAD = 96 + 8 + 8 + 8;
  private static final String TYPE = "JournalFrame";

  private JournalCodec() {}

  /// @param record the record
  /// @return its frame
  public static byte[] encode(JournalRecord record) {
    int payload =
        switch (record) {
          case JournalRecord.Taken t -> TAKEN_PAYLOAD;
          case JournalRecord.Mark m -> MARK_PAYLOAD;
        };
    ByteBuffer b = ByteBuffer.allocate(HEADER + payload);
    b.position(4);
    Circuit c = record.circuit();
    switch (record) {
      case JournalRecord.Taken t -> {
        b.put(TAKEN).putShort((short) payload);
        putCircuit(b, c);
        b.putLong(t.sample().sequence())
            .putLong(t.sample().epoch())
            .putLong(t.sample().timestampMicros())
            .putInt((int) t.sample().value());
      }
      case JournalRecord.Mark m -> {
        b.put(MARK).putShort((short) payload);
        putCircuit(b, c);
        b.putLong(m.epoch()).putLong(m.consumedSequence()).putLong(m.chainIndex());
      }
    }
    byte[] out = b.array();
    CRC32C crc = new CRC32C();
    crc.update(out, 4, out.length - 4);
    ByteBuffer.wrap(out).putInt(0, (int) crc.getValue());
    return out;
  }

  /// Decodes the frame at `offset`.
  ///
  /// @param data the journal bytes
  /// @param offset where the frame starts
  /// @param limit end of the readable data
  /// @return the record and the frame's length
  /// @throws DecodeException when the frame is cut short, fails its checksum or has an unknown type
  ///   or length
  public static Decoded decode(byte[] data, int offset, int limit) {
    if (limit - offset < HEADER) {
      throw new DecodeException(
          TYPE, "header", offset, "needs " + HEADER + " bytes, " + (limit - offset) + " remain");
    }
    ByteBuffer b = ByteBuffer.wrap(data, offset, limit - offset);
    int crcStored = b.getInt();
    byte type = b.get();
    int len = Short.toUnsignedInt(b.getShort());
    int expected = type == TAKEN ? TAKEN_PAYLOAD : type == MARK ? MARK_PAYLOAD : -1;
    if (expected < 0 || len != expected) {
      throw new DecodeException(
          TYPE, "type", offset + 4, "unknown type " + type + " or length " + len);
    }
    if (limit - offset < HEADER + len) {
      throw new DecodeException(
          TYPE,
          "payload",
          offset + HEADER,
          "needs " + len + " bytes, " + (limit - offset - HEADER) + " remain");
    }
    CRC32C crc = new CRC32C();
    crc.update(data, offset + 4, HEADER - 4 + len);
    if ((int) crc.getValue() != crcStored) {
      throw new DecodeException(TYPE, "crc", offset, "checksum mismatch");
    }
    Circuit c = new Circuit(key(b), key(b), key(b));
    JournalRecord r =
        type == TAKEN
            ? new JournalRecord.Taken(
                c,
                new Sample(
                    b.getLong(), b.getLong(), b.getLong(), Integer.toUnsignedLong(b.getInt())))
            : new JournalRecord.Mark(c, b.getLong(), b.getLong(), b.getLong());
    return new Decoded(r, HEADER + len);
  }

  /// A decoded frame.
  ///
  /// @param record the record
  /// @param length the frame's length in bytes
  public record Decoded(JournalRecord record, int length) {}

  private static void putCircuit(ByteBuffer b, Circuit c) {
    b.put(c.origin().toBytes()).put(c.target().toBytes()).put(c.link().toBytes());
  }

  private static PublicKey key(ByteBuffer b) {
    byte[] k = new byte[32];
    b.get(k);
    return PublicKey.of(k);
  }
}
