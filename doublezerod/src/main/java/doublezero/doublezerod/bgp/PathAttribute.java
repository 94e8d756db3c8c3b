package doublezero.doublezerod.bgp;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.util.Arrays;
import java.util.List;

/// A path attribute of an UPDATE (RFC 4271 §4.3, §5; RFC 4760 §3–4; RFC 6793 §3). The attributes
/// this speaker reads are typed; every other one is kept as [Other].
public sealed interface PathAttribute {
  /// ORIGIN, type 1, well-known mandatory.
  int ORIGIN = 1;

  /// AS_PATH, type 2, well-known mandatory.
  int AS_PATH = 2;

  /// NEXT_HOP, type 3, well-known mandatory.
  int NEXT_HOP = 3;

  /// MULTI_EXIT_DISC, type 4, optional non-transitive.
  int MULTI_EXIT_DISC = 4;

  /// LOCAL_PREF, type 5, well-known.
  int LOCAL_PREF = 5;

  /// ATOMIC_AGGREGATE, type 6, well-known discretionary.
  int ATOMIC_AGGREGATE = 6;

  /// AGGREGATOR, type 7, optional transitive.
  int AGGREGATOR = 7;

  /// COMMUNITIES, type 8 (RFC 1997), optional transitive.
  int COMMUNITIES = 8;

  /// MP_REACH_NLRI, type 14 (RFC 4760), optional non-transitive.
  int MP_REACH_NLRI = 14;

  /// MP_UNREACH_NLRI, type 15 (RFC 4760), optional non-transitive.
  int MP_UNREACH_NLRI = 15;

  /// AS4_PATH, type 17 (RFC 6793), optional transitive.
  int AS4_PATH = 17;

  /// AS4_AGGREGATOR, type 18 (RFC 6793), optional transitive.
  int AS4_AGGREGATOR = 18;

  /// Flag bit: optional.
  int FLAG_OPTIONAL = 0x80;

  /// Flag bit: transitive.
  int FLAG_TRANSITIVE = 0x40;

  /// Flag bit: partial.
  int FLAG_PARTIAL = 0x20;

  /// Flag bit: extended (2-byte) length.
  int FLAG_EXTENDED_LENGTH = 0x10;

  /// ORIGIN: 0 IGP, 1 EGP, 2 INCOMPLETE.
  ///
  /// @param value the origin code
  record Origin(int value) implements PathAttribute {
    /// ORIGIN IGP.
    public static final Origin IGP = new Origin(0);
  }

  /// AS_PATH. On a session where both sides support four-octet AS, the numbers were four octets on
  /// the wire; on an older session the decoder has already merged AS4_PATH into it (RFC 6793
  /// §4.2.3).
  ///
  /// @param segments the segments in wire order
  record AsPath(List<AsPathSegment> segments) implements PathAttribute {
    /// Copies the list.
    public AsPath {
      segments = List.copyOf(segments);
    }

    /// @param asns the AS numbers of one AS_SEQUENCE
    /// @return a path of one AS_SEQUENCE segment (or none when `asns` is empty)
    public static AsPath sequence(List<Long> asns) {
      return new AsPath(
          asns.isEmpty() ? List.of() : List.of(new AsPathSegment(AsPathSegment.AS_SEQUENCE, asns)));
    }

    /// @return the path length of RFC 4271 §9.1.2.2
    public int pathLength() {
      return segments.stream().mapToInt(AsPathSegment::pathLength).sum();
    }
  }

  /// AS4_PATH as received from a speaker without four-octet support (RFC 6793 §4.2.2).
  ///
  /// @param segments the segments, four-octet numbers
  record As4Path(List<AsPathSegment> segments) implements PathAttribute {
    /// Copies the list.
    public As4Path {
      segments = List.copyOf(segments);
    }
  }

  /// NEXT_HOP.
  ///
  /// @param address the next hop address
  record NextHop(Ipv4Address address) implements PathAttribute {}

  /// MULTI_EXIT_DISC.
  ///
  /// @param value unsigned 32 bits held in a `long`
  record MultiExitDisc(long value) implements PathAttribute {}

  /// LOCAL_PREF.
  ///
  /// @param value unsigned 32 bits held in a `long`
  record LocalPref(long value) implements PathAttribute {}

  /// MP_REACH_NLRI for IPv4 unicast (other families are kept as [Other]).
  ///
  /// @param nextHop the next hop (first 4 bytes of the next-hop field)
  /// @param nlri the reachable prefixes
  record MpReachIpv4(Ipv4Address nextHop, List<NetworkV4> nlri) implements PathAttribute {
    /// Copies the list.
    public MpReachIpv4 {
      nlri = List.copyOf(nlri);
    }
  }

  /// MP_UNREACH_NLRI for IPv4 unicast (other families are kept as [Other]).
  ///
  /// @param withdrawn the withdrawn prefixes
  record MpUnreachIpv4(List<NetworkV4> withdrawn) implements PathAttribute {
    /// Copies the list.
    public MpUnreachIpv4 {
      withdrawn = List.copyOf(withdrawn);
    }
  }

  /// Any other attribute, kept as received.
  ///
  /// @param flags the flag byte as received
  /// @param typeCode the type code
  /// @param value the value bytes
  record Other(int flags, int typeCode, byte[] value) implements PathAttribute {
    /// Copies the value.
    public Other {
      value = value.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Other x
          && x.flags == flags
          && x.typeCode == typeCode
          && Arrays.equals(x.value, value);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * flags + typeCode) + Arrays.hashCode(value);
    }
  }
}
