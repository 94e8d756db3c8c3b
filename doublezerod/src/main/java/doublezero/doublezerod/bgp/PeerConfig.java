package doublezero.doublezerod.bgp;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.time.Duration;
import java.util.List;

/// One BGP peer of doublezerod (reference §D.6): the client dials from its overlay address to the
/// device's overlay address; the device side is passive.
///
/// @param localAddress our overlay address (the /31's upper address); the TCP source and our
///   NEXT_HOP
/// @param remoteAddress the device's overlay address (the /31's network address)
/// @param localAsn our AS (e2e 65000), unsigned 32 bits
/// @param remoteAsn the device's AS (e2e 65342), unsigned 32 bits
/// @param advertised prefixes to advertise on Established (dz_ip/32, or none for multicast
///   subscribers)
/// @param timers hold time, connect retry, port
public record PeerConfig(
    Ipv4Address localAddress,
    Ipv4Address remoteAddress,
    long localAsn,
    long remoteAsn,
    List<NetworkV4> advertised,
    Timers timers) {
  /// The router id doublezerod always uses.
  public static final Ipv4Address ROUTER_ID = Ipv4Address.parse("1.1.1.1");

  /// Copies the list.
  public PeerConfig {
    advertised = List.copyOf(advertised);
  }

  /// Timers and port.
  ///
  /// @param holdTime proposed hold time (0 or ≥ 3 s); keepalives go at a third of the negotiated
  ///   one
  /// @param connectRetry wait between connection attempts, and the TCP connect timeout
  /// @param port the peer's TCP port
  public record Timers(Duration holdTime, Duration connectRetry, int port) {
    /// corebgp's defaults that the reference runs with: hold 90 s, connect retry 5 s, port 179.
    public static final Timers DEFAULT =
        new Timers(Duration.ofSeconds(90), Duration.ofSeconds(5), 179);

    /// @throws IllegalArgumentException for a hold time of 1 or 2 s or above 65535 s
    public Timers {
      long hold = holdTime.toSeconds();
      if (hold == 1 || hold == 2 || hold > 65535) {
        throw new IllegalArgumentException("hold time must be 0 or 3..65535 s: " + hold);
      }
    }
  }

  @Override
  public String toString() {
    return remoteAddress + " AS" + remoteAsn;
  }
}
