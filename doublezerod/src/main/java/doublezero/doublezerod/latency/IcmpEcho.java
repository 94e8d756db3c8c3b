package doublezero.doublezerod.latency;

import doublezero.sdk.net.InternetChecksum;

/// ICMP echo request / reply framing (RFC 792), pure: an 8-byte header (type, code, checksum,
/// identifier, sequence) plus payload, with the Internet checksum.
public final class IcmpEcho {
  /// Echo request type.
  public static final int REQUEST = 8;

  /// Echo reply type.
  public static final int REPLY = 0;

  private IcmpEcho() {}

  /// @param id identifier (the kernel replaces it on ICMP datagram sockets)
  /// @param seq sequence number
  /// @param payload payload bytes
  /// @return the echo request with its checksum
  public static byte[] request(int id, int seq, byte[] payload) {
    byte[] p = new byte[8 + payload.length];
    p[0] = (byte) REQUEST;
    p[4] = (byte) (id >>> 8);
    p[5] = (byte) id;
    p[6] = (byte) (seq >>> 8);
    p[7] = (byte) seq;
    System.arraycopy(payload, 0, p, 8, payload.length);
    int sum = InternetChecksum.of(p, 0, p.length);
    p[2] = (byte) (sum >>> 8);
    p[3] = (byte) sum;
    return p;
  }

  /// @param buf a received ICMP message
  /// @param off where it starts
  /// @param len its length
  /// @return the sequence number if it is an echo reply, else -1
  public static int replySequence(byte[] buf, int off, int len) {
    if (len < 8 || (buf[off] & 0xff) != REPLY) {
      return -1;
    }
    return ((buf[off + 6] & 0xff) << 8) | (buf[off + 7] & 0xff);
  }

  /// @param buf a received ICMP message
  /// @param off where it starts
  /// @return its identifier
  public static int identifier(byte[] buf, int off) {
    return ((buf[off + 4] & 0xff) << 8) | (buf[off + 5] & 0xff);
  }
}
