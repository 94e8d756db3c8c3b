package doublezero.sdk.borsh;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/// Reads Borsh (borsh 1.5, little-endian) from a byte array, naming the type and field in every
/// error.
///
/// Two modes, after the reference program's decoders (`serviceability-state.md` §2.2):
/// - **strict** (instructions, nested values): every read needs its bytes, or a [DecodeException]
///   is thrown;
/// - **lenient** (accounts, Rust `TryFrom<&[u8]>`): extra trailing bytes are left unread, and once
///   the decoder has called [#optionalFromHere()] (where its required fields end), a field that
///   starts exactly at the end of the data takes its default (zero, empty, `0.0.0.0/0`, or the
///   default the caller passes, such as Device.device_health = Pending), so accounts written by
///   older program versions still decode. Before that mark a field missing at the end throws
///   (`account ends before required field`): the program would default it too, but no program
///   version wrote such a prefix (docs/compatibility.md).
///
/// In both modes a field that is *partly* present, an unknown enum discriminant, a bool byte other
/// than 0/1, invalid UTF-8, NaN, or a prefix length above 32 throws a [DecodeException]: a wrong
/// value is never returned.
public final class BorshReader {
  private final ByteBuffer buf;
  private final String type;
  private final boolean lenient;
  private boolean optional;

  private BorshReader(byte[] data, String type, boolean lenient) {
    this.buf = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    this.type = type;
    this.lenient = lenient;
  }

  /// @param data bytes to read (not copied; do not modify while reading)
  /// @param type the type being decoded, for error messages
  /// @return a reader in which every field must be present
  public static BorshReader strict(byte[] data, String type) {
    return new BorshReader(data, type, false);
  }

  /// @param data bytes to read (not copied)
  /// @param type the account type being decoded, for error messages
  /// @return a reader that ignores trailing bytes and, after [#optionalFromHere()], gives fields
  ///   missing at the end their defaults
  public static BorshReader lenient(byte[] data, String type) {
    return new BorshReader(data, type, true);
  }

  /// @return the type name this reader reports in errors
  public String type() {
    return type;
  }

  /// @return whether this is a lenient reader (see [#lenient]); its fields default only after
  ///   [#optionalFromHere()]
  public boolean isLenient() {
    return lenient;
  }

  /// Marks where the decoder's required fields end: from here on a field that starts exactly at the
  /// end of the data takes its default; before, it throws. Returns this reader so that the mark can
  /// prefix the first optional read inline: `r.optionalFromHere().u32("reference_count")`.
  ///
  /// @return this reader
  /// @throws IllegalStateException on a strict reader, where no field is optional
  public BorshReader optionalFromHere() {
    if (!lenient) {
      throw new IllegalStateException(type + ": optionalFromHere() needs a lenient reader");
    }
    optional = true;
    return this;
  }

  /// Tells a decoder of a composite field (one read in several steps) whether the field is absent
  /// and takes its default, with the same rule as every read of this reader.
  ///
  /// @param field the field, for the message
  /// @return true when the data ends exactly here, the reader is lenient and past
  ///   [#optionalFromHere()]; false when bytes remain or the reader is strict (the next read then
  ///   throws if the field is short)
  /// @throws DecodeException when a lenient reader's data ends here before the required fields end
  public boolean absent(String field) {
    return lenient && missing(field, 1);
  }

  /// @return the current byte offset
  public int offset() {
    return buf.position();
  }

  /// @return the number of unread bytes
  public int remaining() {
    return buf.remaining();
  }

  /// @return whether all bytes have been read
  public boolean atEnd() {
    return !buf.hasRemaining();
  }

  /// @param field the field, for the message
  /// @param reason what is wrong
  /// @return an exception at the current offset (to throw)
  public DecodeException error(String field, String reason) {
    return new DecodeException(type, field, buf.position(), reason);
  }

  /// Strict decoding ends here: throws when bytes are left over (borsh `try_from_slice` "Not all
  /// bytes read").
  ///
  /// @throws DecodeException when unread bytes remain
  public void expectEnd() {
    if (buf.hasRemaining()) {
      throw new DecodeException(
          type, "<end>", buf.position(), buf.remaining() + " unexpected trailing bytes");
    }
  }

