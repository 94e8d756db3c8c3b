package doublezero.sdk.borsh;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/// Writes Borsh (borsh 1.5, little-endian) into a growable buffer. The inverse of [BorshReader].
public final class BorshWriter {
  private byte[] buf;
  private int size;

  /// A writer with a small initial buffer.
  public BorshWriter() {
    this(64);
  }

  /// @param capacity initial buffer size in bytes
  public BorshWriter(int capacity) {
    this.buf = new byte[Math.max(capacity, 8)];
  }

  private void ensure(int n) {
    if (size + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
    }
  }

  /// @param v 0..255
  /// @return this writer
  public BorshWriter u8(int v) {
    ensure(1);
    buf[size++] = (byte) v;
    return this;
  }

  /// @param v 0..65535
  /// @return this writer
  public BorshWriter u16(int v) {
    ensure(2);
    buf[size++] = (byte) v;
    buf[size++] = (byte) (v >>> 8);
    return this;
  }

  /// @param v 0..2^32-1
  /// @return this writer
  public BorshWriter u32(long v) {
    ensure(4);
    for (int i = 0; i < 4; i++) {
      buf[size++] = (byte) (v >>> (8 * i));
    }
    return this;
  }

  /// @param v the u64 (unsigned) or i64 bits
  /// @return this writer
  public BorshWriter u64(long v) {
    ensure(8);
    for (int i = 0; i < 8; i++) {
      buf[size++] = (byte) (v >>> (8 * i));
    }
    return this;
  }

  /// @param v the u128
  /// @return this writer
  public BorshWriter u128(U128 v) {
    return u64(v.low()).u64(v.high());
  }

  /// @param v a finite or infinite double (borsh rejects NaN)
  /// @return this writer
  /// @throws IllegalArgumentException for NaN
  public BorshWriter f64(double v) {
    if (Double.isNaN(v)) {
      throw new IllegalArgumentException("NaN cannot be Borsh-encoded");
    }
    return u64(Double.doubleToRawLongBits(v));
  }

  /// @param v the bool (1 byte)
  /// @return this writer
  public BorshWriter bool(boolean v) {
    return u8(v ? 1 : 0);
  }

  /// @param bytes raw bytes (a fixed array, no length prefix)
  /// @return this writer
  public BorshWriter bytes(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, size, bytes.length);
    size += bytes.length;
    return this;
  }

  /// @param s string (u32 byte length + UTF-8)
  /// @return this writer
  public BorshWriter string(String s) {
    byte[] raw = s.getBytes(StandardCharsets.UTF_8);
    u32(raw.length);
    return bytes(raw);
  }

  /// @param key the 32-byte key
  /// @return this writer
  public BorshWriter publicKey(PublicKey key) {
    ensure(PublicKey.BYTES);
    key.write(buf, size);
    size += PublicKey.BYTES;
    return this;
  }

  /// @param ip the address, 4 octets in network order
  /// @return this writer
  public BorshWriter ipv4(Ipv4Address ip) {
    return bytes(ip.octets());
  }

  /// @param net the network, 4 octets + prefix byte
  /// @return this writer
  public BorshWriter networkV4(NetworkV4 net) {
    return ipv4(net.ip()).u8(net.prefix());
  }

  /// Writes a `Vec<T>`: u32 count, then each element.
  ///
  /// @param items elements
  /// @param element writes one element
  /// @param <T> element type
  /// @return this writer
  public <T> BorshWriter vec(List<T> items, BiConsumer<BorshWriter, T> element) {
    u32(items.size());
    for (T item : items) {
      element.accept(this, item);
    }
    return this;
  }

  /// @return bytes written so far
  public int size() {
    return size;
  }

  /// @return a copy of the bytes written
  public byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }
}
