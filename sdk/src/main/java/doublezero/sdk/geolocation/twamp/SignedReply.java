package doublezero.sdk.geolocation.twamp;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// A signed TWAMP reply, geoprobe → target, inbound flow (reference
/// `tools/twamp/pkg/signed/packet.go` at v0.12.0, `../shared/reference/telemetry-geolocation.md`
/// §E.5). Big-endian header, embedded offsets little-endian: probe [108] ‖ authority [32] ‖
/// geoprobe [32] ‖ slot u64 ‖ lat f64 ‖ lng f64 ‖ since_last_rx_ns u64 ‖ rtt_ns u64 ‖ N u8 ‖ N ×
/// 174-byte 0-reference offsets ‖ Ed25519 signature [64] by `authority` over everything before it.
/// Size 277 + 174·N, N ≤ 5 (at most 1,147 bytes; the research notes' "1 122" is an arithmetic
/// slip).
///
/// @param probe the probe being answered, echoed verbatim
/// @param authority the geoprobe's signing key
/// @param geoprobe the GeoProbe account
/// @param measurementSlot DZ-ledger slot of the embedded DZD measurement
/// @param lat latitude of the embedded DZD, degrees
/// @param lng longitude of the embedded DZD, degrees
/// @param sinceLastRxNs for the second probe of a pair: its kernel receive time minus the send time
///   of the previous reply, ns; 0 for the first
/// @param rttNs DZD rtt plus `sinceLastRxNs`, ns
/// @param offsets the embedded DZD offsets, each without references (174 bytes)
/// @param signature 64-byte Ed25519 signature
public record SignedReply(
    SignedProbe probe,
    PublicKey authority,
    PublicKey geoprobe,
    long measurementSlot,
    double lat,
    double lng,
    long sinceLastRxNs,
    long rttNs,
    List<LocationOffset> offsets,
    byte[] signature) {
  /// Header size before the offsets, bytes.
  public static final int HEADER_BYTES = 213;

  /// Most embedded offsets.
  public static final int MAX_OFFSETS = 5;

  /// Smallest reply (no offsets), bytes.
  public static final int MIN_BYTES = HEADER_BYTES + Keypair.SIGNATURE_BYTES;

  /// Largest reply (five offsets), bytes.
  public static final int MAX_BYTES = MIN_BYTES + MAX_OFFSETS * LocationOffset.BASE_BYTES;

  /// @throws IllegalArgumentException when the signature is not 64 bytes, there are more than 5
  ///   offsets or an offset carries references
  public SignedReply {
    if (signature.length != Keypair.SIGNATURE_BYTES) {
      throw new IllegalArgumentException("signature needs 64 bytes, got " + signature.length);
    }
    if (offsets.size() > MAX_OFFSETS) {
      throw new IllegalArgumentException(
          "at most " + MAX_OFFSETS + " offsets, got " + offsets.size());
    }
    for (LocationOffset o : offsets) {
      if (!o.references().isEmpty()) {
        throw new IllegalArgumentException(
            "embedded offsets must have no references (174 bytes each)");
      }
    }
    signature = signature.clone();
    offsets = List.copyOf(offsets);
  }

  /// Builds and signs a reply; the authority is `key`'s public key.
  ///
  /// @return the signed reply
  public static SignedReply sign(
      SignedProbe probe,
      PublicKey geoprobe,
      long measurementSlot,
      double lat,
      double lng,
      long sinceLastRxNs,
      long rttNs,
      List<LocationOffset> offsets,
      Keypair key) {
    SignedReply unsigned =
        new SignedReply(
            probe,
            key.publicKey(),
            geoprobe,
            measurementSlot,
            lat,
            lng,
            sinceLastRxNs,
            rttNs,
            offsets,
            new byte[Keypair.SIGNATURE_BYTES]);
    byte[] body = unsigned.body();
    return new SignedReply(
        probe,
        key.publicKey(),
        geoprobe,
        measurementSlot,
        lat,
        lng,
        sinceLastRxNs,
        rttNs,
        offsets,
        key.sign(body));
  }

  /// @return a copy of the signature
  @Override
  public byte[] signature() {
    return signature.clone();
  }

  private byte[] body() {
    ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + offsets.size() * LocationOffset.BASE_BYTES);
    b.put(probe.encode())
        .put(authority.toBytes())
        .put(geoprobe.toBytes())
        .putLong(measurementSlot)
        .putDouble(lat)
        .putDouble(lng)
        .putLong(sinceLastRxNs)
        .putLong(rttNs)
        .put((byte) offsets.size());
    for (LocationOffset o : offsets) {
      b.put(o.encode());
    }
    return b.array();
  }

  /// @return whether the reply's signature verifies with `authority` (embedded offsets and the
  ///   echoed probe are separate checks: [doublezero.sdk.geolocation.offset.OffsetChain],
  ///   [SignedProbe#signatureValid])
  public boolean signatureValid() {
    return Keypair.verify(authority, body(), signature);
  }

  /// @return the encoding, 277 + 174·N bytes
  public byte[] encode() {
    byte[] body = body();
    byte[] out = Arrays.copyOf(body, body.length + Keypair.SIGNATURE_BYTES);
    System.arraycopy(signature, 0, out, body.length, Keypair.SIGNATURE_BYTES);
    return out;
  }

  /// @param data the reply datagram
  /// @return the reply (no signature checked)
  /// @throws DecodeException when shorter than 277 bytes, N > 5, or the length is not 277 + 174·N,
  ///   or an embedded offset does not decode as a 0-reference offset
  public static SignedReply decode(byte[] data) {
    if (data.length < MIN_BYTES) {
      throw new DecodeException(
          "SignedReply",
          "<packet>",
          data.length,
          "signed reply needs at least " + MIN_BYTES + " bytes, got " + data.length);
    }
    ByteBuffer b = ByteBuffer.wrap(data);
    SignedProbe probe = SignedProbe.decode(Arrays.copyOf(data, SignedProbe.BYTES));
    b.position(SignedProbe.BYTES);
    PublicKey authority = PublicKey.read(data, 108);
    PublicKey geoprobe = PublicKey.read(data, 140);
    b.position(172);
    long slot = b.getLong();
    double lat = b.getDouble();
    double lng = b.getDouble();
    long since = b.getLong();
    long rtt = b.getLong();
    int n = data[212] & 0xFF;
    int expected = MIN_BYTES + n * LocationOffset.BASE_BYTES;
    if (n > MAX_OFFSETS || data.length != expected) {
      throw new DecodeException(
          "SignedReply",
          "num_offsets",
          212,
          "N = "
              + n
              + " needs "
              + (n > MAX_OFFSETS ? "at most " + MAX_OFFSETS + " offsets" : expected + " bytes")
              + ", packet has "
              + data.length);
    }
    List<LocationOffset> offsets = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int from = HEADER_BYTES + i * LocationOffset.BASE_BYTES;
      LocationOffset o =
          LocationOffset.decode(Arrays.copyOfRange(data, from, from + LocationOffset.BASE_BYTES));
      offsets.add(o);
    }
    byte[] sig = Arrays.copyOfRange(data, data.length - Keypair.SIGNATURE_BYTES, data.length);
    return new SignedReply(probe, authority, geoprobe, slot, lat, lng, since, rtt, offsets, sig);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignedReply r && Arrays.equals(encode(), r.encode());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(encode());
  }

  /// @return a summary without signature bytes
  @Override
  public String toString() {
    return "SignedReply[probe="
        + probe
        + ", authority="
        + authority
        + ", geoprobe="
        + geoprobe
        + ", slot="
        + Long.toUnsignedString(measurementSlot)
        + ", lat="
        + lat
        + ", lng="
        + lng
        + ", sinceLastRxNs="
        + Long.toUnsignedString(sinceLastRxNs)
        + ", rttNs="
        + Long.toUnsignedString(rttNs)
        + ", offsets="
        + offsets.size()
        + "]";
  }
}
