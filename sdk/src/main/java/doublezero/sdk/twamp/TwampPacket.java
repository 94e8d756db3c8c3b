package doublezero.sdk.twamp;

import doublezero.sdk.borsh.DecodeException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Objects;

/// The 48-byte TWAMP-light test packet of the DoubleZero agents
/// (`reference/telemetry-geolocation.md` §B.4, reference `tools/twamp/pkg/light/packet.go`). It is
/// not the RFC 5357 TWAMP-Test layout: a reflector echoes the same bytes back. Big-endian:
///
/// | offset | size | field |
/// |---|---|---|
/// | 0 | 4 | sequence number (per sender, first probe 1) |
/// | 4 | 4 | NTP seconds |
/// | 8 | 4 | NTP fraction |
/// | 12 | 36 | zero padding |
///
/// @param sequence sequence number, unsigned 32-bit held in a `long`
/// @param timestamp the sender's transmit time
public record TwampPacket(long sequence, NtpTimestamp timestamp) {
  /// Size of every packet in bytes.
  public static final int SIZE = 48;

  /// Offset of the zero padding.
  public static final int PADDING_OFFSET = 12;

  private static final String TYPE = "TwampPacket";

  /// @throws IllegalArgumentException when the sequence is outside 0 ..= 2^32 − 1
  /// @throws NullPointerException for a null timestamp
  public TwampPacket {
    if ((sequence & ~0xFFFF_FFFFL) != 0) {
      throw new IllegalArgumentException("sequence is unsigned 32-bit, got " + sequence);
    }
    Objects.requireNonNull(timestamp, "timestamp");
  }

  /// @param sequence sequence number (u32)
  /// @param sentAt transmit time
  /// @return the packet stamped with that time
  public static TwampPacket of(long sequence, Instant sentAt) {
    return new TwampPacket(sequence, NtpTimestamp.of(sentAt));
  }

  /// @return the 48 bytes on the wire
  public byte[] encode() {
    return ByteBuffer.allocate(SIZE)
        .putInt((int) sequence)
        .putInt((int) timestamp.seconds())
        .putInt((int) timestamp.fraction())
        .array();
  }

  /// Decodes a datagram as both the reference reflector and sender accept it: exactly 48 bytes,
  /// bytes 12..47 zero.
  ///
  /// @param data the datagram payload
  /// @return the packet
  /// @throws DecodeException when the length is not 48 (naming the length) or a padding byte is
  ///   non-zero (naming its offset)
  public static TwampPacket decode(byte[] data) {
    if (data.length != SIZE) {
      throw new DecodeException(
          TYPE,
          "packet",
          Math.min(data.length, SIZE),
          "needs exactly " + SIZE + " bytes, got " + data.length);
    }
    for (int i = PADDING_OFFSET; i < SIZE; i++) {
      if (data[i] != 0) {
        throw new DecodeException(
            TYPE, "padding", i, "must be zero, got 0x" + Integer.toHexString(data[i] & 0xFF));
      }
    }
    ByteBuffer b = ByteBuffer.wrap(data);
    long seq = Integer.toUnsignedLong(b.getInt());
    long sec = Integer.toUnsignedLong(b.getInt());
    long frac = Integer.toUnsignedLong(b.getInt());
    return new TwampPacket(seq, new NtpTimestamp(sec, frac));
  }

  /// @param data a receive buffer
  /// @param length the datagram's length within it
  /// @return whether [#decode] would accept it (no exception allocated)
  public static boolean isValid(byte[] data, int length) {
    if (length != SIZE || data.length < SIZE) {
      return false;
    }
    for (int i = PADDING_OFFSET; i < SIZE; i++) {
      if (data[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
