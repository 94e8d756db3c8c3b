package doublezero.doublezerod.bgp;

import java.time.Clock;
import java.util.concurrent.ThreadFactory;

/// doublezerod's BGP-4 speaker (reference §D.6): router id 1.1.1.1, dials out only, one
/// [BgpSession] per peer.
///
/// Use: `BgpSession s = BgpSpeaker.start(peerConfig, listener)`; `s.status()` for `/status`;
/// `s.close()` on teardown (its routes are withdrawn through the listener first).
public final class BgpSpeaker {
  private BgpSpeaker() {}

  /// Starts a session on virtual threads.
  ///
  /// @param peer the peer
  /// @param listener receives routes and status
  /// @return the running session
  public static BgpSession start(PeerConfig peer, RouteListener listener) {
    return start(peer, listener, Thread.ofVirtual().factory(), Clock.systemUTC());
  }

  /// Starts a session whose sockets are created by threads from `threads` (e.g. platform threads
  /// that entered a network namespace first).
  ///
  /// @param peer the peer
  /// @param listener receives routes and status
  /// @param threads makes the session's and the keepalive's threads
  /// @param clock time source for `last_session_update`
  /// @return the running session
  public static BgpSession start(
      PeerConfig peer, RouteListener listener, ThreadFactory threads, Clock clock) {
    BgpSession session = new BgpSession(peer, listener, threads, clock);
    session.start();
    return session;
  }
}
