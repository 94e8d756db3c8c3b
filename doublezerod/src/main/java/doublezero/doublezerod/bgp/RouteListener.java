package doublezero.doublezerod.bgp;

import doublezero.sdk.net.NetworkV4;
import java.util.List;

/// What a BGP session reports. Calls for one peer come from that peer's session thread, in order;
/// implementations should not block for long (a slow listener delays keepalive reading, never
/// sending).
public interface RouteListener {
  /// The session reached Established.
  ///
  /// @param peer the peer
  default void sessionUp(PeerConfig peer) {}

  /// Prefixes learned (or replaced): those of one UPDATE, or of several consecutive UPDATEs that
  /// were already waiting to be read (a peer's table after Established arrives as a burst, reported
  /// in calls of at most 4096 prefixes so that the installer can batch them). A withdrawal is
  /// reported only after the routes learned before it.
  ///
  /// @param peer the peer
  /// @param routes the prefixes with their next hops
  void routesLearned(PeerConfig peer, List<LearnedRoute> routes);

  /// Prefixes withdrawn: by the peer, by an UPDATE treated as withdraw (RFC 7606), or every route
  /// learned from the peer when its session goes down (the fallback to the internet); in the last
  /// case [#sessionDown] follows.
  ///
  /// @param peer the peer
  /// @param prefixes the withdrawn prefixes (only ones learned before)
  void routesWithdrawn(PeerConfig peer, List<NetworkV4> prefixes);

  /// The session left Established (after its routes were withdrawn through [#routesWithdrawn]).
  ///
  /// @param peer the peer
  /// @param reason why, for the log
  default void sessionDown(PeerConfig peer, String reason) {}

  /// The reported status changed.
  ///
  /// @param peer the peer
  /// @param status the new status
  /// @param epochSeconds when, Unix seconds (`last_session_update`)
  default void statusChanged(PeerConfig peer, SessionStatus status, long epochSeconds) {}
}
