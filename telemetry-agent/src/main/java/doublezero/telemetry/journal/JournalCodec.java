package doublezero.telemetry.journal;

import doublezero.sdk.borsh.DecodeException;
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
/// Taken payload: the circuit's bytes K ([CircuitCodec], 96 for a device [Circuit]: origin, target,
/// link), sequence u64, epoch i64 (−1 unknown), timestamp µs u64, value u32 (K + 28 bytes). Mark
/// payload: K, epoch u64, consumed sequence u64, chain index u64 (K + 24 bytes). A frame that is
/// cut short or fails its checksum ends the readable journal (a torn write at the tail).
///
/// @param <C> the circuit type
public final class JournalCodec<C> {
  /// Bytes before the payload.
  public static final int HEADER = 7;

  /// The longest frame.
  public static final int MAX_FRAME = HEADER + CircuitCodec.MAX_BYTES + 28;

  static final byte TAKEN = 1;
  static final byte MARK = 2;
  static final int TAKEN_FIELDS = 8 + 8 + 8 + 4;
  static final int MARK_FIELDS = 8 + 8 + 8;
  private static final String TYPE = "JournalFrame";

  private final CircuitCodec<C> circuits;

  /// @param circuits how circuits are named in frames
  public JournalCodec(CircuitCodec<C> circuits) {
    this.circuits = circuits;
  }

  /// @param record the record
  /// @return its frame
  /// @throws IllegalArgumentException when the circuit's bytes are longer than
  ///   [CircuitCodec#MAX_BYTES]
  public byte[] encode(JournalRecord<C> record) {
    byte[] key = circuits.encode(record.circuit());
    if (key.length > CircuitCodec.MAX_BYTES) {
      throw new IllegalArgumentException("circuit encoding too long: " + key.length + " bytes");
    }
    int payload =
        key.length
            + switch (record) {
              case JournalRecord.Taken<C> _ -> TAKEN_FIELDS;
              case JournalRecord.Mark<C> _ -> MARK_FIELDS;
            };
    ByteBuffer b = ByteBuffer.allocate(HEADER + payload);
    b.position(4);
    switch (record) {
      case JournalRecord.Taken<C> t -> {
        b.put(TAKEN).putShort((short) payload).put(key);
        b.putLong(t.sample().sequence())
            .putLong(t.sample().epoch())
            .putLong(t.sample().timestampMicros())
            .putInt((int) t.sample().value());
      }
      case JournalRecord.Mark<C> m -> {
        b.put(MARK).putShort((short) payload).put(key);
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
  /// @throws DecodeException when the frame is cut short, fails its checksum, has an unknown type
  ///   or length, or names no circuit
  public Decoded<C> decode(byte[] data, int offset, int limit) {
    if (limit - offset < HEADER) {
      throw new DecodeException(
          TYPE, "header", offset, "needs " + HEADER + " bytes, " + (limit - offset) + " remain");
    }
    ByteBuffer b = ByteBuffer.wrap(data, offset, limit - offset);
    int crcStored = b.getInt();
    byte type = b.get();
    int len = Short.toUnsignedInt(b.getShort());
    int fields = type == TAKEN ? TAKEN_FIELDS : type == MARK ? MARK_FIELDS : -1;
    if (fields < 0 || len < fields || len - fields > CircuitCodec.MAX_BYTES) {
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
    byte[] key = new byte[len - fields];
    b.get(key);
    C c = circuits.decode(key);
    JournalRecord<C> r =
        type == TAKEN
            ? new JournalRecord.Taken<>(
                c,
                new Sample(
                    b.getLong(), b.getLong(), b.getLong(), Integer.toUnsignedLong(b.getInt())))
            : new JournalRecord.Mark<>(c, b.getLong(), b.getLong(), b.getLong());
    return new Decoded<>(r, HEADER + len);
  }

  /// A decoded frame.
  ///
  /// @param record the record
  /// @param length the frame's length in bytes
  /// @param <C> the circuit type
  public record Decoded<C>(JournalRecord<C> record, int length) {}
}
