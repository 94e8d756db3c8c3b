package doublezero.doublezerod.reconcile;

import doublezero.doublezerod.chain.ProgramData;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/// Turns chain state into the services this client should run (reference
/// `internal/manager/reconciler.go`, §D.4): users whose `client_ip` is the daemon's and whose
/// status is Activated; the first unicast-type user and the first Multicast user (extras are
/// reported in [Result#ignored]).
final class DesiredState {
  private DesiredState() {}

  /// @param unicast the unicast service, if any
  /// @param multicast the multicast service, if any
  /// @param matched how many users matched
  /// @param ignored keys of matching users beyond the first of each kind
  record Result(
      Optional<ProvisionRequest> unicast,
      Optional<ProvisionRequest> multicast,
      int matched,
      List<PublicKey> ignored) {}

  /// @param data chain state
  /// @param clientIp the daemon's client IP
  /// @param sourceFor the outer source towards a device for IBRLWithAllocatedIP and Multicast users
  ///   (NAT case)
  /// @return the desired services
  static Result of(
      ProgramData data, Ipv4Address clientIp, Function<Ipv4Address, Ipv4Address> sourceFor) {
    List<NetworkV4> prefixes = new ArrayList<>();
    for (Device d : data.devices().values()) {
      prefixes.addAll(d.dzPrefixes());
    }
    long localAsn = data.globalConfig().map(GlobalConfig::localAsn).orElse(0L);
    long remoteAsn = data.globalConfig().map(GlobalConfig::remoteAsn).orElse(0L);
    ProvisionRequest unicast = null;
    ProvisionRequest multicast = null;
    List<PublicKey> ignored = new ArrayList<>();
    int matched = 0;
    for (Map.Entry<PublicKey, User> e : data.users().entrySet()) {
      User u = e.getValue();
      if (!u.clientIp().equals(clientIp) || u.status() != UserStatus.ACTIVATED) {
        continue;
      }
      Device device = data.devices().get(u.devicePk());
      if (device == null) {
        ignored.add(e.getKey());
        continue;
      }
      matched++;
      Ipv4Address dst = u.tunnelEndpoint().isUnspecified() ? device.publicIp() : u.tunnelEndpoint();
      Ipv4Address src =
          u.userType() == UserType.IBRL || u.userType() == UserType.EDGE_FILTERING
              ? clientIp
              : sourceFor.apply(dst);
      ProvisionRequest req =
          new ProvisionRequest(
              u.userType(),
              src,
              dst,
              u.tunnelNet(),
              u.dzIp(),
              prefixes,
              groups(data, u.subscribers()),
              groups(data, u.publishers()),
              localAsn,
              remoteAsn);
      if (req.unicast() && unicast == null) {
        unicast = req;
      } else if (!req.unicast() && multicast == null) {
        multicast = req;
      } else {
        ignored.add(e.getKey());
      }
    }
    return new Result(
        Optional.ofNullable(unicast), Optional.ofNullable(multicast), matched, ignored);
  }

  private static List<Ipv4Address> groups(ProgramData data, List<PublicKey> keys) {
    return keys.stream()
        .map(data.multicastGroups()::get)
        .filter(g -> g != null)
        .map(MulticastGroup::multicastIp)
        .toList();
  }
}
