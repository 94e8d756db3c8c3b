package doublezero.doublezerod.bgp;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// An UPDATE (RFC 4271 §4.3). An UPDATE with nothing in it is the IPv4-unicast End-of-RIB marker
/// (RFC 4724 §2).
///
/// @param withdrawn withdrawn routes
/// @param attributes path attributes in wire order
/// @param nlri reachable prefixes (the classic IPv4 NLRI field)
public record Update(
    List<NetworkV4> withdrawn, List<PathAttribute> attributes, List<NetworkV4> nlri)
    implements BgpMessage {
  /// The End-of-RIB marker.
  public static final Update END_OF_RIB = new Update(List.of(), List.of(), List.of());

  /// Copies the lists.
  public Update {
    withdrawn = List.copyOf(withdrawn);
    attributes = List.copyOf(attributes);
    nlri = List.copyOf(nlri);
  }

  /// @return whether this is the End-of-RIB marker (no withdrawn routes, no attributes, no NLRI)
  public boolean isEndOfRib() {
    return withdrawn.isEmpty() && attributes.isEmpty() && nlri.isEmpty();
  }

  /// @return every reachable IPv4 unicast prefix: the NLRI field, then MP_REACH_NLRI
  public List<NetworkV4> reachable() {
    List<NetworkV4> all = new ArrayList<>(nlri);
    for (PathAttribute a : attributes) {
      if (a instanceof PathAttribute.MpReachIpv4 mp) {
        all.addAll(mp.nlri());
      }
    }
    return all;
  }

  /// @return every withdrawn IPv4 unicast prefix: the withdrawn field, then MP_UNREACH_NLRI
  public List<NetworkV4> unreachable() {
    List<NetworkV4> all = new ArrayList<>(withdrawn);
    for (PathAttribute a : attributes) {
      if (a instanceof PathAttribute.MpUnreachIpv4 mp) {
        all.addAll(mp.withdrawn());
      }
    }
    return all;
  }

  /// @return the NEXT_HOP attribute, else the MP_REACH_NLRI next hop
  public Optional<Ipv4Address> nextHop() {
    Optional<Ipv4Address> mp = Optional.empty();
    for (PathAttribute a : attributes) {
      if (a instanceof PathAttribute.NextHop(Ipv4Address address)) {
        return Optional.of(address);
      }
      if (a instanceof PathAttribute.MpReachIpv4 m && mp.isEmpty()) {
        mp = Optional.of(m.nextHop());
      }
    }
    return mp;
  }
}
