package doublezero.sdk.net;

/// The Internet checksum (RFC 1071) used by IPv4, ICMP, GRE (RFC 2784) and PIM (RFC 7761 §4.9).
public final class InternetChecksum {
  private InternetChecksum() {}

  /// @param buf bytes
  /// @param off where the summed range starts
  /// @param len its length (an odd last byte is padded with zero)
  /// @return the 16-bit ones'-complement of the ones'-complement sum of the range's 16-bit
  ///   big-endian words: 0 when the range carries a right checksum
  public static int of(byte[] buf, int off, int len) {
    long sum = 0;
    for (int i = 0; i + 1 < len; i += 2) {
      sum += ((buf[off + i] & 0xff) << 8) | (buf[off + i + 1] & 0xff);
    }
    if ((len & 1) != 0) {
      sum += (buf[off + len - 1] & 0xff) << 8;
    }
    while ((sum >>> 16) != 0) {
      sum = (sum & 0xffff) + (sum >>> 16);
    }
    return (int) (~sum & 0xffff);
  }
}
