package doublezero.doublezerod.bgp;

/// The session status doublezerod reports on `/status` (reference
/// `client/doublezerod/internal/bgp/plugin.go`, cli-doublezerod.md §D.6); `toString()` is the exact
/// display string.
public enum SessionStatus {
  /// Peer added, or TCP connected and capabilities being sent.
  PENDING("Pending BGP Session"),
  /// OPEN received from the peer.
  INITIALIZING("Initializing BGP Session"),
  /// The session closed.
  DOWN("BGP Session Down"),
  /// Established.
  UP("BGP Session Up"),
  /// 30 s after adding or the last close, TCP connected but no session was established.
  FAILED("BGP Session Failed"),
  /// 30 s after adding or the last close, TCP never connected.
  NETWORK_UNREACHABLE("Network Unreachable");

  private final String text;

  SessionStatus(String text) {
    this.text = text;
  }

  /// @return the reference's display string, e.g. `BGP Session Up`
  @Override
  public String toString() {
    return text;
  }
}
