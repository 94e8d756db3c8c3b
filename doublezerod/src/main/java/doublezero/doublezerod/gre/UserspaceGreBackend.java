package doublezero.doublezerod.gre;

import doublezero.doublezerod.netlink.Netlink;
import doublezero.doublezerod.tunnel.Tunnel;
import doublezero.doublezerod.tunnel.TunnelBackend;
import doublezero.doublezerod.tunnel.TunnelLinks;
import doublezero.doublezerod.tunnel.TunnelSpec;

/// The `userspace` tunnel backend: RFC 2784 GRE in this process ([GreTunnel]) for kernels without
/// `ip_gre` (our CI machines and many containers). The interface is a TUN device with the client
/// overlay /31, configured over rtnetlink; it interoperates with a kernel GRE peer (4-byte header,
/// no key, no checksum). Needs CAP_NET_ADMIN (TUN) and CAP_NET_RAW (raw socket).
public final class UserspaceGreBackend implements TunnelBackend {
  private final Netlink netlink;

  /// @param netlink the request socket, in the daemon's network namespace
  public UserspaceGreBackend(Netlink netlink) {
    this.netlink = netlink;
  }

  @Override
  public Tunnel up(TunnelSpec spec) {
    TunnelLinks.deleteIfPresent(netlink, spec.name());
    return GreTunnel.open(netlink, spec, spec.localOverlay());
  }
}
