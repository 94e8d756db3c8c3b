package doublezero.doublezerod.netlink;

/// rtnetlink numbers from the Linux UAPI headers (`linux/netlink.h`, `linux/rtnetlink.h`,
/// `linux/if_link.h`, `linux/if_tunnel.h`, `linux/fib_rules.h`, `linux/if_addr.h`), named as there.
public final class Rtnetlink {
  private Rtnetlink() {}

  /// `NLMSG_ERROR`: an ack (errno 0) or an error.
  public static final int NLMSG_ERROR = 2;

  /// `NLMSG_DONE`: end of a dump.
  public static final int NLMSG_DONE = 3;

  /// `RTM_NEWLINK`.
  public static final int RTM_NEWLINK = 16;

  /// `RTM_DELLINK`.
  public static final int RTM_DELLINK = 17;

  /// `RTM_GETLINK`.
  public static final int RTM_GETLINK = 18;

  /// `RTM_NEWADDR`.
  public static final int RTM_NEWADDR = 20;

  /// `RTM_DELADDR`.
  public static final int RTM_DELADDR = 21;

  /// `RTM_NEWROUTE`.
  public static final int RTM_NEWROUTE = 24;

  /// `RTM_DELROUTE`.
  public static final int RTM_DELROUTE = 25;

  /// `RTM_GETROUTE`.
  public static final int RTM_GETROUTE = 26;

  /// `RTM_NEWRULE`.
  public static final int RTM_NEWRULE = 32;

  /// `RTM_DELRULE`.
  public static final int RTM_DELRULE = 33;

  /// `RTM_GETRULE`.
  public static final int RTM_GETRULE = 34;

  /// `NLM_F_REQUEST`.
  public static final int NLM_F_REQUEST = 0x1;

  /// `NLM_F_ACK`.
  public static final int NLM_F_ACK = 0x4;

  /// `NLM_F_DUMP` (`NLM_F_ROOT | NLM_F_MATCH`).
  public static final int NLM_F_DUMP = 0x300;

  /// `NLM_F_REPLACE`.
  public static final int NLM_F_REPLACE = 0x100;

  /// `NLM_F_EXCL`.
  public static final int NLM_F_EXCL = 0x200;

  /// `NLM_F_CREATE`.
  public static final int NLM_F_CREATE = 0x400;

  /// `AF_INET`.
  public static final int AF_INET = 2;

  /// `RT_TABLE_MAIN`.
  public static final int RT_TABLE_MAIN = 254;

  /// `RTPROT_KERNEL`: used for the edge-filtering ip rules so systemd-networkd leaves them alone
  /// (reference #159).
  public static final int RTPROT_KERNEL = 2;

  /// `RTPROT_BOOT`: iproute2's default protocol.
  public static final int RTPROT_BOOT = 3;

  /// `RTPROT_BGP`: the protocol of every route learned over BGP (186).
  public static final int RTPROT_BGP = 186;

  /// `RT_SCOPE_UNIVERSE`.
  public static final int RT_SCOPE_UNIVERSE = 0;

  /// `RT_SCOPE_NOWHERE`.
  public static final int RT_SCOPE_NOWHERE = 255;

  /// `RTN_UNICAST`.
  public static final int RTN_UNICAST = 1;

  /// `FR_ACT_TO_TBL`.
  public static final int FR_ACT_TO_TBL = 1;

  /// `IFF_UP`.
  public static final int IFF_UP = 0x1;

  /// `RTNLGRP_IPV4_ROUTE` as a legacy group bit (`RTMGRP_IPV4_ROUTE`).
  public static final int RTMGRP_IPV4_ROUTE = 0x40;

  /// `RTA_DST`.
  public static final int RTA_DST = 1;

  /// `RTA_OIF`.
  public static final int RTA_OIF = 4;

  /// `RTA_GATEWAY`.
  public static final int RTA_GATEWAY = 5;

  /// `RTA_PRIORITY`.
  public static final int RTA_PRIORITY = 6;

  /// `RTA_PREFSRC`.
  public static final int RTA_PREFSRC = 7;

  /// `RTA_TABLE`.
  public static final int RTA_TABLE = 15;

  /// `IFA_ADDRESS`.
  public static final int IFA_ADDRESS = 1;

  /// `IFA_LOCAL`.
  public static final int IFA_LOCAL = 2;

  /// `IFLA_IFNAME`.
  public static final int IFLA_IFNAME = 3;

  /// `IFLA_MTU`.
  public static final int IFLA_MTU = 4;

  /// `IFLA_LINKINFO`.
  public static final int IFLA_LINKINFO = 18;

  /// `IFLA_INFO_KIND`.
  public static final int IFLA_INFO_KIND = 1;

  /// `IFLA_INFO_DATA`.
  public static final int IFLA_INFO_DATA = 2;

  /// `FRA_DST`.
  public static final int FRA_DST = 1;

  /// `FRA_SRC`.
  public static final int FRA_SRC = 2;

  /// `FRA_PRIORITY`.
  public static final int FRA_PRIORITY = 6;

  /// `FRA_TABLE`.
  public static final int FRA_TABLE = 15;

  /// `FRA_PROTOCOL`.
  public static final int FRA_PROTOCOL = 21;
}
