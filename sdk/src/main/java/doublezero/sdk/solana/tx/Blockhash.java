package doublezero.sdk.solana.tx;

import doublezero.sdk.solana.key.Base58;
import java.util.Arrays;

/// A 32-byte Solana hash used as a transaction's recent blockhash (or durable nonce value),
/// immutable. Text form is base58, as `getLatestBlockhash` returns it.
public final class Blockhash {
  /// Length of a blockhash in bytes.
  public static final int BYTES = 32;

  private final byte[] bytes;

  private Blockhash(byte[] bytes) {
    this.bytes = bytes;
  }

  /// @param bytes exactly 32 bytes (copied)
  /// @return the blockhash
  /// @throws IllegalArgumentException when not 32 bytes
  public static Blockhash of(byte[] bytes) {
    if (bytes.length != BYTES) {
      throw new IllegalArgumentException("blockhash needs 32 bytes, got " + bytes.length);
    }
    return new Blockhash(bytes.clone());
  }

  /// @param base58 the blockhash in base58
  /// @return the blockhash
  /// @throws IllegalArgumentException when the text is not base58 of 32 bytes
  public static Blockhash fromBase58(String base58) {
    byte[] raw;
    try {
      raw = Base58.decode(base58);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "invalid blockhash '" + base58 + "': " + e.getMessage(), e);
    }
    if (raw.length != BYTES) {
      throw new IllegalArgumentException(
          "invalid blockhash '" + base58 + "': decodes to " + raw.length + " bytes, expected 32");
    }
    return new Blockhash(raw);
  }

  /// @return a copy of the 32 bytes
  public byte[] toBytes() {
    return bytes.clone();
  }

  /// @return the base58 text
  public String toBase58() {
    return Base58.encode(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Blockhash b && Arrays.equals(bytes, b.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /// @return the base58 text
  @Override
  public String toString() {
    return toBase58();
  }
}
