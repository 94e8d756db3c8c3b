package doublezero.sdk.telemetry.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.FieldValue;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/// An immutable run of round-trip-time samples as the telemetry program stores them: u32
/// microseconds each, 0 meaning a lost probe (`reference/telemetry-geolocation.md` §0, §A.2, §B.7).
///
/// Accounts hold them as raw little-endian u32s without a length prefix; instructions as a Borsh
/// `Vec<u32>`.
public final class RttSamples {
  /// No samples.
  public static final RttSamples EMPTY = new RttSamples(new int[0]);

  private final int[] values;

  private RttSamples(int[] values) {
    this.values = values;
  }

  /// @param micros sample values in microseconds, each 0..2^32-1
  /// @return the samples
  /// @throws IllegalArgumentException when a value is outside the u32 range
  public static RttSamples of(long... micros) {
    int[] v = new int[micros.length];
    for (int i = 0; i < micros.length; i++) {
      if (micros[i] < 0 || micros[i] > 0xFFFF_FFFFL) {
        throw new IllegalArgumentException("sample " + i + " is not a u32: " + micros[i]);
      }
      v[i] = (int) micros[i];
    }
    return new RttSamples(v);
  }

  /// @param micros sample values in microseconds
  /// @return the samples
  /// @throws IllegalArgumentException when a value is outside the u32 range
  public static RttSamples of(List<Long> micros) {
    return of(micros.stream().mapToLong(Long::longValue).toArray());
  }

  /// @param bits the u32 bit patterns (a negative int stands for a value ≥ 2^31)
  /// @return the samples
  public static RttSamples ofBits(int[] bits) {
    return new RttSamples(bits.clone());
  }

  /// @return the number of samples
  public int size() {
    return values.length;
  }

  /// @param index 0-based index
  /// @return the sample in microseconds (0..2^32-1)
  public long get(int index) {
    return values[index] & 0xFFFF_FFFFL;
  }

  /// @return the samples in microseconds
  public long[] toArray() {
    return IntStream.of(values).mapToLong(v -> v & 0xFFFF_FFFFL).toArray();
  }

  /// @return the samples in microseconds, as a list
  public List<Long> asList() {
    return Arrays.stream(toArray()).boxed().toList();
  }

  /// Reads `count` raw u32 samples (account layout, no prefix); every sample must be present.
  ///
  /// @param r the reader
  /// @param field field name for errors
  /// @param count number of samples, 0..2^32-1
  /// @return the samples
  /// @throws DecodeException when fewer than `4·count` bytes remain
  public static RttSamples readRaw(BorshReader r, String field, long count) {
    if (count * 4 > r.remaining()) {
      throw new DecodeException(
          r.type(),
          field,
          r.offset(),
          count + " samples need " + count * 4 + " bytes, " + r.remaining() + " remain");
    }
    int[] v = new int[(int) count];
    BorshReader strict = r.strict();
    for (int i = 0; i < v.length; i++) {
      v[i] = (int) strict.u32(field);
    }
    return new RttSamples(v);
  }

  /// Reads a Borsh `Vec<u32>` (u32 count + samples); in a lenient reader, absent at the end ⇒
  /// [#EMPTY].
  ///
  /// @param r the reader
  /// @param field field name for errors
  /// @return the samples
  /// @throws DecodeException when the vector is partly present
  public static RttSamples readVec(BorshReader r, String field) {
    int at = r.offset();
    if (r.atEnd()) {
      r.u32(field); // lenient: default; strict: throws
      return EMPTY;
    }
    long count = r.u32(field);
    if (count * 4 > r.remaining()) {
      throw new DecodeException(
          r.type(),
          field,
          at,
          count + " samples need " + count * 4 + " bytes, " + r.remaining() + " remain");
    }
    return readRaw(r, field, count);
  }

  /// Writes the samples as raw u32s (account layout).
  ///
  /// @param w the writer
  public void writeRaw(BorshWriter w) {
    for (int v : values) {
      w.u32(v & 0xFFFF_FFFFL);
    }
  }

  /// Writes the samples as a Borsh `Vec<u32>`.
  ///
  /// @param w the writer
  public void writeVec(BorshWriter w) {
    w.u32(values.length);
    writeRaw(w);
  }

  /// @return the samples as a list of u32 values, for a field view
  public FieldValue toFieldValue() {
    return new FieldValue.ListOf(
        IntStream.range(0, values.length)
            .mapToObj(
                i ->
                    (FieldValue)
                        new FieldValue.Int(FieldValue.IntType.U32, BigInteger.valueOf(get(i))))
            .toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RttSamples s && Arrays.equals(values, s.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return asList().toString();
  }
}
