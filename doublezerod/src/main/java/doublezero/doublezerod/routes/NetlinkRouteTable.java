package doublezero.doublezerod.routes;

import doublezero.doublezerod.netlink.Netlink;
import doublezero.doublezerod.netlink.NetlinkException;
import doublezero.doublezerod.netlink.RouteSpec;
import doublezero.doublezerod.netlink.Rtnetlink;
import doublezero.doublezerod.netlink.RuleSpec;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// [RouteTable] over rtnetlink ([Netlink] dumps): the bgp routes of every table, and the kernel's
/// source address towards a destination, asked the way the reference's client-IP discovery asks it
/// (a UDP socket "connected" to the destination sends nothing and reports the source the kernel's
/// route lookup chose); EdgeFiltering's rules and default route as rtnetlink requests.
public final class NetlinkRouteTable implements RouteTable {
  private final Netlink netlink;

  /// @param netlink the request socket (its namespace is the one asked)
  public NetlinkRouteTable(Netlink netlink) {
    this.netlink = netlink;
  }

  @Override
  public List<KernelRoute> bgpRoutes() {
    return netlink.routes().stream()
        .filter(r -> r.protocol() == Rtnetlink.RTPROT_BGP)
        .map(
            r ->
                new KernelRoute(
                    r.destination(),
                    r.gateway() == null ? Ipv4Address.UNSPECIFIED : r.gateway(),
                    r.source() == null ? Ipv4Address.UNSPECIFIED : r.source(),
                    r.table(),
                    r.protocol()))
        .toList();
  }

  @Override
  public Optional<Ipv4Address> sourceTowards(Ipv4Address dst) {
    try (DatagramSocket probe = new DatagramSocket()) {
      probe.connect(new InetSocketAddress(dst.toInetAddress(), 9));
      InetAddress local = probe.getLocalAddress();
      if (!(local instanceof Inet4Address) || local.isAnyLocalAddress()) {
        return Optional.empty();
      }
      return Optional.of(Ipv4Address.ofOctets(local.getAddress()));
    } catch (SocketException unreachable) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("route lookup towards " + dst + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void addEdgeFiltering(EdgeFilteringRules rules) {
    List<RuleSpec> added = new ArrayList<>();
    try {
      for (RuleSpec r : rules(rules)) {
        try {
          netlink.addRule(r);
          added.add(r);
        } catch (NetlinkException e) {
          if (e.errno() != 17) {
            throw e;
          }
        }
      }
      netlink.replaceRoute(defaultRoute(rules));
    } catch (NetlinkException e) {
      added.forEach(r -> quietly(() -> netlink.deleteRule(r)));
      throw e;
    }
  }

  @Override
  public void removeEdgeFiltering(EdgeFilteringRules rules) {
    NetlinkException first = null;
    for (RuleSpec r : rules(rules)) {
      first = keep(first, () -> netlink.deleteRule(r));
    }
    first = keep(first, () -> netlink.deleteRoute(defaultRoute(rules)));
    if (first != null) {
      throw first;
    }
  }

  private static List<RuleSpec> rules(EdgeFilteringRules rules) {
    List<RuleSpec> out = new ArrayList<>();
    for (NetworkV4 p : rules.prefixes()) {
      NetworkV4 net = new NetworkV4(p.network(), p.prefix());
      out.add(
          new RuleSpec(
              EdgeFilteringRules.SPECIFIC_PRIORITY,
              EdgeFilteringRules.SPECIFIC_TABLE,
              null,
              net,
              Rtnetlink.RTPROT_KERNEL));
      out.add(
          new RuleSpec(
              EdgeFilteringRules.DEFAULT_PRIORITY,
              EdgeFilteringRules.DEFAULT_TABLE,
              net,
              null,
              Rtnetlink.RTPROT_KERNEL));
    }
    return out;
  }

  private static RouteSpec defaultRoute(EdgeFilteringRules rules) {
    return new RouteSpec(
        NetworkV4.DEFAULT,
        rules.gateway(),
        rules.dzIp(),
        EdgeFilteringRules.DEFAULT_TABLE,
        Rtnetlink.RTPROT_BOOT);
  }

  /// Runs a delete; "not there" (ENOENT 2, ESRCH 3) is success, any other refusal is kept (the
  /// first one) so every step still runs.
  private static NetlinkException keep(NetlinkException first, Runnable delete) {
    try {
      delete.run();
      return first;
    } catch (NetlinkException e) {
      return first != null || e.errno() == 2 || e.errno() == 3 ? first : e;
    }
  }

  private static void quietly(Runnable delete) {
    try {
      delete.run();
    } catch (NetlinkException ignored) {
      // best effort while undoing a failed add
    }
  }
}
