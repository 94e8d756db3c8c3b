package doublezero.doublezerod.tunnel;

import doublezero.doublezerod.netlink.KernelLink;
import doublezero.doublezerod.netlink.Netlink;
import doublezero.doublezerod.netlink.NetlinkException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;

/// The rtnetlink steps both tunnel backends share (reference `internal/routing/tunnel.go`, §D.5):
/// remove a stale interface of the same name, put the overlay /31 (and the dz_ip /32) on the
/// interface, set the MTU and bring it up.
public final class TunnelLinks {
  private TunnelLinks() {}

  /// Deletes the interface `name` when it exists (`ip link del NAME`).
  ///
  /// @param netlink the request socket
  /// @param name the interface name
  /// @throws TunnelException when the kernel refuses
  public static void deleteIfPresent(Netlink netlink, String name) {
    try {
      netlink.link(name).ifPresent(l -> netlink.deleteLink(l.index()));
    } catch (NetlinkException e) {
      if (e.errno() != 19) {
        throw new TunnelException("cannot delete interface " + name + ": " + e.getMessage(), e);
      }
    }
  }

  /// Adds `local/31` and, when the spec has one, `dz_ip/32`, then sets the MTU and brings the link
  /// up (`ip addr add`, `ip link set dev NAME up mtu M`). Addresses already there are kept.
  ///
  /// @param netlink the request socket
  /// @param spec the tunnel
  /// @param local this side's overlay address
  /// @return the link
  /// @throws TunnelException naming the step the kernel refused
  public static KernelLink configure(Netlink netlink, TunnelSpec spec, Ipv4Address local) {
    KernelLink link =
        netlink
            .link(spec.name())
            .orElseThrow(() -> new TunnelException("interface " + spec.name() + " not found"));
    try {
      addAddress(netlink, link, new NetworkV4(local, 31));
      if (spec.dzIp().isPresent()) {
        addAddress(netlink, link, new NetworkV4(spec.dzIp().get(), 32));
      }
      netlink.setLinkUp(link.index(), spec.mtu());
    } catch (NetlinkException e) {
      throw new TunnelException(
          "cannot configure interface " + spec.name() + ": " + e.getMessage(), e);
    }
    return link;
  }

  private static void addAddress(Netlink netlink, KernelLink link, NetworkV4 address) {
    try {
      netlink.addAddress(link.index(), address);
    } catch (NetlinkException e) {
      if (e.errno() != 17) {
        throw e;
      }
    }
  }
}
