package doublezero.doublezerod.bgp;

import java.nio.ByteBuffer;
import java.util.Arrays;

/// Pure codec for BGP-4 messages (RFC 4271 §4): the 19-byte header (16-byte all-ones marker,
/// length, type) and OPEN, UPDATE, NOTIFICATION and KEEPALIVE bodies. Framing (reading a header,
/// then `length - 19` bytes) is the caller's; [#checkHeader] tells it how many bytes the message
/// has. UPDATE decoding follows RFC 7606 (see [UpdateCodec]); AS numbers take four octets when both
/// sides announced RFC 6793 support.
public final class BgpCodec {
  /// Header length, bytes.
  public static final int HEADER_LENGTH = 19;

  /// Largest message, bytes (RFC 4271 §4.1).
  public static final int MAX_LENGTH = 4096;

  private BgpCodec() {}

  /// Checks a header (RFC 4271 §6.1).
  ///
  /// @param header at least the first 19 bytes of a message
  /// @return the message length from the header, 19..4096
  /// @throws BgpException `connection_not_synchronized` for a bad marker, `bad_message_length`
  ///   (data = the length field) for a length outside the type's bounds, `bad_message_type` (data =
  ///   the type) for a type other than 1..4
  public static int checkHeader(byte[] header) {
    for (int i = 0; i < 16; i++) {
      if (header[i] != (byte) 0xFF) {
        throw new BgpException(
            BgpError.CONNECTION_NOT_SYNCHRONIZED, new byte[0], "marker byte " + i + " not 0xff");
      }
    }
    int length = UpdateCodec.u16(header, 16);
    int type = header[18] & 0xFF;
    byte[] lengthField = Arrays.copyOfRange(header, 16, 18);
    if (type < BgpMessage.TYPE_OPEN || type > BgpMessage.TYPE_KEEPALIVE) {
      throw new BgpException(
          BgpError.BAD_MESSAGE_TYPE, new byte[] {(byte) type}, "message type " + type);
    }
    int min =
        switch (type) {
          case BgpMessage.TYPE_OPEN -> 29;
          case BgpMessage.TYPE_UPDATE -> 23;
          case BgpMessage.TYPE_NOTIFICATION -> 21;
          default -> HEADER_LENGTH;
        };
    boolean keepaliveBad = type == BgpMessage.TYPE_KEEPALIVE && length != HEADER_LENGTH;
    if (length < min || length > MAX_LENGTH || keepaliveBad) {
      throw new BgpException(
          BgpError.BAD_MESSAGE_LENGTH, lengthField, "length " + length + " for type " + type);
    }
    return length;
  }

  /// @param message one whole message, header included
  /// @param fourOctetAs whether both sides announced four-octet AS support
  /// @return the message; an UPDATE that RFC 7606 treats as withdraw comes back as
  ///   [MalformedUpdate]
  /// @throws BgpException for every error that RFC 4271/7606 answers with a NOTIFICATION
  /// @throws IllegalArgumentException when `message` is shorter than its header says (a framing bug
  ///   of the caller)
  public static BgpMessage decode(byte[] message, boolean fourOctetAs) {
    if (message.length < HEADER_LENGTH) {
      throw new IllegalArgumentException(
          "message shorter than the 19-byte header: " + message.length);
    }
    int length = checkHeader(message);
    if (length != message.length) {
      throw new IllegalArgumentException("header says " + length + " bytes, got " + message.length);
    }
    return switch (message[18]) {
      case BgpMessage.TYPE_OPEN -> OpenCodec.decode(message);
      case BgpMessage.TYPE_UPDATE -> UpdateCodec.decode(message, fourOctetAs);
      case BgpMessage.TYPE_NOTIFICATION ->
          new Notification(
              message[19] & 0xFF, message[20] & 0xFF, Arrays.copyOfRange(message, 21, length));
      default -> Keepalive.INSTANCE;
    };
  }

  /// @param message a message; [MalformedUpdate] is not a wire message
  /// @param fourOctetAs whether AS numbers in AS_PATH take four octets (else AS_TRANS + AS4_PATH,
  ///   RFC 6793 §4.2.2)
  /// @return the wire bytes, header included
  /// @throws IllegalArgumentException for a [MalformedUpdate] or a message longer than 4096 bytes
  public static byte[] encode(BgpMessage message, boolean fourOctetAs) {
    byte[] body =
        switch (message) {
          case Open o -> OpenCodec.encodeBody(o);
          case Update u -> UpdateCodec.encodeBody(u, fourOctetAs);
          case Notification n -> {
            byte[] d = n.data();
            yield ByteBuffer.allocate(2 + d.length)
                .put((byte) n.code())
                .put((byte) n.subcode())
                .put(d)
                .array();
          }
          case Keepalive _ -> new byte[0];
          case MalformedUpdate _ ->
              throw new IllegalArgumentException("a MalformedUpdate is not a wire message");
        };
    int type =
        switch (message) {
          case Open _ -> BgpMessage.TYPE_OPEN;
          case Update _ -> BgpMessage.TYPE_UPDATE;
          case Notification _ -> BgpMessage.TYPE_NOTIFICATION;
          case Keepalive _, MalformedUpdate _ -> BgpMessage.TYPE_KEEPALIVE;
        };
    int length = HEADER_LENGTH + body.length;
    if (length > MAX_LENGTH) {
      throw new IllegalArgumentException("message of " + length + " bytes exceeds 4096");
    }
    ByteBuffer b = ByteBuffer.allocate(length);
    for (int i = 0; i < 16; i++) {
      b.put((byte) 0xFF);
    }
    return b.putShort((short) length).put((byte) type).put(body).array();
  }
}
