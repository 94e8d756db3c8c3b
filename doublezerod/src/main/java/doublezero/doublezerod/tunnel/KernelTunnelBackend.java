package doublezero.doublezerod.tunnel;

import doublezero.doublezerod.netlink.GreLinkSpec;
import doublezero.doublezerod.netlink.KernelLink;
import doublezero.doublezerod.netlink.Netlink;
import doublezero.doublezerod.netlink.NetlinkException;

/// The `kernel` backend over rtnetlink (reference `internal/routing/tunnel.go`, §D.5): a kernel GRE
/// link (`RTM_NEWLINK` kind `gre`, local SRC, remote DST, TTL 64; a stale link of the same name is
/// deleted first), the client overlay /31, the dz_ip /32 when asked, MTU 1476, link up. Needs the
/// kernel's `ip_gre` (EOPNOTSUPP, errno 95, without it: use the `userspace` backend).
public final class KernelTunnelBackend implements TunnelBackend {
  private final Netlink netlink;

  /// @param netlink the request socket, in the daemon's network namespace
  public KernelTunnelBackend(Netlink netlink) {
    this.netlink = netlink;
  }

  @Override
  public Tunnel up(TunnelSpec spec) {
    TunnelLinks.deleteIfPresent(netlink, spec.name());
    try {
      netlink.createGreLink(new GreLinkSpec(spec.name(), spec.src(), spec.dst(), spec.ttl()));
    } catch (NetlinkException e) {
      throw new TunnelException(
          "cannot create GRE interface "
              + spec.name()
              + (e.errno() == 95 ? " (kernel without ip_gre: use --tunnel-backend userspace)" : "")
              + ": "
              + e.getMessage(),
          e);
    }
    KernelLink link;
    try {
      link = TunnelLinks.configure(netlink, spec, spec.localOverlay());
    } catch (TunnelException e) {
      TunnelLinks.deleteIfPresent(netlink, spec.name());
      throw e;
    }
    int index = link.index();
    return new Tunnel() {
      private boolean closed;

      @Override
      public TunnelSpec spec() {
        return spec;
      }

      @Override
      public synchronized void close() {
        if (!closed) {
          closed = true;
          try {
            netlink.deleteLink(index);
          } catch (NetlinkException e) {
            if (e.errno() != 19) {
              throw new TunnelException("cannot delete " + spec.name() + ": " + e.getMessage(), e);
            }
          }
        }
      }
    };
  }
}
