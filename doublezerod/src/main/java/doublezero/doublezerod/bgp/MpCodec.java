package doublezero.doublezerod.bgp;

import doublezero.sdk.net.Ipv4Address;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/// MP_REACH_NLRI / MP_UNREACH_NLRI values (RFC 4760 §3, §4). IPv4 unicast is typed; other families
/// are kept as [PathAttribute.Other]. A malformed MP attribute resets the session (RFC 7606 §7.11:
/// we do not implement "AFI/SAFI disable").
final class MpCodec {
  private MpCodec() {}

  static PathAttribute reach(int flags, byte[] v) {
    check(v.length >= 5, "MP_REACH_NLRI shorter than 5 bytes");
    int afi = ((v[0] & 0xFF) << 8) | (v[1] & 0xFF);
    int safi = v[2] & 0xFF;
    int nhLen = v[3] & 0xFF;
    check(4 + nhLen + 1 <= v.length, "MP_REACH_NLRI next hop overruns");
    if (afi != 1 || safi != 1) {
      return new PathAttribute.Other(flags, PathAttribute.MP_REACH_NLRI, v);
    }
    check(nhLen == 4 || nhLen == 16 || nhLen == 32, "MP_REACH_NLRI next hop length " + nhLen);
    Ipv4Address nh = Ipv4Address.ofOctets(Arrays.copyOfRange(v, 4, 8));
    var nlri = PrefixCodec.decode(v, 4 + nhLen + 1, v.length, BgpError.OPTIONAL_ATTRIBUTE_ERROR);
    return new PathAttribute.MpReachIpv4(nh, nlri);
  }

  static PathAttribute unreach(int flags, byte[] v) {
    check(v.length >= 3, "MP_UNREACH_NLRI shorter than 3 bytes");
    int afi = ((v[0] & 0xFF) << 8) | (v[1] & 0xFF);
    if (afi != 1 || (v[2] & 0xFF) != 1) {
      return new PathAttribute.Other(flags, PathAttribute.MP_UNREACH_NLRI, v);
    }
    return new PathAttribute.MpUnreachIpv4(
        PrefixCodec.decode(v, 3, v.length, BgpError.OPTIONAL_ATTRIBUTE_ERROR));
  }

  static byte[] reachValue(PathAttribute.MpReachIpv4 r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0);
    out.write(1);
    out.write(1);
    out.write(4);
    out.write(r.nextHop().octets(), 0, 4);
    out.write(0);
    PrefixCodec.encode(r.nlri(), out);
    return out.toByteArray();
  }

  static byte[] unreachValue(PathAttribute.MpUnreachIpv4 u) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0);
    out.write(1);
    out.write(1);
    PrefixCodec.encode(u.withdrawn(), out);
    return out.toByteArray();
  }

  private static void check(boolean ok, String reason) {
    if (!ok) {
      throw new BgpException(BgpError.OPTIONAL_ATTRIBUTE_ERROR, new byte[0], reason);
    }
  }
}
