package doublezero.sdk.solana.key;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/// A 32-byte Solana public key (an Ed25519 point or a program-derived address), immutable. Text
/// form is base58. Ordering is by unsigned bytes, as Solana's `Pubkey` `Ord`.
public final class PublicKey implements Comparable<PublicKey> {
  /// Length of a public key in bytes.
  public static final int BYTES = 32;

  /// The all-zero key, `11111111111111111111111111111111` (also the system program ID).
  public static final PublicKey DEFAULT = new PublicKey(new byte[BYTES]);

  private static final byte[] PDA_MARKER =
      "ProgramDerivedAddress".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_SEED_LEN = 32;
  private static final int MAX_SEEDS = 16;

  private final byte[] bytes;

  private PublicKey(byte[] bytes) {
    this.bytes = bytes;
  }

  /// @param bytes exactly 32 bytes (copied)
  /// @return the key
  /// @throws IllegalArgumentException when not 32 bytes
  public static PublicKey of(byte[] bytes) {
    if (bytes.length != BYTES) {
      throw new IllegalArgumentException("public key needs 32 bytes, got " + bytes.length);
    }
    return new PublicKey(bytes.clone());
  }

  /// @param data source bytes
  /// @param offset where the 32 key bytes start
  /// @return the key
  /// @throws IllegalArgumentException when fewer than 32 bytes remain at `offset`
  public static PublicKey read(byte[] data, int offset) {
    if (offset < 0 || data.length - offset < BYTES) {
      throw new IllegalArgumentException(
          "public key needs 32 bytes at offset "
              + offset
              + ", "
              + Math.max(0, data.length - offset)
              + " remain");
    }
    return new PublicKey(Arrays.copyOfRange(data, offset, offset + BYTES));
  }

  /// @param base58 the key in base58
  /// @return the key
  /// @throws IllegalArgumentException when the text is not base58 or does not decode to 32 bytes
  public static PublicKey fromBase58(String base58) {
    byte[] raw;
    try {
      raw = Base58.decode(base58);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "invalid public key '" + base58 + "': " + e.getMessage(), e);
    }
    if (raw.length != BYTES) {
      throw new IllegalArgumentException(
          "invalid public key '" + base58 + "': decodes to " + raw.length + " bytes, expected 32");
    }
    return new PublicKey(raw);
  }

  /// @return a copy of the 32 bytes
  public byte[] toBytes() {
    return bytes.clone();
  }

  /// Copies the 32 bytes into `dst` at `offset`.
  ///
  /// @param dst destination
  /// @param offset where to write
  public void write(byte[] dst, int offset) {
    System.arraycopy(bytes, 0, dst, offset, BYTES);
  }

  /// @return the base58 text
  public String toBase58() {
    return Base58.encode(bytes);
  }

  /// Solana `Pubkey::create_program_address`: SHA-256(seeds ‖ programId ‖ "ProgramDerivedAddress"),
  /// rejected when the hash is a valid Ed25519 point.
  ///
  /// @param seeds at most 16 seeds of at most 32 bytes each (the bump seed included)
  /// @param programId the owning program
  /// @return the address
  /// @throws IllegalArgumentException when a seed is too long, there are too many seeds, or the
  ///   hash is on the curve
  public static PublicKey createProgramAddress(List<byte[]> seeds, PublicKey programId) {
    PublicKey address = tryCreateProgramAddress(seeds, programId);
    if (address == null) {
      throw new IllegalArgumentException("invalid seeds: address is on the ed25519 curve");
    }
    return address;
  }

  private static PublicKey tryCreateProgramAddress(List<byte[]> seeds, PublicKey programId) {
    if (seeds.size() > MAX_SEEDS) {
      throw new IllegalArgumentException("at most 16 seeds, got " + seeds.size());
    }
    MessageDigest sha = sha256();
    for (byte[] seed : seeds) {
      if (seed.length > MAX_SEED_LEN) {
        throw new IllegalArgumentException("seed longer than 32 bytes: " + seed.length);
      }
      sha.update(seed);
    }
    sha.update(programId.bytes);
    sha.update(PDA_MARKER);
    byte[] hash = sha.digest();
    return Ed25519Curve.isOnCurve(hash) ? null : new PublicKey(hash);
  }

  /// Solana `Pubkey::find_program_address`: the first bump seed from 255 down whose address is off
  /// the curve.
  ///
  /// @param seeds the seeds without the bump seed
  /// @param programId the owning program
  /// @return the address and its bump seed
  /// @throws IllegalArgumentException when a seed is longer than 32 bytes or there are more than 15
  ///   seeds
  /// @throws IllegalStateException when no bump seed yields a valid address (never in practice)
  public static ProgramDerivedAddress findProgramAddress(List<byte[]> seeds, PublicKey programId) {
    byte[][] withBump = seeds.toArray(new byte[seeds.size() + 1][]);
    for (int bump = 255; bump >= 0; bump--) {
      withBump[seeds.size()] = new byte[] {(byte) bump};
      PublicKey address = tryCreateProgramAddress(Arrays.asList(withBump), programId);
      if (address != null) {
        return new ProgramDerivedAddress(address, bump, seeds);
      }
    }
    throw new IllegalStateException("no viable bump seed for program " + programId);
  }

  /// Solana `Pubkey::create_with_seed`: SHA-256(base ‖ seed ‖ owner).
  ///
  /// @param base base key
  /// @param seed ASCII seed, at most 32 bytes
  /// @param owner owning program
  /// @return the derived address
  /// @throws IllegalArgumentException when the seed is longer than 32 bytes
  public static PublicKey createWithSeed(PublicKey base, String seed, PublicKey owner) {
    byte[] s = seed.getBytes(StandardCharsets.UTF_8);
    if (s.length > MAX_SEED_LEN) {
      throw new IllegalArgumentException("seed longer than 32 bytes: " + s.length);
    }
    MessageDigest sha = sha256();
    sha.update(base.bytes);
    sha.update(s);
    sha.update(owner.bytes);
    return new PublicKey(sha.digest());
  }

  /// @return whether these bytes are a valid Ed25519 point (a wallet key rather than a PDA)
  public boolean isOnCurve() {
    return Ed25519Curve.isOnCurve(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  @Override
  public int compareTo(PublicKey o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PublicKey p && Arrays.equals(bytes, p.bytes);
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

  /// @return the 32 bytes as lowercase hex, for diagnostics
  public String toHex() {
    return HexFormat.of().formatHex(bytes);
  }
}
