package doublezero.doublezerod.liveness;

/// A route-liveness control packet: the reference's compact BFD-like message, always 40 bytes, sent
/// over UDP port {@value LivenessCodec#PORT} (reference
/// `client/doublezerod/internal/liveness/packet.go`, RFC-7 of the reference).
///
/// @param version protocol version, 3 bits (1 on the wire today)
/// @param state the sender's session state
/// @param detectMultiplier detection multiplier, 0..255
/// @param localDiscriminator the sender's discriminator, unsigned 32 bits held in an `int`
/// @param peerDiscriminator the discriminator echoed back from the peer, unsigned 32 bits held in
///   an `int`
/// @param desiredMinTxMicros desired minimum transmit interval, microseconds, unsigned 32 bits held
///   in an `int`
/// @param requiredMinRxMicros required minimum receive interval, microseconds, unsigned 32 bits
///   held in an `int`
/// @param flags flag byte; bit 0 = passive (the peer only observes)
/// @param clientVersion the sender's build version
public record ControlPacket(
    int version,
    LivenessState state,
    int detectMultiplier,
    int localDiscriminator,
    int peerDiscriminator,
    int desiredMinTxMicros,
    int requiredMinRxMicros,
    int flags,
    ClientVersion clientVersion) {

  /// Flag bit 0: the sender runs in passive (monitoring-only) mode.
  public static final int FLAG_PASSIVE = 0x01;

  /// @throws IllegalArgumentException when version is outside 0..7 or detectMultiplier/flags
  ///   outside 0..255
  public ControlPacket {
    if (version < 0 || version > 7) {
      throw new IllegalArgumentException("version must fit 3 bits: " + version);
    }
    if (detectMultiplier < 0 || detectMultiplier > 255 || flags < 0 || flags > 255) {
      throw new IllegalArgumentException("detect multiplier and flags are single bytes");
    }
  }

  /// @return true when the passive flag (bit 0) is set
  public boolean passive() {
    return (flags & FLAG_PASSIVE) != 0;
  }

  /// @return the reference's flag text: `none` or `passive`
  public String flagsText() {
    return passive() ? "passive" : "none";
  }
}
