package doublezero.activator.allocation;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.serviceability.state.InterfaceType;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.Permission;
import doublezero.sdk.serviceability.state.ProgramConfig;
import doublezero.sdk.serviceability.state.Reservation;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import java.util.ArrayList;
import java.util.List;

/// The resources an account holds as written on chain, whatever its status (the reference's
/// start-up marking, `activator-controller-agent.md` §A.5 step 5, widened to every status as
/// v0.13.0 later did, §F), except a Banned user, whose resources the reference frees when it bans
/// (§A.7.4).
public final class OnChainResources {
  private OnChainResources() {}

  /// @param account any decoded serviceability account
  /// @return what it holds; empty for account types that hold nothing
  public static List<Resource> of(ServiceabilityAccount account) {
    return switch (account) {
      case Device d -> device(d);
      case Link l -> link(l);
      case User u -> user(u);
      case MulticastGroup g ->
          g.multicastIp().equals(Ipv4Address.UNSPECIFIED)
              ? List.of()
              : List.of(new Resource.GroupIp(g.multicastIp()));
      case GlobalState _,
          GlobalConfig _,
          ProgramConfig _,
          Location _,
          Exchange _,
          Contributor _,
          Tenant _,
          ResourceExtension _,
          Permission _,
          Reservation _,
          AccessPass _ ->
          List.of();
    };
  }

  static List<Resource> device(Device d) {
    List<Resource> out = new ArrayList<>();
    for (Interface i : d.interfaces()) {
      if (i.nodeSegmentIdx() > 0) {
        out.add(new Resource.SegmentRoutingId(i.nodeSegmentIdx()));
      }
      if (i.interfaceType() == InterfaceType.LOOPBACK && !i.ipNet().equals(NetworkV4.DEFAULT)) {
        out.add(new Resource.DeviceTunnelNet(i.ipNet()));
      }
    }
    return out;
  }

  static List<Resource> link(Link l) {
    if (l.tunnelNet().equals(NetworkV4.DEFAULT)) {
      return List.of();
    }
    return List.of(new Resource.DeviceTunnelNet(l.tunnelNet()), new Resource.LinkId(l.tunnelId()));
  }

  static List<Resource> user(User u) {
    if (u.status() == UserStatus.BANNED) {
      return List.of();
    }
    List<Resource> out = new ArrayList<>();
    if (!u.tunnelNet().equals(NetworkV4.DEFAULT)) {
      out.add(new Resource.UserTunnelNet(u.tunnelNet()));
    }
    if (u.tunnelId() != 0) {
      out.add(new Resource.TunnelId(u.devicePk(), u.tunnelId()));
    }
    boolean ownDzIp = !u.dzIp().equals(Ipv4Address.UNSPECIFIED) && !u.dzIp().equals(u.clientIp());
    if (ownDzIp) {
      out.add(new Resource.DzIp(u.devicePk(), u.dzIp()));
      if (u.userType() == UserType.MULTICAST) {
        out.add(new Resource.PublisherIp(u.dzIp()));
      }
    }
    if (!u.tunnelEndpoint().equals(Ipv4Address.UNSPECIFIED)) {
      out.add(new Resource.Endpoint(u.devicePk(), u.clientIp(), u.tunnelEndpoint()));
    }
    return out;
  }
}
