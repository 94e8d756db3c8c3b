package doublezero.doublezerod.bgp;

/// The BGP finite state machine's states (RFC 4271 §8.2.2). This speaker only dials out, so it
/// passes Idle → Connect → OpenSent → OpenConfirm → Established, and back to Idle on any error.
public enum FsmState {
  /// Waiting for the connect-retry timer.
  IDLE,
  /// TCP connecting.
  CONNECT,
  /// Connect failed; waiting to retry (kept for RFC naming; this speaker goes back to Idle).
  ACTIVE,
  /// OPEN sent, waiting for the peer's OPEN.
  OPEN_SENT,
  /// OPEN received and KEEPALIVE sent, waiting for the peer's KEEPALIVE.
  OPEN_CONFIRM,
  /// Exchanging UPDATEs.
  ESTABLISHED
}
