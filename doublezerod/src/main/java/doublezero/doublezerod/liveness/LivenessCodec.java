package doublezero.doublezerod.liveness;

import doublezero.sdk.borsh.DecodeException;
import java.nio.ByteBuffer;

/// Pure codec for the 40-byte route-liveness control packet (reference
/// `client/doublezerod/internal/liveness/packet.go`). Layout, big-endian: byte 0 = version << 5;
/// byte 1 = state << 6; byte 2 detect multiplier; byte 3 length (40); 4..7 local discriminator;
/// 8..11 peer discriminator; 12..15 desired min TX µs; 16..19 required min RX µs; byte 20 flags;
/// 21..24 client version major, minor, patch, channel; 25..39 zero.
public final class LivenessCodec {
  /// The UDP port of route-liveness sessions.
  public static final int PORT = 44880;

  /// The packet length, bytes.
  public static final int LENGTH = 40;

  /// The only version this codec accepts on decode.
  public static final int VERSION = 1;

  private static final String TYPE = "liveness.ControlPacket";

  private LivenessCodec() {}

  /// @param packet a packet
  /// @return exactly 40 bytes
  public static byte[] encode(ControlPacket packet) {
    ByteBuffer b = ByteBuffer.allocate(LENGTH);
    b.put((byte) ((packet.version() & 0x7) << 5));
    b.put((byte) ((packet.state().wireValue() & 0x3) << 6));
    b.put((byte) packet.detectMultiplier());
    b.put((byte) LENGTH);
    b.putInt(packet.localDiscriminator());
    b.putInt(packet.peerDiscriminator());
    b.putInt(packet.desiredMinTxMicros());
    b.putInt(packet.requiredMinRxMicros());
    b.put((byte) packet.flags());
    ClientVersion v = packet.clientVersion();
    b.put((byte) v.major()).put((byte) v.minor()).put((byte) v.patch()).put((byte) v.channel());
    return b.array();
  }

  /// Decodes the first 40 bytes of a datagram; bytes after them are ignored, as the reference does.
  ///
  /// @param data a received datagram
  /// @return the packet (state masked to 2 bits)
  /// @throws DecodeException when shorter than 40 bytes (`short packet`), the length byte is not 40
  ///   (`invalid length`) or the version is not 1 (`unsupported version: N`)
  public static ControlPacket decode(byte[] data) {
    if (data.length < LENGTH) {
      throw new DecodeException(TYPE, "length", data.length, "short packet");
    }
    if ((data[3] & 0xFF) != LENGTH) {
      throw new DecodeException(TYPE, "length", 3, "invalid length");
    }
    int version = (data[0] >> 5) & 0x7;
    if (version != VERSION) {
      throw new DecodeException(TYPE, "version", 0, "unsupported version: " + version);
    }
    ByteBuffer b = ByteBuffer.wrap(data);
    return new ControlPacket(
        version,
        LivenessState.fromWire((data[1] >> 6) & 0x3),
        data[2] & 0xFF,
        b.getInt(4),
        b.getInt(8),
        b.getInt(12),
        b.getInt(16),
        data[20] & 0xFF,
        new ClientVersion(data[21] & 0xFF, data[22] & 0xFF, data[23] & 0xFF, data[24] & 0xFF));
  }
}
