package doublezero.doublezerod.peering;

/// The BGP session status strings the daemon reports in `session_status` (reference
/// `client/doublezerod/internal/bgp/bgp.go`, `cli-doublezerod.md` §D.6). `toString()` is the wire
/// string.
public enum SessionStatus {
  /// Peer added, nothing heard yet (also: unknown peer).
  PENDING("Pending BGP Session"),
  /// OPEN received.
  INITIALIZING("Initializing BGP Session"),
  /// Session closed.
  DOWN("BGP Session Down"),
  /// Established.
  UP("BGP Session Up"),
  /// TCP connected but no Established within 30 s.
  FAILED("BGP Session Failed"),
  /// TCP never connected within 30 s.
  UNREACHABLE("Network Unreachable");

  private final String text;

  SessionStatus(String text) {
    this.text = text;
  }

  /// @param text a wire string, e.g. `BGP Session Up`
  /// @return its status
  /// @throws IllegalArgumentException for any other text
  public static SessionStatus ofText(String text) {
    for (SessionStatus s : values()) {
      if (s.text.equals(text)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown session status: " + text);
  }

  @Override
  public String toString() {
    return text;
  }
}
