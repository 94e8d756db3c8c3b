package doublezero.sdk.geolocation.offset;

import doublezero.sdk.borsh.DecodeException;

/// One location offset per UDP datagram, at most [OffsetLimits#MAX_DATAGRAM_BYTES] bytes (reference
/// `controlplane/telemetry/internal/geoprobe/transport.go` at v0.12.0). Pure: the socket lives with
/// the caller.
public final class OffsetDatagram {
  private OffsetDatagram() {}

  /// @param offset the offset to send
  /// @return its encoding
  /// @throws IllegalArgumentException when the encoding is larger than 1,232 bytes
  public static byte[] encode(LocationOffset offset) {
    byte[] bytes = offset.encode();
    if (bytes.length > OffsetLimits.MAX_DATAGRAM_BYTES) {
      throw new IllegalArgumentException(
          "location offset is "
              + bytes.length
              + " bytes, over the "
              + OffsetLimits.MAX_DATAGRAM_BYTES
              + "-byte datagram limit");
    }
    return bytes;
  }

  /// @param datagram the received payload
  /// @return the decoded offset (signatures not checked)
  /// @throws DecodeException when over 1,232 bytes or not a valid offset ([LocationOffset#decode])
  public static LocationOffset decode(byte[] datagram) {
    if (datagram.length > OffsetLimits.MAX_DATAGRAM_BYTES) {
      throw new DecodeException(
          "LocationOffset",
          "<datagram>",
          OffsetLimits.MAX_DATAGRAM_BYTES,
          "datagram of "
              + datagram.length
              + " bytes is over the "
              + OffsetLimits.MAX_DATAGRAM_BYTES
              + "-byte limit");
    }
    return LocationOffset.decode(datagram);
  }
}
