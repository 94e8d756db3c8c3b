package doublezero.doublezerod.bgp;

import doublezero.sdk.net.NetworkV4;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/// UPDATE bodies (RFC 4271 §4.3) with the revised error handling of RFC 7606: lengths that do not
/// add up and NLRI that cannot be parsed reset the session (§4, §5.3); an unknown well-known
/// attribute resets it (RFC 4271 §6.3); malformed ORIGIN, AS_PATH, NEXT_HOP, MED, LOCAL_PREF,
/// COMMUNITIES, attribute flags in conflict with the type, an attribute overrunning the attribute
/// field, and missing mandatory attributes are "treat-as-withdraw" (§3, §7); malformed
/// ATOMIC_AGGREGATE, AGGREGATOR, AS4_PATH and AS4_AGGREGATOR are discarded (§7.6, §7.7, RFC 6793
/// §6); repeated attributes keep the first (§3 g). On a session without four-octet AS support,
/// AS4_PATH is merged into AS_PATH (RFC 6793 §4.2.3); between four-octet speakers it is discarded
/// (§4.1).
final class UpdateCodec {
  private UpdateCodec() {}

  /// @param m the whole message, header included (length already checked)
  /// @return an [Update], or a [MalformedUpdate] for treat-as-withdraw
  /// @throws BgpException for the session-reset cases
  static BgpMessage decode(byte[] m, boolean fourOctetAs) {
    int end = m.length;
    int p = BgpCodec.HEADER_LENGTH;
    int withdrawnLength = u16(m, p);
    if (p + 2 + withdrawnLength + 2 > end) {
      throw new BgpException(
          BgpError.MALFORMED_ATTRIBUTE_LIST,
          new byte[0],
          "withdrawn routes length " + withdrawnLength + " overruns the message");
    }
    List<NetworkV4> withdrawn =
        PrefixCodec.decode(m, p + 2, p + 2 + withdrawnLength, BgpError.INVALID_NETWORK_FIELD);
    int attrStart = p + 2 + withdrawnLength + 2;
    int attrLength = u16(m, attrStart - 2);
    if (attrStart + attrLength > end) {
      throw new BgpException(
          BgpError.MALFORMED_ATTRIBUTE_LIST,
          new byte[0],
          "total path attribute length " + attrLength + " overruns the message");
    }
    List<NetworkV4> nlri =
        PrefixCodec.decode(m, attrStart + attrLength, end, BgpError.INVALID_NETWORK_FIELD);
    List<PathAttribute> attributes = new ArrayList<>();
    TreatAsWithdrawException withdraw = null;
    try {
      attributes = attributes(m, attrStart, attrStart + attrLength, fourOctetAs);
      checkMandatory(attributes, nlri);
    } catch (TreatAsWithdrawException e) {
      withdraw = e;
      attributes = attributes.isEmpty() ? e.parsed() : attributes;
    }
    if (withdraw != null) {
      List<NetworkV4> all = new ArrayList<>(withdrawn);
      all.addAll(nlri);
      for (PathAttribute a : attributes) {
        if (a instanceof PathAttribute.MpReachIpv4 r) {
          all.addAll(r.nlri());
        }
        if (a instanceof PathAttribute.MpUnreachIpv4 u) {
          all.addAll(u.withdrawn());
        }
      }
      return new MalformedUpdate(all, withdraw.error(), withdraw.getMessage());
    }
    return new Update(
        withdrawn, fourOctetAs ? dropAs4(attributes) : AsPaths.mergeAs4(attributes), nlri);
  }

  private static List<PathAttribute> attributes(byte[] m, int from, int to, boolean fourOctetAs) {
    List<PathAttribute> out = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    TreatAsWithdrawException pending = null;
    int i = from;
    while (i < to) {
      if (i + 3 > to) {
        throw pendingOr(
            pending, "attribute header overruns the attribute field at offset " + i, out);
      }
      int flags = m[i] & 0xFF;
      int type = m[i + 1] & 0xFF;
      boolean extended = (flags & PathAttribute.FLAG_EXTENDED_LENGTH) != 0;
      if (extended && i + 4 > to) {
        throw pendingOr(
            pending, "attribute header overruns the attribute field at offset " + i, out);
      }
      int length = extended ? u16(m, i + 2) : m[i + 2] & 0xFF;
      int valueAt = i + (extended ? 4 : 3);
      if (valueAt + length > to) {
        if (type == PathAttribute.MP_REACH_NLRI
            || type == PathAttribute.MP_UNREACH_NLRI
            || hasMp(out)) {
          throw new BgpException(
              BgpError.ATTRIBUTE_LENGTH_ERROR,
              AttributeCodec.copy(m, i, to - i),
              "MP attribute overruns the attribute field");
        }
        throw pendingOr(
            pending,
            "attribute type " + type + " length " + length + " overruns the attribute field",
            out);
      }
      byte[] value = AttributeCodec.copy(m, valueAt, length);
      i = valueAt + length;
      try {
        PathAttribute a =
            one(
                flags,
                type,
                value,
                fourOctetAs,
                AttributeCodec.copy(m, valueAt - (extended ? 4 : 3), length + (extended ? 4 : 3)));
        if (!seen.add(type)) {
          if (type == PathAttribute.MP_REACH_NLRI || type == PathAttribute.MP_UNREACH_NLRI) {
            throw new BgpException(
                BgpError.MALFORMED_ATTRIBUTE_LIST, new byte[0], "repeated MP attribute " + type);
          }
          continue;
        }
        if (a != null) {
          out.add(a);
        }
      } catch (TreatAsWithdrawException e) {
        pending = pending == null ? e : pending;
      }
    }
    if (pending != null) {
      throw withAttributes(pending, out);
    }
    return out;
  }

