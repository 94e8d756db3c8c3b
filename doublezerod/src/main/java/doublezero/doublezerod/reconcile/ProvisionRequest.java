package doublezero.doublezerod.reconcile;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.UserType;
import java.util.Comparator;
import java.util.List;

/// The desired state of one service (reference `internal/api/requests.go` `ProvisionRequest`,
/// §D.3/D.4): built by the reconciler from an Activated user, or posted to the legacy `/provision`.
/// Lists are kept sorted, so equality is set equality, as the reference compares them.
///
/// @param userType the user type
/// @param tunnelSrc outer source
/// @param tunnelDst outer destination (user tunnel endpoint or device public IP)
/// @param tunnelNet the /31 overlay
/// @param dzIp the user's dz_ip
/// @param dzPrefixes every device's dz_prefixes
/// @param mcastSub multicast groups subscribed to
/// @param mcastPub multicast groups published to
/// @param localAsn the client's AS
/// @param remoteAsn the device's AS
public record ProvisionRequest(
    UserType userType,
    Ipv4Address tunnelSrc,
    Ipv4Address tunnelDst,
    NetworkV4 tunnelNet,
    Ipv4Address dzIp,
    List<NetworkV4> dzPrefixes,
    List<Ipv4Address> mcastSub,
    List<Ipv4Address> mcastPub,
    long localAsn,
    long remoteAsn) {

  /// Sorts and copies the lists.
  public ProvisionRequest {
    dzPrefixes =
        dzPrefixes.stream()
            .distinct()
            .sorted(Comparator.comparing(NetworkV4::ip).thenComparingInt(NetworkV4::prefix))
            .toList();
    mcastSub = mcastSub.stream().distinct().sorted().toList();
    mcastPub = mcastPub.stream().distinct().sorted().toList();
  }

  /// @return whether this is a unicast service (IBRL, IBRLWithAllocatedIP, EdgeFiltering)
  public boolean unicast() {
    return userType != UserType.MULTICAST;
  }
}
