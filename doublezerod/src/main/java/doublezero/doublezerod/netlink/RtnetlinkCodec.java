package doublezero.doublezerod.netlink;

import static doublezero.doublezerod.netlink.Rtnetlink.*;

import doublezero.sdk.net.NetworkV4;

/// Pure codec for the rtnetlink requests doublezerod sends. Each request carries the same header
/// fields and attributes, in the same order, as iproute2 6.1 sends for the equivalent `ip` command
/// (golden captures in the module's test resources); sequence numbers are the caller's. Replies are
/// read by [RtnetlinkParser].
public final class RtnetlinkCodec {
  private static final int CREATE_EXCL = NLM_F_REQUEST | NLM_F_ACK | NLM_F_EXCL | NLM_F_CREATE;
  private static final int GRE_IKEY = 4;
  private static final int GRE_OKEY = 5;
  private static final int GRE_IFLAGS = 2;
  private static final int GRE_OFLAGS = 3;
  private static final int GRE_LOCAL = 6;
  private static final int GRE_REMOTE = 7;
  private static final int GRE_PMTUDISC = 10;
  private static final int GRE_TOS = 9;
  private static final int GRE_TTL = 8;
  private static final int GRE_FWMARK = 20;
  private static final int GRE_ENCAP_TYPE = 14;
  private static final int GRE_ENCAP_FLAGS = 15;
  private static final int GRE_ENCAP_SPORT = 16;
  private static final int GRE_ENCAP_DPORT = 17;

  private RtnetlinkCodec() {}

  /// `ip link add NAME type gre local L remote R ttl T`: `RTM_NEWLINK` create+excl with kind `gre`,
  /// no keys, PMTU discovery on, TOS inherit 0, no encapsulation.
  ///
  /// @param link the link
  /// @param seq sequence number
  /// @return the request bytes
  public static byte[] newGreLink(GreLinkSpec link, int seq) {
    NetlinkWriter w = ifinfo(new NetlinkWriter(RTM_NEWLINK, CREATE_EXCL, seq), 0, 0, 0);
    w.attrString(IFLA_IFNAME, link.name())
        .begin(IFLA_LINKINFO)
        .attrBytesUnterminated(IFLA_INFO_KIND, "gre")
        .begin(IFLA_INFO_DATA)
        .attrU32(GRE_IKEY, 0)
        .attrU32(GRE_OKEY, 0)
        .attrU16(GRE_IFLAGS, 0)
        .attrU16(GRE_OFLAGS, 0)
        .attr(GRE_LOCAL, link.local().octets())
        .attr(GRE_REMOTE, link.remote().octets())
        .attrU8(GRE_PMTUDISC, 1)
        .attrU8(GRE_TOS, 0)
        .attrU8(GRE_TTL, link.ttl())
        .attrU32(GRE_FWMARK, 0)
        .attrU16(GRE_ENCAP_TYPE, 0)
        .attrU16(GRE_ENCAP_FLAGS, 0)
        .attrU16(GRE_ENCAP_SPORT, 0)
        .attrU16(GRE_ENCAP_DPORT, 0)
        .end()
        .end();
    return w.bytes();
  }

  /// `ip link set dev X up mtu M`.
  ///
  /// @param index interface index
  /// @param mtu MTU, bytes (doublezerod: 1476)
  /// @param seq sequence number
  /// @return the request bytes
  public static byte[] setLinkUp(int index, int mtu, int seq) {
    return ifinfo(
            new NetlinkWriter(RTM_NEWLINK, NLM_F_REQUEST | NLM_F_ACK, seq), index, IFF_UP, IFF_UP)
        .attrU32(IFLA_MTU, mtu)
        .bytes();
  }

  /// `ip link del X`.
  ///
  /// @param index interface index
  /// @param seq sequence number
  /// @return the request bytes
  public static byte[] deleteLink(int index, int seq) {
    return ifinfo(new NetlinkWriter(RTM_DELLINK, NLM_F_REQUEST | NLM_F_ACK, seq), index, 0, 0)
        .bytes();
  }

  /// `ip addr add A/N dev X` (scope universe; `IFA_LOCAL` and `IFA_ADDRESS` both A).
  ///
  /// @param index interface index
  /// @param address address with its prefix length
  /// @param seq sequence number
  /// @return the request bytes
  public static byte[] addAddress(int index, NetworkV4 address, int seq) {
    return address(new NetlinkWriter(RTM_NEWADDR, CREATE_EXCL, seq), index, address);
  }

  /// `ip addr del A/N dev X`.
  ///
  /// @param index interface index
  /// @param address address with its prefix length
  /// @param seq sequence number
  /// @return the request bytes
  public static byte[] deleteAddress(int index, NetworkV4 address, int seq) {
    return address(new NetlinkWriter(RTM_DELADDR, NLM_F_REQUEST | NLM_F_ACK, seq), index, address);
  }

