package doublezero.doublezerod.multicast;

import doublezero.doublezerod.netlink.Netlink;
import doublezero.doublezerod.netlink.NetlinkException;
import doublezero.doublezerod.netlink.RouteSpec;
import doublezero.doublezerod.netlink.Rtnetlink;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.util.Optional;

/// [GroupRoutes] over rtnetlink: `RTM_NEWROUTE` (replace) and `RTM_DELROUTE` with protocol static
/// (4) in table main.
public final class NetlinkGroupRoutes implements GroupRoutes {
  private static final int RTPROT_STATIC = 4;
  private static final int ESRCH = 3;

  private final Netlink netlink;

  /// @param netlink an open rtnetlink socket in the daemon's namespace
  public NetlinkGroupRoutes(Netlink netlink) {
    this.netlink = netlink;
  }

  @Override
  public void add(Ipv4Address group, Ipv4Address via, Optional<Ipv4Address> source) {
    netlink.replaceRoute(spec(group, via, source));
  }

  @Override
  public void delete(Ipv4Address group, Ipv4Address via, Optional<Ipv4Address> source) {
    try {
      netlink.deleteRoute(spec(group, via, source));
    } catch (NetlinkException e) {
      if (e.errno() != ESRCH) {
        throw e;
      }
    }
  }

  private static RouteSpec spec(Ipv4Address group, Ipv4Address via, Optional<Ipv4Address> src) {
    return new RouteSpec(
        new NetworkV4(group, 32), via, src.orElse(null), Rtnetlink.RT_TABLE_MAIN, RTPROT_STATIC);
  }
}
