package doublezero.sdk.solana.tx;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;

/// Solana's `short_vec` length encoding ("compact-u16"): a value 0..65535 in 1 to 3 bytes, 7 bits
/// per byte, least significant group first, the high bit of each byte set when another byte follows
/// (solana-short-vec `ShortU16`, `sdk/program/src/short_vec.rs` in solana-program 2.x).
///
/// Decoding is as strict as the reference `visit_byte`: a continuation byte of zero (an alias of a
/// shorter encoding), a third byte with its high bit set, or a value above 65535 is rejected, so
/// every value has exactly one accepted encoding and the number of bytes read is always
/// [#encodedLength] of the result.
public final class CompactU16 {
  /// Largest encodable value.
  public static final int MAX_VALUE = 0xFFFF;

  /// Longest encoding in bytes.
  public static final int MAX_BYTES = 3;

  private CompactU16() {}

  /// @param value 0..65535
  /// @return the number of bytes the encoding of `value` takes (1, 2 or 3)
  /// @throws IllegalArgumentException when `value` is out of range
  public static int encodedLength(int value) {
    check(value);
    return value < 0x80 ? 1 : value < 0x4000 ? 2 : 3;
  }

  /// @param value 0..65535
  /// @return the 1 to 3 byte encoding
  /// @throws IllegalArgumentException when `value` is out of range
  public static byte[] encode(int value) {
    byte[] out = new byte[encodedLength(value)];
    int rest = value;
    for (int i = 0; i < out.length; i++) {
      int low = rest & 0x7F;
      rest >>>= 7;
      out[i] = (byte) (rest == 0 ? low : low | 0x80);
    }
    return out;
  }

  /// Appends the encoding of `value` to `w`.
  ///
  /// @param w destination
  /// @param value 0..65535
  /// @throws IllegalArgumentException when `value` is out of range
  public static void write(BorshWriter w, int value) {
    w.bytes(encode(value));
  }

  /// Reads one compact-u16 at the reader's position.
  ///
  /// @param r a strict reader
  /// @param field the field being read, for errors
  /// @return the value 0..65535
  /// @throws DecodeException at the encoding's first byte when the input ends inside it, or it is
  ///   an alias (zero continuation byte), longer than 3 bytes, or above 65535
  public static int read(BorshReader r, String field) {
    int start = r.offset();
    int value = 0;
    for (int i = 0; i < MAX_BYTES; i++) {
      if (r.remaining() == 0) {
        throw new DecodeException(r.type(), field, start, "compact-u16 ends after " + i + " bytes");
      }
      int b = r.u8(field);
      if (b == 0 && i > 0) {
        throw new DecodeException(
            r.type(), field, start, "non-canonical compact-u16 (zero continuation byte)");
      }
      boolean more = (b & 0x80) != 0;
      if (more && i == MAX_BYTES - 1) {
        throw new DecodeException(r.type(), field, start, "compact-u16 longer than 3 bytes");
      }
      value |= (b & 0x7F) << (7 * i);
      if (value > MAX_VALUE) {
        throw new DecodeException(r.type(), field, start, "compact-u16 above 65535");
      }
      if (!more) {
        return value;
      }
    }
    throw new IllegalStateException("unreachable: the third byte always ends the encoding");
  }

  /// Decodes an array that holds exactly one compact-u16.
  ///
  /// @param data the encoding
  /// @return the value 0..65535
  /// @throws DecodeException when malformed or followed by extra bytes
  public static int decode(byte[] data) {
    BorshReader r = BorshReader.strict(data, "CompactU16");
    int value = read(r, "value");
    r.expectEnd();
    return value;
  }

  private static void check(int value) {
    if (value < 0 || value > MAX_VALUE) {
      throw new IllegalArgumentException("compact-u16 value must be 0..65535, got " + value);
    }
  }
}