  /// `ip route replace D via G src S proto P table T` (create or replace).
  ///
  /// @param route the route
  /// @param seq sequence number
  /// @return the request bytes
  public static byte[] replaceRoute(RouteSpec route, int seq) {
    int flags = NLM_F_REQUEST | NLM_F_ACK | NLM_F_REPLACE | NLM_F_CREATE;
    return route(
        new NetlinkWriter(RTM_NEWROUTE, flags, seq), route, RT_SCOPE_UNIVERSE, RTN_UNICAST);
  }

  /// `ip route del D via G src S proto P table T`.
  ///
  /// @param route the route
  /// @param seq sequence number
  /// @return the request bytes
  public static byte[] deleteRoute(RouteSpec route, int seq) {
    return route(
        new NetlinkWriter(RTM_DELROUTE, NLM_F_REQUEST | NLM_F_ACK, seq),
        route,
        RT_SCOPE_NOWHERE,
        0);
  }

  /// `ip rule add priority P [from F] [to T] table N protocol X`.
  ///
  /// @param rule the rule
  /// @param seq sequence number
  /// @return the request bytes
  public static byte[] addRule(RuleSpec rule, int seq) {
    return rule(new NetlinkWriter(RTM_NEWRULE, CREATE_EXCL, seq), rule, FR_ACT_TO_TBL);
  }

  /// `ip rule del priority P [from F] [to T] table N protocol X` (action unspecified, as iproute2
  /// sends it).
  ///
  /// @param rule the rule
  /// @param seq sequence number
  /// @return the request bytes
  public static byte[] deleteRule(RuleSpec rule, int seq) {
    return rule(new NetlinkWriter(RTM_DELRULE, NLM_F_REQUEST | NLM_F_ACK, seq), rule, 0);
  }

  /// @param seq sequence number
  /// @return a dump request for every IPv4 route of every table
  public static byte[] dumpRoutes(int seq) {
    NetlinkWriter w = new NetlinkWriter(RTM_GETROUTE, NLM_F_REQUEST | NLM_F_DUMP, seq);
    return w.u8(AF_INET).u8(0).u8(0).u8(0).u8(0).u8(0).u8(0).u8(0).u32(0).bytes();
  }

  /// @param seq sequence number
  /// @return a dump request for every link
  public static byte[] dumpLinks(int seq) {
    return ifinfo(new NetlinkWriter(RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP, seq), 0, 0, 0).bytes();
  }

  /// @param seq sequence number
  /// @return a dump request for every IPv4 rule
  public static byte[] dumpRules(int seq) {
    NetlinkWriter w = new NetlinkWriter(RTM_GETRULE, NLM_F_REQUEST | NLM_F_DUMP, seq);
    return w.u8(AF_INET).u8(0).u8(0).u8(0).u8(0).u8(0).u8(0).u8(0).u32(0).bytes();
  }

  private static NetlinkWriter ifinfo(NetlinkWriter w, int index, int flags, int change) {
    return w.u8(0).u8(0).u16(0).u32(index).u32(flags).u32(change);
  }

  private static byte[] address(NetlinkWriter w, int index, NetworkV4 a) {
    return w.u8(AF_INET)
        .u8(a.prefix())
        .u8(0)
        .u8(RT_SCOPE_UNIVERSE)
        .u32(index)
        .attr(IFA_LOCAL, a.ip().octets())
        .attr(IFA_ADDRESS, a.ip().octets())
        .bytes();
  }

  private static byte[] route(NetlinkWriter w, RouteSpec r, int scope, int type) {
    w.u8(AF_INET)
        .u8(r.destination().prefix())
        .u8(0)
        .u8(0)
        .u8(r.table())
        .u8(r.protocol())
        .u8(scope)
        .u8(type)
        .u32(0);
    if (r.destination().prefix() > 0) {
      w.attr(RTA_DST, r.destination().ip().octets());
    }
    w.attr(RTA_GATEWAY, r.gateway().octets());
    if (r.source() != null) {
      w.attr(RTA_PREFSRC, r.source().octets());
    }
    return w.bytes();
  }

  private static byte[] rule(NetlinkWriter w, RuleSpec r, int action) {
    int dstLen = r.to() == null ? 0 : r.to().prefix();
    int srcLen = r.from() == null ? 0 : r.from().prefix();
    w.u8(AF_INET).u8(dstLen).u8(srcLen).u8(0).u8(r.table()).u8(0).u8(0).u8(action).u32(0);
    w.attrU32(FRA_PRIORITY, r.priority());
    if (r.to() != null) {
      w.attr(FRA_DST, r.to().network().octets());
    }
    if (r.from() != null) {
      w.attr(FRA_SRC, r.from().network().octets());
    }
    return w.attrU8(FRA_PROTOCOL, r.protocol()).bytes();
  }
}
