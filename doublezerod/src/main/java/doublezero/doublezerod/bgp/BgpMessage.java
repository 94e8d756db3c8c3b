package doublezero.doublezerod.bgp;

/// A decoded BGP-4 message (RFC 4271 §4). [MalformedUpdate] is not a wire type of its own: it is an
/// UPDATE whose errors RFC 7606 tells us to handle by "treat-as-withdraw", so the session stays up.
public sealed interface BgpMessage permits Open, Update, Notification, Keepalive, MalformedUpdate {
  /// Message type 1 (RFC 4271 §4.1).
  int TYPE_OPEN = 1;

  /// Message type 2.
  int TYPE_UPDATE = 2;

  /// Message type 3.
  int TYPE_NOTIFICATION = 3;

  /// Message type 4.
  int TYPE_KEEPALIVE = 4;
}
