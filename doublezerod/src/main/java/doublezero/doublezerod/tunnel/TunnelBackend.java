package doublezero.doublezerod.tunnel;

/// Builds GRE tunnels (reference `internal/routing` link/addr calls, §D.5): link add (an existing
/// one is replaced), `<client overlay>/31` scope link, `<dz_ip>/32` when asked, link up. Backends:
/// `kernel` (rtnetlink GRE link) and `userspace` (RFC 2784 over a TUN device and a raw
/// IP-protocol-47 socket).
public interface TunnelBackend {
  /// @param spec the tunnel
  /// @return the tunnel, up
  /// @throws TunnelException when the tunnel cannot be built (anything half-built is removed)
  Tunnel up(TunnelSpec spec);
}
