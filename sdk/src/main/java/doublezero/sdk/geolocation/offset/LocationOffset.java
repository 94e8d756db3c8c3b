package doublezero.sdk.geolocation.offset;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Arrays;
import java.util.List;

/// A signed location offset: "the host `targetIp` is `rttNs` of round trip away from (`lat`,
/// `lng`)", signed by `authority` on behalf of `sender`, optionally carrying the offsets it was
/// derived from as references.
///
/// Wire format (reference `controlplane/telemetry/internal/geoprobe/offset.go` at v0.12.0,
/// `../shared/reference/telemetry-geolocation.md` §E.2), little-endian Borsh, in this order:
/// signature [64] ‖ version u8 (= 1) ‖ authority [32] ‖ sender [32] ‖ measurement_slot u64 ‖ lat
/// f64 ‖ lng f64 ‖ measured_rtt_ns u64 ‖ rtt_ns u64 ‖ target_ip [4] ‖ num_references u8 ‖
/// references (each a complete offset). A 0-reference offset is [#BASE_BYTES] = 174 bytes. The
/// signature is plain Ed25519 over bytes 64.. of the encoding, embedded references (with their own
/// signatures) included.
///
/// @param signature 64-byte Ed25519 signature by `authority` over [#signingBytes]
/// @param version format version, 1
/// @param authority the signing key (a device's metrics publisher key, or a probe's key)
/// @param sender the Device account (DZD offsets) or the GeoProbe account (probe offsets)
/// @param measurementSlot DZ-ledger finalized slot when measured
/// @param lat WGS84 latitude, degrees
/// @param lng WGS84 longitude, degrees
/// @param measuredRttNs this hop's minimum measured round trip, nanoseconds (unsigned)
/// @param rttNs accumulated round trip from (lat, lng) to `targetIp`, nanoseconds (unsigned)
/// @param targetIp the measured host
/// @param references the offsets this one is derived from (at most 255 on the wire; see
///   [OffsetLimits])
public record LocationOffset(
    byte[] signature,
    int version,
    PublicKey authority,
    PublicKey sender,
    long measurementSlot,
    double lat,
    double lng,
    long measuredRttNs,
    long rttNs,
    Ipv4Address targetIp,
    List<LocationOffset> references) {

  /// The only version this codec reads and writes.
  public static final int VERSION = 1;

  /// Encoded size of an offset without references, bytes.
  public static final int BASE_BYTES = 174;

  /// Offset of the signed bytes (everything after the signature).
  public static final int SIGNED_FROM = 64;

  private static final String TYPE = "LocationOffset";

  /// Copies the signature and the references list.
  ///
  /// @throws IllegalArgumentException when the signature is not 64 bytes or there are more than 255
  ///   references
  public LocationOffset {
    if (signature.length != Keypair.SIGNATURE_BYTES) {
      throw new IllegalArgumentException("signature needs 64 bytes, got " + signature.length);
    }
    if (references.size() > 255) {
      throw new IllegalArgumentException(
          "at most 255 references fit the u8 count, got " + references.size());
    }
    signature = signature.clone();
    references = List.copyOf(references);
  }

  /// An unsigned (all-zero signature) version-1 offset; sign it with [#signedBy].
  ///
  /// @return the offset with a zero signature
  public static LocationOffset unsigned(
      PublicKey authority,
      PublicKey sender,
      long measurementSlot,
      double lat,
      double lng,
      long measuredRttNs,
      long rttNs,
      Ipv4Address targetIp,
      List<LocationOffset> references) {
    return new LocationOffset(
        new byte[Keypair.SIGNATURE_BYTES],
        VERSION,
        authority,
        sender,
        measurementSlot,
        lat,
        lng,
        measuredRttNs,
        rttNs,
        targetIp,
        references);
  }

  /// @return a copy of the 64-byte signature
  @Override
  public byte[] signature() {
    return signature.clone();
  }

  /// @return the encoding without its first 64 bytes: what `authority` signs
  public byte[] signingBytes() {
    byte[] all = encode();
    return Arrays.copyOfRange(all, SIGNED_FROM, all.length);
  }

  /// Signs this offset with `key` (which becomes the authority).
  ///
  /// @param key the signer
  /// @return a copy whose authority is `key`'s public key and whose signature covers the new
  ///   signing bytes
  public LocationOffset signedBy(Keypair key) {
    LocationOffset withAuthority =
        new LocationOffset(
            signature,
            version,
            key.publicKey(),
            sender,
            measurementSlot,
            lat,
            lng,
            measuredRttNs,
            rttNs,
            targetIp,
            references);
    return new LocationOffset(
        key.sign(withAuthority.signingBytes()),
        version,
        key.publicKey(),
        sender,
        measurementSlot,
        lat,
        lng,
        measuredRttNs,
        rttNs,
        targetIp,
        references);
  }

  /// @return whether this level's signature verifies with its own authority (references not
  ///   checked; see [OffsetChain#verify])
  public boolean signatureValid() {
    return Keypair.verify(authority, signingBytes(), signature);
  }

  /// @return the total number of references at every level below this one
  public int totalReferences() {
    int n = references.size();
    for (LocationOffset r : references) {
      n += r.totalReferences();
    }
    return n;
  }

  /// @return the number of nested reference levels below this one (0 when it has none)
  public int depth() {
    int d = 0;
    for (LocationOffset r : references) {
      d = Math.max(d, 1 + r.depth());
    }
    return d;
  }

  /// @return the encoding: 174 bytes plus the encodings of the references
  public byte[] encode() {
    BorshWriter w = new BorshWriter(BASE_BYTES);
    write(w);
    return w.toByteArray();
  }

  private void write(BorshWriter w) {
    w.bytes(signature)
        .u8(version)
        .publicKey(authority)
        .publicKey(sender)
        .u64(measurementSlot)
        .f64(lat)
        .f64(lng)
        .u64(measuredRttNs)
        .u64(rttNs)
        .bytes(targetIp.octets())
        .u8(references.size());
    for (LocationOffset r : references) {
      r.write(w);
    }
  }

  /// Decodes one complete offset, enforcing [OffsetLimits] (depth and total references) and the
  /// exact length.
  ///
  /// @param data the datagram or blob
  /// @return the offset (signatures not checked)
  /// @throws DecodeException on truncation, trailing bytes, a version other than 1, nesting deeper
  ///   than [OffsetLimits#MAX_DEPTH] or more than [OffsetLimits#MAX_TOTAL_REFERENCES] references
  public static LocationOffset decode(byte[] data) {
    BorshReader r = BorshReader.strict(data, TYPE);
    LocationOffset o = read(r, 0);
    r.expectEnd();
    int total = o.totalReferences();
    if (total > OffsetLimits.MAX_TOTAL_REFERENCES) {
      throw new DecodeException(
          TYPE,
          "references",
          data.length,
          "total reference count "
              + total
              + " exceeds the maximum of "
              + OffsetLimits.MAX_TOTAL_REFERENCES);
    }
    return o;
  }

  private static LocationOffset read(BorshReader r, int depth) {
    if (depth > OffsetLimits.MAX_DEPTH) {
      throw r.error(
          "references",
          "reference chain depth " + depth + " exceeds the maximum of " + OffsetLimits.MAX_DEPTH);
    }
    byte[] sig = r.bytes("signature", Keypair.SIGNATURE_BYTES);
    int version = r.u8("version");
    if (version != VERSION) {
      throw r.error(
          "version",
          "unsupported location offset version " + version + " (expected " + VERSION + ")");
    }
    PublicKey authority = r.publicKey("authority_pubkey");
    PublicKey sender = r.publicKey("sender_pubkey");
    long slot = r.u64("measurement_slot");
    double lat = r.f64("lat");
    double lng = r.f64("lng");
    long measured = r.u64("measured_rtt_ns");
    long rtt = r.u64("rtt_ns");
    Ipv4Address ip = Ipv4Address.ofOctets(r.bytes("target_ip", 4));
    int n = r.u8("num_references");
    LocationOffset[] refs = new LocationOffset[n];
    for (int i = 0; i < n; i++) {
      refs[i] = read(r, depth + 1);
    }
    return new LocationOffset(
        sig, version, authority, sender, slot, lat, lng, measured, rtt, ip, List.of(refs));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocationOffset x && Arrays.equals(encode(), x.encode());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(encode());
  }

  /// @return a one-line summary (sender, authority, slot, position, rtt, target, reference count)
  @Override
  public String toString() {
    return "LocationOffset[sender="
        + sender
        + ", authority="
        + authority
        + ", slot="
        + Long.toUnsignedString(measurementSlot)
        + ", lat="
        + lat
        + ", lng="
        + lng
        + ", measuredRttNs="
        + Long.toUnsignedString(measuredRttNs)
        + ", rttNs="
        + Long.toUnsignedString(rttNs)
        + ", targetIp="
        + targetIp
        + ", references="
        + references.size()
        + "]";
  }
}
