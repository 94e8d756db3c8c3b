package doublezero.doublezerod.tunnel;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.util.Optional;

/// One GRE tunnel to a device (reference `internal/routing` `Tunnel`, `cli-doublezerod.md` §D.5):
/// `name` (`doublezero0` for unicast, `doublezero1` for multicast), outer addresses, the /31
/// overlay (device = network address, client = network + 1), an optional dz_ip /32 on the
/// interface, MTU 1476, TTL 64.
///
/// @param name the interface name (at most 15 bytes)
/// @param src outer source (the client's public address or the route source towards `dst`)
/// @param dst outer destination (the device's tunnel endpoint)
/// @param overlay the /31 tunnel network
/// @param dzIp the dz_ip to add as a /32 (IBRLWithAllocatedIP, multicast publishers), empty
///   otherwise
/// @param mtu MTU, [#MTU]
/// @param ttl outer TTL, [#TTL]
public record TunnelSpec(
    String name,
    Ipv4Address src,
    Ipv4Address dst,
    NetworkV4 overlay,
    Optional<Ipv4Address> dzIp,
    int mtu,
    int ttl) {
  /// The tunnels' MTU (reference `GREMTU`).
  public static final int MTU = 1476;

  /// The outer TTL.
  public static final int TTL = 64;

  /// The unicast tunnel's interface name.
  public static final String UNICAST = "doublezero0";

  /// @throws IllegalArgumentException when `overlay` is not a /31 or `name` is empty or longer than
  ///   15 bytes
  public TunnelSpec {
    if (overlay.prefix() != 31) {
      throw new IllegalArgumentException("tunnel_net must be a /31, got " + overlay);
    }
    if (name.isEmpty() || name.length() > 15) {
      throw new IllegalArgumentException(
          "interface name must be 1 to 15 characters, got '" + name + "'");
    }
  }

  /// @return the device side of the /31: its network address
  public Ipv4Address remoteOverlay() {
    return overlay.network();
  }

  /// @return the client side of the /31: network address + 1
  public Ipv4Address localOverlay() {
    return new Ipv4Address(overlay.network().value() + 1);
  }
}