  /// @return true when the field is absent at the end of a lenient read past [#optionalFromHere()]
  ///   (so the caller uses the default)
  /// @throws DecodeException when the field is partly present, or absent where it is required
  private boolean missing(String field, int size) {
    if (buf.remaining() >= size) {
      return false;
    }
    if (lenient && !buf.hasRemaining()) {
      if (optional) {
        return true;
      }
      throw error(field, "account ends before required field");
    }
    throw error(field, "needs " + size + " bytes, " + buf.remaining() + " remain");
  }

  /// @param field field name
  /// @return the u8 as 0..255 (0 when missing in lenient mode)
  public int u8(String field) {
    return u8(field, 0);
  }

  /// @param field field name
  /// @param dflt value when missing in lenient mode
  /// @return the u8 as 0..255
  public int u8(String field, int dflt) {
    return missing(field, 1) ? dflt : buf.get() & 0xFF;
  }

  /// @param field field name
  /// @return the u16 as 0..65535
  public int u16(String field) {
    return missing(field, 2) ? 0 : buf.getShort() & 0xFFFF;
  }

  /// @param field field name
  /// @param dflt value when missing in lenient mode (e.g. GlobalConfig.next_bgp_community = 10000)
  /// @return the u16 as 0..65535
  public int u16(String field, int dflt) {
    return missing(field, 2) ? dflt : buf.getShort() & 0xFFFF;
  }

  /// @param field field name
  /// @return the u32 as 0..2^32-1
  public long u32(String field) {
    return missing(field, 4) ? 0 : buf.getInt() & 0xFFFFFFFFL;
  }

  /// @param field field name
  /// @param dflt value when missing in lenient mode
  /// @return the u32 as 0..2^32-1
  public long u32(String field, long dflt) {
    return missing(field, 4) ? dflt : buf.getInt() & 0xFFFFFFFFL;
  }

  /// @param field field name
  /// @return the u64, to be read as unsigned
  public long u64(String field) {
    return missing(field, 8) ? 0 : buf.getLong();
  }

  /// @param field field name
  /// @return the i64
  public long i64(String field) {
    return u64(field);
  }

  /// @param field field name
  /// @return the u128
  public U128 u128(String field) {
    if (missing(field, 16)) {
      return U128.ZERO;
    }
    long low = buf.getLong();
    return new U128(buf.getLong(), low);
  }

  /// @param field field name
  /// @return the f64
  /// @throws DecodeException for NaN (borsh 1.x rejects it)
  public double f64(String field) {
    if (missing(field, 8)) {
      return 0.0;
    }
    int at = buf.position();
    double d = buf.getDouble();
    if (Double.isNaN(d)) {
      throw new DecodeException(type, field, at, "NaN is not a valid f64");
    }
    return d;
  }

  /// @param field field name
  /// @return the bool
  /// @throws DecodeException for a byte other than 0 or 1
  public boolean bool(String field) {
    if (missing(field, 1)) {
      return false;
    }
    int at = buf.position();
    int b = buf.get() & 0xFF;
    if (b > 1) {
      throw new DecodeException(type, field, at, "invalid bool byte " + b);
    }
    return b == 1;
  }

  /// @param field field name
  /// @param n number of bytes
  /// @return exactly `n` raw bytes (fixed array)
  public byte[] bytes(String field, int n) {
    if (missing(field, n)) {
      return new byte[n];
    }
    byte[] out = new byte[n];
    buf.get(out);
    return out;
  }

  /// @param field field name
  /// @return the 32-byte public key (the all-zero key when missing)
  public PublicKey publicKey(String field) {
    if (missing(field, PublicKey.BYTES)) {
      return PublicKey.DEFAULT;
    }
    int at = buf.position();
    buf.position(at + PublicKey.BYTES);
    return PublicKey.read(
        buf.array(), buf.arrayOffset() + at); // one copy, straight from the backing array
  }

  /// @param field field name
  /// @return the IPv4 address (4 octets, network order)
  public Ipv4Address ipv4(String field) {
    return missing(field, 4) ? Ipv4Address.UNSPECIFIED : new Ipv4Address(networkOrderInt());
  }

