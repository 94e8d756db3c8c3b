package doublezero.sdk.geolocation.twamp;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.ByteBuffer;
import java.util.Arrays;

/// A signed TWAMP probe, target → geoprobe, inbound flow (reference
/// `tools/twamp/pkg/signed/packet.go` at v0.12.0, `../shared/reference/telemetry-geolocation.md`
/// §E.5). Big-endian, exactly [#BYTES] = 108 bytes: seq u32 ‖ NTP seconds u32 ‖ NTP fraction u32 ‖
/// sender Ed25519 key [32] ‖ signature [64] over bytes 0..43.
///
/// @param seq sequence number (unsigned 32-bit, held in an `int`)
/// @param ntpSeconds send time, seconds since 1900 (unsigned 32-bit)
/// @param ntpFraction send time, fraction of a second in units of 2^-32 s (unsigned 32-bit)
/// @param sender the target's public key
/// @param signature 64-byte Ed25519 signature by `sender` over the first 44 bytes
public record SignedProbe(
    int seq, int ntpSeconds, int ntpFraction, PublicKey sender, byte[] signature) {
  /// Encoded size, bytes.
  public static final int BYTES = 108;

  /// Length of the signed prefix, bytes.
  public static final int SIGNED_BYTES = 44;

  /// @throws IllegalArgumentException when the signature is not 64 bytes
  public SignedProbe {
    if (signature.length != Keypair.SIGNATURE_BYTES) {
      throw new IllegalArgumentException("signature needs 64 bytes, got " + signature.length);
    }
    signature = signature.clone();
  }

  /// @return a probe with the given fields signed by `key` (which becomes the sender)
  public static SignedProbe sign(int seq, int ntpSeconds, int ntpFraction, Keypair key) {
    byte[] payload = payload(seq, ntpSeconds, ntpFraction, key.publicKey());
    return new SignedProbe(seq, ntpSeconds, ntpFraction, key.publicKey(), key.sign(payload));
  }

  private static byte[] payload(int seq, int sec, int frac, PublicKey sender) {
    return ByteBuffer.allocate(SIGNED_BYTES)
        .putInt(seq)
        .putInt(sec)
        .putInt(frac)
        .put(sender.toBytes())
        .array();
  }

  /// @return a copy of the signature
  @Override
  public byte[] signature() {
    return signature.clone();
  }

  /// @return whether the signature verifies with `sender`
  public boolean signatureValid() {
    return Keypair.verify(sender, payload(seq, ntpSeconds, ntpFraction, sender), signature);
  }

  /// @return the 108-byte encoding
  public byte[] encode() {
    return ByteBuffer.allocate(BYTES)
        .put(payload(seq, ntpSeconds, ntpFraction, sender))
        .put(signature)
        .array();
  }

  /// @param data exactly 108 bytes
  /// @return the probe (signature not checked)
  /// @throws DecodeException when not 108 bytes
  public static SignedProbe decode(byte[] data) {
    if (data.length != BYTES) {
      throw new DecodeException(
          "SignedProbe",
          "<packet>",
          Math.min(data.length, BYTES),
          "signed probe needs exactly " + BYTES + " bytes, got " + data.length);
    }
    ByteBuffer b = ByteBuffer.wrap(data);
    int seq = b.getInt();
    int sec = b.getInt();
    int frac = b.getInt();
    PublicKey sender = PublicKey.read(data, 12);
    return new SignedProbe(seq, sec, frac, sender, Arrays.copyOfRange(data, SIGNED_BYTES, BYTES));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignedProbe p && Arrays.equals(encode(), p.encode());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(encode());
  }

  /// @return a summary without the signature bytes
  @Override
  public String toString() {
    return "SignedProbe[seq="
        + Integer.toUnsignedString(seq)
        + ", ntpSeconds="
        + Integer.toUnsignedString(ntpSeconds)
        + ", ntpFraction="
        + Integer.toUnsignedString(ntpFraction)
        + ", sender="
        + sender
        + "]";
  }
}
