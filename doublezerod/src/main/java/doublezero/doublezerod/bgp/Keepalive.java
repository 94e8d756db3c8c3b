package doublezero.doublezerod.bgp;

/// A KEEPALIVE: the 19-byte header alone (RFC 4271 §4.4).
public record Keepalive() implements BgpMessage {
  /// The one KEEPALIVE.
  public static final Keepalive INSTANCE = new Keepalive();
}