  /// The next 4 bytes as a big-endian (network order) int, as [Ipv4Address#value()] holds it.
  private int networkOrderInt() {
    return Integer.reverseBytes(buf.getInt());
  }

  /// @param field field name
  /// @return the network (4 octets + prefix byte)
  /// @throws DecodeException when the prefix byte is above 32
  public NetworkV4 networkV4(String field) {
    if (missing(field, 5)) {
      return NetworkV4.DEFAULT;
    }
    int at = buf.position();
    Ipv4Address ip = new Ipv4Address(networkOrderInt());
    int prefix = buf.get() & 0xFF;
    if (prefix > 32) {
      throw new DecodeException(type, field, at + 4, "invalid prefix length " + prefix);
    }
    return new NetworkV4(ip, prefix);
  }

  /// @param field field name
  /// @return the string (u32 byte length + UTF-8)
  /// @throws DecodeException when the bytes are short or not UTF-8
  public String string(String field) {
    if (missing(field, 4)) {
      return "";
    }
    int at = buf.position();
    long len = buf.getInt() & 0xFFFFFFFFL;
    if (len > buf.remaining()) {
      throw new DecodeException(
          type, field, at, "string of " + len + " bytes, " + buf.remaining() + " remain");
    }
    int start = buf.arrayOffset() + buf.position();
    buf.position(buf.position() + (int) len);
    byte[] array = buf.array();
    if (isAscii(
        array, start,
        (int) len)) { // ASCII is valid UTF-8 and decodes byte for byte: no decoder needed
      return new String(array, start, (int) len, StandardCharsets.US_ASCII);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(array, start, (int) len))
          .toString();
    } catch (CharacterCodingException e) {
      throw new DecodeException(type, field, at + 4, "invalid UTF-8");
    }
  }

  private static boolean isAscii(byte[] a, int from, int len) {
    for (int i = from, end = from + len; i < end; i++) {
      if (a[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /// Reads a `Vec<T>`: u32 count, then the elements.
  ///
  /// @param field field name
  /// @param element reads one element from this reader
  /// @param <T> element type
  /// @return the elements (empty when missing in lenient mode)
  /// @throws DecodeException when the count exceeds what the remaining bytes could hold
  public <T> List<T> vec(String field, Function<BorshReader, T> element) {
    if (missing(field, 4)) {
      return List.of();
    }
    int at = buf.position();
    long count = buf.getInt() & 0xFFFFFFFFL;
    if (count > buf.remaining()) {
      throw new DecodeException(
          type,
          field,
          at,
          "vector of " + count + " elements, " + buf.remaining() + " bytes remain");
    }
    List<T> out = new ArrayList<>((int) count);
    BorshReader elements = strict();
    for (long i = 0; i < count; i++) {
      out.add(element.apply(elements));
    }
    return List.copyOf(out);
  }

  /// Reads a fieldless enum stored as its u8 discriminant.
  ///
  /// @param field field name
  /// @param fromWire maps a discriminant to the variant, or null when unknown
  /// @param dflt the variant when missing in lenient mode (the Rust `#[default]`)
  /// @param <E> enum type
  /// @return the variant
  /// @throws DecodeException for an unknown discriminant
  public <E> E enumU8(String field, IntFunction<E> fromWire, E dflt) {
    if (missing(field, 1)) {
      return dflt;
    }
    int at = buf.position();
    int d = buf.get() & 0xFF;
    E e = fromWire.apply(d);
    if (e == null) {
      throw new DecodeException(type, field, at, "unknown discriminant " + d);
    }
    return e;
  }

  /// A view of this reader in which every read must find its bytes; it shares the position. Lenient
  /// account decoding uses it for nested values (vector elements, enum payloads), which the
  /// reference never defaults.
  ///
  /// @return this reader when already strict, else a strict view on the same bytes
  public BorshReader strict() {
    return lenient ? new BorshReader(buf, type) : this;
  }

  private BorshReader(ByteBuffer shared, String type) {
    this.buf = shared;
    this.type = type;
    this.lenient = false;
  }
}
