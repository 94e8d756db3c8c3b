package doublezero.sdk.telemetry.state;

import doublezero.sdk.fields.FieldValue;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.IntStream;

/// An immutable fixed-length reserved area (the telemetry headers' `_unused: [u8; 128]`,
/// `reference/telemetry-geolocation.md` §A.2–A.4). Kept verbatim so an account re-encodes byte for
/// byte.
public final class ReservedBytes {
  /// Length of the telemetry headers' reserved area.
  public static final int TELEMETRY_UNUSED_LENGTH = 128;

  /// 128 zero bytes, as the program writes them.
  public static final ReservedBytes ZERO_128 = new ReservedBytes(new byte[TELEMETRY_UNUSED_LENGTH]);

  private final byte[] bytes;

  private ReservedBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /// @param bytes the bytes (copied)
  /// @return the reserved area
  public static ReservedBytes of(byte[] bytes) {
    return new ReservedBytes(bytes.clone());
  }

  /// @return a copy of the bytes
  public byte[] toBytes() {
    return bytes.clone();
  }

  /// @return the length in bytes
  public int length() {
    return bytes.length;
  }

  /// @param index 0-based
  /// @return the byte as 0..255
  public int get(int index) {
    return bytes[index] & 0xFF;
  }

  /// @return whether every byte is zero
  public boolean isZero() {
    for (byte b : bytes) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  /// @return the bytes as a list of u8 values, for a field view
  public FieldValue toFieldValue() {
    return new FieldValue.ListOf(
        IntStream.range(0, bytes.length)
            .mapToObj(
                i ->
                    (FieldValue)
                        new FieldValue.Int(FieldValue.IntType.U8, BigInteger.valueOf(get(i))))
            .toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReservedBytes r && Arrays.equals(bytes, r.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return isZero() ? "zero[" + bytes.length + "]" : HexFormat.of().formatHex(bytes);
  }
}
