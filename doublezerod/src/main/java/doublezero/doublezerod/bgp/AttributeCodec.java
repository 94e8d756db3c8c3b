package doublezero.doublezerod.bgp;

import doublezero.sdk.net.Ipv4Address;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// One path attribute's value: decode with the error handling of RFC 7606 §7 per type, and encode.
/// Decoding returns the attribute, `null` for "attribute discard", throws
/// [TreatAsWithdrawException] for "treat-as-withdraw", and [BgpException] for "session reset".
final class AttributeCodec {
  private AttributeCodec() {}

  /// The flags (optional, transitive) a known type must carry, or -1 for types we do not know.
  static int expectedFlags(int type) {
    return switch (type) {
      case PathAttribute.ORIGIN,
          PathAttribute.AS_PATH,
          PathAttribute.NEXT_HOP,
          PathAttribute.LOCAL_PREF,
          PathAttribute.ATOMIC_AGGREGATE ->
          PathAttribute.FLAG_TRANSITIVE;
      case PathAttribute.MULTI_EXIT_DISC,
          PathAttribute.MP_REACH_NLRI,
          PathAttribute.MP_UNREACH_NLRI ->
          PathAttribute.FLAG_OPTIONAL;
      case PathAttribute.AGGREGATOR,
          PathAttribute.COMMUNITIES,
          PathAttribute.AS4_PATH,
          PathAttribute.AS4_AGGREGATOR ->
          PathAttribute.FLAG_OPTIONAL | PathAttribute.FLAG_TRANSITIVE;
      default -> -1;
    };
  }

  /// Types whose errors RFC 7606 (§7.6, §7.7) and RFC 6793 §6 handle by discarding the attribute
  /// alone.
  static boolean discardOnError(int type) {
    return type == PathAttribute.ATOMIC_AGGREGATE
        || type == PathAttribute.AGGREGATOR
        || type == PathAttribute.AS4_PATH
        || type == PathAttribute.AS4_AGGREGATOR;
  }

  static PathAttribute decode(int flags, int type, byte[] v, boolean fourOctetAs) {
    return switch (type) {
      case PathAttribute.ORIGIN -> {
        require(v.length == 1, BgpError.ATTRIBUTE_LENGTH_ERROR, "ORIGIN length " + v.length);
        require(
            (v[0] & 0xFF) <= 2, BgpError.INVALID_ORIGIN_ATTRIBUTE, "ORIGIN value " + (v[0] & 0xFF));
        yield new PathAttribute.Origin(v[0] & 0xFF);
      }
      case PathAttribute.AS_PATH -> new PathAttribute.AsPath(segments(v, fourOctetAs ? 4 : 2));
      case PathAttribute.NEXT_HOP -> {
        require(v.length == 4, BgpError.ATTRIBUTE_LENGTH_ERROR, "NEXT_HOP length " + v.length);
        Ipv4Address nh = Ipv4Address.ofOctets(v);
        require(
            usableNextHop(nh),
            BgpError.INVALID_NEXT_HOP_ATTRIBUTE,
            "NEXT_HOP " + nh + " is not a unicast address");
        yield new PathAttribute.NextHop(nh);
      }
      case PathAttribute.MULTI_EXIT_DISC -> {
        require(
            v.length == 4, BgpError.ATTRIBUTE_LENGTH_ERROR, "MULTI_EXIT_DISC length " + v.length);
        yield new PathAttribute.MultiExitDisc(Integer.toUnsignedLong(ByteBuffer.wrap(v).getInt()));
      }
      case PathAttribute.LOCAL_PREF -> {
        require(v.length == 4, BgpError.ATTRIBUTE_LENGTH_ERROR, "LOCAL_PREF length " + v.length);
        yield new PathAttribute.LocalPref(Integer.toUnsignedLong(ByteBuffer.wrap(v).getInt()));
      }
      case PathAttribute.ATOMIC_AGGREGATE ->
          v.length == 0 ? new PathAttribute.Other(flags, type, v) : null;
      case PathAttribute.AGGREGATOR ->
          v.length == (fourOctetAs ? 8 : 6) ? new PathAttribute.Other(flags, type, v) : null;
      case PathAttribute.AS4_AGGREGATOR ->
          v.length == 8 ? new PathAttribute.Other(flags, type, v) : null;
      case PathAttribute.COMMUNITIES -> {
        require(
            v.length > 0 && v.length % 4 == 0,
            BgpError.OPTIONAL_ATTRIBUTE_ERROR,
            "COMMUNITIES length " + v.length);
        yield new PathAttribute.Other(flags, type, v);
      }
      case PathAttribute.AS4_PATH -> as4Path(v);
      case PathAttribute.MP_REACH_NLRI -> MpCodec.reach(flags, v);
      case PathAttribute.MP_UNREACH_NLRI -> MpCodec.unreach(flags, v);
      default -> new PathAttribute.Other(flags, type, v);
    };
  }

