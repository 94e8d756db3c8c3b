package doublezero.doublezerod.netlink;

import doublezero.sdk.net.Ipv4Address;

/// A kernel GRE link (`ip link add NAME type gre local L remote R ttl T`, reference §D.5:
/// `doublezero0`, TTL 64).
///
/// @param name interface name, at most 15 characters
/// @param local underlay source (the client IP)
/// @param remote underlay destination (the device's tunnel endpoint)
/// @param ttl outer TTL, 1..255
public record GreLinkSpec(String name, Ipv4Address local, Ipv4Address remote, int ttl) {
  /// @throws IllegalArgumentException when the name is empty or longer than 15 characters, or ttl
  ///   is outside 1..255
  public GreLinkSpec {
    if (name.isEmpty() || name.length() > 15) {
      throw new IllegalArgumentException("interface name must be 1..15 characters: '" + name + "'");
    }
    if (ttl < 1 || ttl > 255) {
      throw new IllegalArgumentException("ttl must be 1..255: " + ttl);
    }
  }
}
