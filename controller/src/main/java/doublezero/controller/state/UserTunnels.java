package doublezero.controller.state;

import doublezero.controller.device.BgpMartians;
import doublezero.controller.device.TunnelSlot;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// Places Activated users into their device's tunnel slot (reference `server.go::updateStateCache`,
/// §B.5 rule 8).
final class UserTunnels {
  private UserTunnels() {}

  /// @param users every user, RPC order
  /// @param devices drafts by base58 pubkey
  /// @param groups multicast groups by base58 pubkey
  /// @param tenants tenants by base58 pubkey
  /// @param events receives skipped users
  static void place(
      List<DecodedAccount<User>> users,
      Map<PublicKey, DeviceDraft> devices,
      Map<PublicKey, MulticastGroup> groups,
      Map<PublicKey, Tenant> tenants,
      StateEvents events) {
    for (DecodedAccount<User> a : users) {
      User u = a.state();
      if (u.status() != UserStatus.ACTIVATED) {
        continue;
      }
      PublicKey userKey = a.address();
      DeviceDraft d = devices.get(u.devicePk());
      String problem = problem(u, d);
      if (problem != null) {
        events.userSkipped(userKey.toBase58(), problem);
        continue;
      }
      int k = DeviceDraft.slotIndex(u.tunnelId());
      if (k < 0) {
        events.userSkipped(
            userKey.toBase58(), "no tunnel slot " + u.tunnelId() + " on device " + d.pubkey);
        continue;
      }
      d.slots[k] = slot(u, userKey, d, groups, tenants);
    }
  }

  private static String problem(User u, DeviceDraft d) {
    if (d == null) {
      return "device " + u.devicePk().toBase58() + " not found";
    }
    if (u.tunnelId() == 0) {
      return "tunnel id is not set";
    }
    if (u.clientIp().isUnspecified()) {
      return "client ip is 0.0.0.0";
    }
    if (u.dzIp().isUnspecified()) {
      return "dz ip is 0.0.0.0";
    }
    if (BgpMartians.isMartian(u.dzIp())) {
      return "dz ip " + u.dzIp() + " is a BGP martian address";
    }
    if (u.tunnelNet().prefix() != 31) {
      return "tunnel network mask is " + u.tunnelNet().prefix() + ", not 31";
    }
    return null;
  }

  private static TunnelSlot slot(
      User u,
      PublicKey userKey,
      DeviceDraft d,
      Map<PublicKey, MulticastGroup> groups,
      Map<PublicKey, Tenant> tenants) {
    Ipv4Address src = u.tunnelEndpoint().isUnspecified() ? d.publicIp : u.tunnelEndpoint();
    Ipv4Address overlaySrc = u.tunnelNet().ip();
    // The client side is the tunnel_net address with its last byte + 1 (a byte: 255 wraps to 0, no
    // carry).
    int v = overlaySrc.value();
    Ipv4Address overlayDst = new Ipv4Address((v & 0xFFFF_FF00) | ((v + 1) & 0xFF));
    int tunnelId = u.tunnelId();
    if (u.userType() != UserType.MULTICAST) {
      int vrf = 1;
      boolean metro = true;
      Tenant t = tenants.get(u.tenantPk());
      if (t != null) {
        vrf = t.vrfId();
        metro = t.metroRouting();
      }
      return new TunnelSlot(
          tunnelId,
          src,
          u.clientIp(),
          overlaySrc,
          overlayDst,
          u.dzIp(),
          userKey,
          true,
          false,
          vrf,
          metro,
          List.of(),
          List.of(),
          List.of());
    }
    List<Ipv4Address> subs = groupIps(u.subscribers(), groups);
    List<Ipv4Address> pubs = groupIps(u.publishers(), groups);
    Set<Ipv4Address> union = new LinkedHashSet<>(subs);
    union.addAll(pubs);
    List<Ipv4Address> boundary = new ArrayList<>(union);
    boundary.sort(Comparator.comparing(Ipv4Address::toString));
    return new TunnelSlot(
        tunnelId,
        src,
        u.clientIp(),
        overlaySrc,
        overlayDst,
        u.dzIp(),
        userKey,
        true,
        true,
        0,
        false,
        subs,
        pubs,
        boundary);
  }

  private static List<Ipv4Address> groupIps(
      List<PublicKey> keys, Map<PublicKey, MulticastGroup> groups) {
    List<Ipv4Address> out = new ArrayList<>();
    for (PublicKey k : keys) {
      MulticastGroup g = groups.get(k);
      if (g != null) {
        out.add(g.multicastIp());
      }
    }
    return out;
  }
}
