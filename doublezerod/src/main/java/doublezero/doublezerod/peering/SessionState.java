package doublezero.doublezerod.peering;

/// A peer's session status and when it last changed.
///
/// @param status the status
/// @param lastUpdateSeconds Unix seconds of the last change, 0 when never
public record SessionState(SessionStatus status, long lastUpdateSeconds) {
  /// The state of a peer the speaker does not know.
  public static final SessionState UNKNOWN = new SessionState(SessionStatus.PENDING, 0);
}
