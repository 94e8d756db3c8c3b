package doublezero.doublezerod.liveness;

/// Session state carried in the two high bits of byte 1 of a route-liveness control packet
/// (reference `client/doublezerod/internal/liveness/packet.go`, RFC-7 of the reference; the BFD
/// states of RFC 5880 §4.1).
public enum LivenessState {
  /// 0: administratively disabled, no detection.
  ADMIN_DOWN("admin_down"),
  /// 1: no session detected or timed out.
  DOWN("down"),
  /// 2: attempting to establish connectivity.
  INIT("init"),
  /// 3: session fully established.
  UP("up");

  private final String text;

  LivenessState(String text) {
    this.text = text;
  }

  /// @return the wire value 0..3
  public int wireValue() {
    return ordinal();
  }

  /// @param value a 2-bit wire value (higher bits are masked off, as the reference does)
  /// @return the state
  public static LivenessState fromWire(int value) {
    return values()[value & 0x3];
  }

  /// @return the reference's display text (`admin_down`, `down`, `init`, `up`)
  @Override
  public String toString() {
    return text;
  }
}
