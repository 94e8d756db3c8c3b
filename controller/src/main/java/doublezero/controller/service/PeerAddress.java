package doublezero.controller.service;

import doublezero.sdk.net.Ipv4Address;

/// Parses a BGP neighbour address from the agent the way Go's `net.ParseIP` treats IPv4: dotted
/// decimal without leading zeros, or the IPv4-mapped IPv6 form `::ffff:a.b.c.d`. Anything else
/// (IPv6, garbage) gives null and is never an unknown peer (reference `server.go::GetConfig`).
final class PeerAddress {
  private PeerAddress() {}

  static Ipv4Address parse(String text) {
    String s = text;
    if (s.regionMatches(true, 0, "::ffff:", 0, 7)) {
      s = s.substring(7);
    }
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    for (String p : parts) {
      if (p.length() > 1 && p.charAt(0) == '0') {
        return null;
      }
    }
    try {
      return Ipv4Address.parse(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
