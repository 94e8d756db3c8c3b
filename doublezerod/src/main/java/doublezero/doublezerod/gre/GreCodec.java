package doublezero.doublezerod.gre;

import doublezero.sdk.net.InternetChecksum;

/// GRE framing (RFC 2784, with the optional fields of RFC 2890 understood on receive), pure: no
/// I/O.
///
/// Sent packets carry the 4-byte base header only, as a kernel `gre` link without key or checksum
/// does: `0x00 0x00` (C = 0, reserved0 = 0, version 0) then the protocol type, `0x08 0x00` for
/// IPv4. Received packets may also carry a checksum (C, +4 bytes: checksum and reserved1), a key
/// (K, +4) and a sequence number (S, +4), which are skipped; a checksum is verified when present.
/// Refused: version ≠ 0, the RFC 1701 routing bit, other reserved0 bits, truncation anywhere, a bad
/// checksum.
public final class GreCodec {
  /// Length of the base header.
  public static final int HEADER = 4;

  /// GRE protocol type of IPv4 payloads.
  public static final int PROTO_IPV4 = 0x0800;

  private static final int C = 0x8000;
  private static final int R = 0x4000;
  private static final int K = 0x2000;
  private static final int S = 0x1000;

  private GreCodec() {}

  /// Writes the 4-byte header for `protocol` at `buf[off..off+4)`.
  ///
  /// @param buf the buffer
  /// @param off where the header starts
  /// @param protocol the protocol type, e.g. [#PROTO_IPV4]
  public static void writeHeader(byte[] buf, int off, int protocol) {
    buf[off] = 0;
    buf[off + 1] = 0;
    buf[off + 2] = (byte) (protocol >>> 8);
    buf[off + 3] = (byte) protocol;
  }

  /// @param payload an IPv4 packet
  /// @return header + payload
  public static byte[] encode(byte[] payload) {
    byte[] out = new byte[HEADER + payload.length];
    writeHeader(out, 0, PROTO_IPV4);
    System.arraycopy(payload, 0, out, HEADER, payload.length);
    return out;
  }

  /// @param buf a GRE packet (header first)
  /// @param off where it starts
  /// @param len its length
  /// @return the protocol and payload position
  /// @throws GreFormatException as described on the class
  public static GreFrame decode(byte[] buf, int off, int len) {
    if (len < HEADER) {
      throw new GreFormatException("GRE header truncated: " + len + " bytes (expected 4+)");
    }
    int flags = ((buf[off] & 0xff) << 8) | (buf[off + 1] & 0xff);
    int version = flags & 0x7;
    if (version != 0) {
      throw new GreFormatException("GRE version " + version + " at offset 1 (expected 0)");
    }
    if ((flags & R) != 0 || (flags & 0x0ff8) != 0) {
      throw new GreFormatException(
          String.format("GRE reserved bits set: 0x%04x at offset 0", flags));
    }
    int protocol = ((buf[off + 2] & 0xff) << 8) | (buf[off + 3] & 0xff);
    int header =
        HEADER
            + ((flags & C) != 0 ? 4 : 0)
            + ((flags & K) != 0 ? 4 : 0)
            + ((flags & S) != 0 ? 4 : 0);
    if (len < header) {
      throw new GreFormatException(
          "GRE optional fields truncated: " + len + " bytes (expected " + header + "+)");
    }
    if ((flags & C) != 0 && InternetChecksum.of(buf, off, len) != 0) {
      throw new GreFormatException("GRE checksum mismatch");
    }
    return new GreFrame(protocol, off + header, len - header);
  }

  /// Skips the IPv4 header a raw socket delivers before the GRE packet.
  ///
  /// @param buf an IPv4 packet carrying GRE
  /// @param len its length
  /// @return the GRE frame inside it
  /// @throws GreFormatException when the IPv4 header is truncated or not IPv4, or the GRE part is
  ///   bad
  public static GreFrame decodeIpv4(byte[] buf, int len) {
    if (len < 20) {
      throw new GreFormatException("IPv4 header truncated: " + len + " bytes (expected 20+)");
    }
    int version = (buf[0] & 0xff) >>> 4;
    int ihl = (buf[0] & 0x0f) * 4;
    if (version != 4 || ihl < 20 || len < ihl) {
      throw new GreFormatException(
          "bad IPv4 header: version " + version + ", header length " + ihl + " of " + len);
    }
    return decode(buf, ihl, len - ihl);
  }
}