  private static PathAttribute one(
      int flags, int type, byte[] value, boolean fourOctetAs, byte[] whole) {
    int expected = AttributeCodec.expectedFlags(type);
    if (expected < 0 && (flags & PathAttribute.FLAG_OPTIONAL) == 0) {
      throw new BgpException(
          BgpError.UNRECOGNIZED_WELL_KNOWN_ATTRIBUTE,
          whole,
          "unrecognized well-known attribute type " + type);
    }
    int flagBits = flags & (PathAttribute.FLAG_OPTIONAL | PathAttribute.FLAG_TRANSITIVE);
    if (expected >= 0 && flagBits != expected) {
      if (AttributeCodec.discardOnError(type)) {
        return null;
      }
      throw new TreatAsWithdrawException(
          BgpError.ATTRIBUTE_FLAGS_ERROR,
          "attribute type " + type + " flags 0x" + Integer.toHexString(flags));
    }
    return AttributeCodec.decode(flags, type, value, fourOctetAs);
  }

  private static void checkMandatory(List<PathAttribute> attributes, List<NetworkV4> nlri) {
    boolean mpReach = attributes.stream().anyMatch(a -> a instanceof PathAttribute.MpReachIpv4);
    if (nlri.isEmpty() && !mpReach) {
      return;
    }
    boolean origin = attributes.stream().anyMatch(a -> a instanceof PathAttribute.Origin);
    boolean path = attributes.stream().anyMatch(a -> a instanceof PathAttribute.AsPath);
    boolean nextHop = attributes.stream().anyMatch(a -> a instanceof PathAttribute.NextHop);
    AttributeCodec.require(origin, BgpError.MISSING_WELL_KNOWN_ATTRIBUTE, "ORIGIN missing");
    AttributeCodec.require(path, BgpError.MISSING_WELL_KNOWN_ATTRIBUTE, "AS_PATH missing");
    AttributeCodec.require(
        nextHop || nlri.isEmpty(), BgpError.MISSING_WELL_KNOWN_ATTRIBUTE, "NEXT_HOP missing");
  }

  private static boolean hasMp(List<PathAttribute> attributes) {
    return attributes.stream()
        .anyMatch(
            a ->
                a instanceof PathAttribute.MpReachIpv4 || a instanceof PathAttribute.MpUnreachIpv4);
  }

  private static TreatAsWithdrawException pendingOr(
      TreatAsWithdrawException pending, String reason, List<PathAttribute> parsed) {
    if (hasMp(parsed)) {
      throw new BgpException(BgpError.MALFORMED_ATTRIBUTE_LIST, new byte[0], reason);
    }
    return withAttributes(
        pending != null
            ? pending
            : new TreatAsWithdrawException(BgpError.ATTRIBUTE_LENGTH_ERROR, reason),
        parsed);
  }

  /// Treat-as-withdraw keeps the attributes parsed so far so MP_REACH/MP_UNREACH prefixes are
  /// withdrawn too.
  private static TreatAsWithdrawException withAttributes(
      TreatAsWithdrawException e, List<PathAttribute> parsed) {
    return e.withParsed(parsed);
  }

  private static List<PathAttribute> dropAs4(List<PathAttribute> attributes) {
    return attributes.stream().filter(a -> !(a instanceof PathAttribute.As4Path)).toList();
  }

  /// @param u an UPDATE
  /// @param fourOctetAs whether AS numbers take four octets on this session
  /// @return the body bytes (without the header)
  static byte[] encodeBody(Update u, boolean fourOctetAs) {
    ByteArrayOutputStream w = new ByteArrayOutputStream();
    PrefixCodec.encode(u.withdrawn(), w);
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    for (PathAttribute attribute : u.attributes()) {
      AttributeCodec.encode(attribute, fourOctetAs ? 4 : 2, a);
      if (!fourOctetAs && attribute instanceof PathAttribute.AsPath path && needsAs4(path)) {
        AttributeCodec.encode(new PathAttribute.As4Path(path.segments()), 4, a);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(w.size() >> 8);
    out.write(w.size() & 0xFF);
    out.writeBytes(w.toByteArray());
    out.write(a.size() >> 8);
    out.write(a.size() & 0xFF);
    out.writeBytes(a.toByteArray());
    PrefixCodec.encode(u.nlri(), out);
    return out.toByteArray();
  }

  private static boolean needsAs4(PathAttribute.AsPath path) {
    return path.segments().stream().flatMap(s -> s.asns().stream()).anyMatch(asn -> asn > 0xFFFF);
  }

  static int u16(byte[] m, int at) {
    return ((m[at] & 0xFF) << 8) | (m[at + 1] & 0xFF);
  }
}
