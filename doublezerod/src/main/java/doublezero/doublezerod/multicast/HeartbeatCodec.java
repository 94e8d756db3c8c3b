package doublezero.doublezerod.multicast;

/// Pure codec of the publisher heartbeat (reference `client/doublezerod/internal/multicast/
/// heartbeat.go`, `reference/cli-doublezerod.md` §D.7): a 4-byte UDP payload to port 5765 of each
/// published group, the magic `44 5A` ("DZ") then a big-endian 16-bit version (1).
public final class HeartbeatCodec {
  /// The heartbeat's UDP destination port.
  public static final int PORT = 5765;

  /// The payload length, bytes.
  public static final int LENGTH = 4;

  /// The version the daemon sends.
  public static final int VERSION = 1;

  private HeartbeatCodec() {}

  /// @param version 0..65535
  /// @return `44 5A` and the version
  /// @throws IllegalArgumentException when the version is outside 0..65535
  public static byte[] encode(int version) {
    if (version < 0 || version > 0xFFFF) {
      throw new IllegalArgumentException("heartbeat version must be 0..65535, got " + version);
    }
    return new byte[] {0x44, 0x5A, (byte) (version >> 8), (byte) version};
  }

  /// @param payload a received UDP payload
  /// @return the version
  /// @throws IllegalArgumentException when the payload is not 4 bytes or does not start with "DZ"
  public static int decode(byte[] payload) {
    if (payload.length != LENGTH) {
      throw new IllegalArgumentException(
          "heartbeat payload must be 4 bytes, got " + payload.length);
    }
    if (payload[0] != 0x44 || payload[1] != 0x5A) {
      throw new IllegalArgumentException(
          String.format(
              "heartbeat magic must be 44 5a, got %02x %02x",
              payload[0] & 0xFF, payload[1] & 0xFF));
    }
    return (payload[2] & 0xFF) << 8 | payload[3] & 0xFF;
  }
}
