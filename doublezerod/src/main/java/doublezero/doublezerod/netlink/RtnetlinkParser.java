package doublezero.doublezerod.netlink;

import static doublezero.doublezerod.netlink.Rtnetlink.*;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// Pure parser for what an rtnetlink socket returns: one datagram holds one or more messages
/// (`nlmsghdr` + family header + attributes, each 4-byte aligned, host byte order).
public final class RtnetlinkParser {
  private static final String TYPE = "rtnetlink";

  private RtnetlinkParser() {}

  /// @param data a received datagram
  /// @param length how many bytes of `data` were received
  /// @return the messages in order
  /// @throws DecodeException when a header or attribute length runs past the datagram
  public static List<NetlinkMessage> parse(byte[] data, int length) {
    ByteBuffer b = ByteBuffer.wrap(data, 0, length).order(ByteOrder.nativeOrder());
    List<NetlinkMessage> out = new ArrayList<>();
    int at = 0;
    while (at + 16 <= length) {
      int len = b.getInt(at);
      int type = b.getShort(at + 4) & 0xFFFF;
      int seq = b.getInt(at + 8);
      if (len < 16 || at + len > length) {
        throw new DecodeException(
            TYPE, "nlmsg_len", at, "length " + len + " with " + (length - at) + " remaining");
      }
      out.add(message(b, at, len, type, seq));
      at += (len + 3) & ~3;
    }
    return out;
  }

  private static NetlinkMessage message(ByteBuffer b, int at, int len, int type, int seq) {
    return switch (type) {
      case NLMSG_ERROR -> {
        need(len >= 20, at, "nlmsgerr");
        yield new NetlinkMessage.Ack(seq, -b.getInt(at + 16));
      }
      case NLMSG_DONE -> new NetlinkMessage.Done(seq);
      case RTM_NEWROUTE, RTM_DELROUTE -> route(b, at, len, type, seq);
      case RTM_NEWLINK -> link(b, at, len, seq);
      case RTM_NEWRULE -> rule(b, at, len, seq);
      default -> new NetlinkMessage.Skipped(seq, type);
    };
  }

  private static NetlinkMessage route(ByteBuffer b, int at, int len, int type, int seq) {
    need(len >= 28, at, "rtmsg");
    int family = b.get(at + 16) & 0xFF;
    if (family != AF_INET) {
      return new NetlinkMessage.Skipped(seq, type);
    }
    int dstLen = b.get(at + 17) & 0xFF;
    int table = b.get(at + 20) & 0xFF;
    int protocol = b.get(at + 21) & 0xFF;
    int rtype = b.get(at + 23) & 0xFF;
    Ipv4Address dst = Ipv4Address.UNSPECIFIED;
    Ipv4Address gw = null;
    Ipv4Address src = null;
    int oif = 0;
    for (int[] a : attributes(b, at + 28, at + len)) {
      switch (a[0]) {
        case RTA_DST -> dst = address(b, a);
        case RTA_GATEWAY -> gw = address(b, a);
        case RTA_PREFSRC -> src = address(b, a);
        case RTA_OIF -> oif = b.getInt(a[1]);
        case RTA_TABLE -> table = b.getInt(a[1]);
        default -> {}
      }
    }
    need(dstLen <= 32, at + 17, "rtm_dst_len");
    KernelRoute r =
        new KernelRoute(new NetworkV4(dst, dstLen), gw, src, table, protocol, oif, rtype);
    return new NetlinkMessage.Route(seq, type == RTM_DELROUTE, r);
  }

  private static NetlinkMessage link(ByteBuffer b, int at, int len, int seq) {
    need(len >= 32, at, "ifinfomsg");
    int index = b.getInt(at + 20);
    int flags = b.getInt(at + 24);
    String name = "";
    int mtu = 0;
    for (int[] a : attributes(b, at + 32, at + len)) {
      if (a[0] == IFLA_IFNAME) {
        byte[] raw = Arrays.copyOfRange(b.array(), a[1], a[1] + a[2]);
        int end = 0;
        while (end < raw.length && raw[end] != 0) {
          end++;
        }
        name = new String(raw, 0, end, StandardCharsets.US_ASCII);
      } else if (a[0] == IFLA_MTU && a[2] >= 4) {
        mtu = b.getInt(a[1]);
      }
    }
    return new NetlinkMessage.Link(seq, new KernelLink(index, name, flags, mtu));
  }

  private static NetlinkMessage rule(ByteBuffer b, int at, int len, int seq) {
    need(len >= 28, at, "fib_rule_hdr");
    if ((b.get(at + 16) & 0xFF) != AF_INET) {
      return new NetlinkMessage.Skipped(seq, RTM_NEWRULE);
    }
    int dstLen = b.get(at + 17) & 0xFF;
    int srcLen = b.get(at + 18) & 0xFF;
    int table = b.get(at + 20) & 0xFF;
    int priority = 0;
    int protocol = 0;
    NetworkV4 from = null;
    NetworkV4 to = null;
    for (int[] a : attributes(b, at + 28, at + len)) {
      switch (a[0]) {
        case FRA_PRIORITY -> priority = b.getInt(a[1]);
        case FRA_TABLE -> table = b.getInt(a[1]);
        case FRA_PROTOCOL -> protocol = b.get(a[1]) & 0xFF;
        case FRA_SRC -> from = new NetworkV4(address(b, a), Math.min(srcLen, 32));
        case FRA_DST -> to = new NetworkV4(address(b, a), Math.min(dstLen, 32));
        default -> {}
      }
    }
    return new NetlinkMessage.Rule(seq, new KernelRule(priority, table, from, to, protocol));
  }

  /// @return (type, value offset, value length) of each attribute in [from, to)
  static List<int[]> attributes(ByteBuffer b, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int at = from;
    while (at + 4 <= to) {
      int len = b.getShort(at) & 0xFFFF;
      int type = b.getShort(at + 2) & 0x3FFF;
      if (len < 4 || at + len > to) {
        throw new DecodeException(
            TYPE, "nla_len", at, "attribute length " + len + " with " + (to - at) + " remaining");
      }
      out.add(new int[] {type, at + 4, len - 4});
      at += (len + 3) & ~3;
    }
    return out;
  }

  private static Ipv4Address address(ByteBuffer b, int[] a) {
    need(a[2] == 4, a[1], "IPv4 address attribute");
    return Ipv4Address.ofOctets(Arrays.copyOfRange(b.array(), a[1], a[1] + 4));
  }

  private static void need(boolean ok, int at, String what) {
    if (!ok) {
      throw new DecodeException(TYPE, what, at, "too short or malformed");
    }
  }
}