  private static PathAttribute as4Path(byte[] v) {
    try {
      List<AsPathSegment> s = segments(v, 4);
      boolean confed = s.stream().anyMatch(x -> x.type() > AsPathSegment.AS_SEQUENCE);
      return confed ? null : new PathAttribute.As4Path(s);
    } catch (TreatAsWithdrawException e) {
      return null;
    }
  }

  /// RFC 4271 §6.3: a NEXT_HOP must be a unicast host address (not 0/8, 127/8, 224/4 or above).
  static boolean usableNextHop(Ipv4Address a) {
    int first = (a.value() >>> 24) & 0xFF;
    return first != 0 && first != 127 && first < 224;
  }

  static List<AsPathSegment> segments(byte[] v, int asSize) {
    List<AsPathSegment> out = new ArrayList<>();
    int i = 0;
    while (i < v.length) {
      require(i + 2 <= v.length, BgpError.MALFORMED_AS_PATH, "AS_PATH segment header overruns");
      int type = v[i] & 0xFF;
      int count = v[i + 1] & 0xFF;
      require(type >= 1 && type <= 4, BgpError.MALFORMED_AS_PATH, "AS_PATH segment type " + type);
      require(count > 0, BgpError.MALFORMED_AS_PATH, "AS_PATH segment with no AS");
      require(
          i + 2 + count * asSize <= v.length,
          BgpError.MALFORMED_AS_PATH,
          "AS_PATH segment overruns");
      List<Long> asns = new ArrayList<>(count);
      for (int k = 0; k < count; k++) {
        int at = i + 2 + k * asSize;
        asns.add(
            asSize == 4
                ? Integer.toUnsignedLong(ByteBuffer.wrap(v, at, 4).getInt())
                : (long) (((v[at] & 0xFF) << 8) | (v[at + 1] & 0xFF)));
      }
      out.add(new AsPathSegment(type, asns));
      i += 2 + count * asSize;
    }
    return out;
  }

  static void require(boolean ok, BgpError error, String reason) {
    if (!ok) {
      throw new TreatAsWithdrawException(error, reason);
    }
  }

  /// Encodes one attribute (flags, type, length, value); AS numbers in AS_PATH take `asSize`
  /// octets.
  static void encode(PathAttribute a, int asSize, ByteArrayOutputStream out) {
    int type = typeOf(a);
    byte[] value =
        switch (a) {
          case PathAttribute.Origin o -> new byte[] {(byte) o.value()};
          case PathAttribute.AsPath p -> segmentBytes(p.segments(), asSize);
          case PathAttribute.As4Path p -> segmentBytes(p.segments(), 4);
          case PathAttribute.NextHop n -> n.address().octets();
          case PathAttribute.MultiExitDisc m ->
              ByteBuffer.allocate(4).putInt((int) m.value()).array();
          case PathAttribute.LocalPref l -> ByteBuffer.allocate(4).putInt((int) l.value()).array();
          case PathAttribute.MpReachIpv4 r -> MpCodec.reachValue(r);
          case PathAttribute.MpUnreachIpv4 u -> MpCodec.unreachValue(u);
          case PathAttribute.Other o -> o.value();
        };
    int flags = a instanceof PathAttribute.Other o ? o.flags() & 0xE0 : expectedFlags(type);
    if (value.length > 255) {
      flags |= PathAttribute.FLAG_EXTENDED_LENGTH;
    }
    out.write(flags);
    out.write(type);
    if (value.length > 255) {
      out.write(value.length >> 8);
    }
    out.write(value.length & 0xFF);
    out.write(value, 0, value.length);
  }

  static int typeOf(PathAttribute a) {
    return switch (a) {
      case PathAttribute.Origin _ -> PathAttribute.ORIGIN;
      case PathAttribute.AsPath _ -> PathAttribute.AS_PATH;
      case PathAttribute.As4Path _ -> PathAttribute.AS4_PATH;
      case PathAttribute.NextHop _ -> PathAttribute.NEXT_HOP;
      case PathAttribute.MultiExitDisc _ -> PathAttribute.MULTI_EXIT_DISC;
      case PathAttribute.LocalPref _ -> PathAttribute.LOCAL_PREF;
      case PathAttribute.MpReachIpv4 _ -> PathAttribute.MP_REACH_NLRI;
      case PathAttribute.MpUnreachIpv4 _ -> PathAttribute.MP_UNREACH_NLRI;
      case PathAttribute.Other o -> o.typeCode();
    };
  }

  private static byte[] segmentBytes(List<AsPathSegment> segments, int asSize) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (AsPathSegment s : segments) {
      out.write(s.type());
      out.write(s.asns().size());
      for (long asn : s.asns()) {
        long wire = asSize == 2 && asn > 0xFFFF ? Open.AS_TRANS : asn;
        byte[] b = ByteBuffer.allocate(4).putInt((int) wire).array();
        out.write(b, 4 - asSize, asSize);
      }
    }
    return out.toByteArray();
  }

  static byte[] copy(byte[] data, int from, int length) {
    return Arrays.copyOfRange(data, from, from + length);
  }
}
