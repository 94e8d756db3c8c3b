package doublezero.controller.device;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;

/// One user tunnel slot of a device, `Tunnel500` … `Tunnel627` (reference `models.go` `Tunnel`,
/// §B.5 rule 8). An unallocated slot only has its id; the address fields are null.
///
/// @param id tunnel interface number
/// @param underlaySrc the device's tunnel endpoint (user's `tunnel_endpoint`, else the device
///   public IP)
/// @param underlayDst the user's client IP
/// @param overlaySrc device side of the /31 (the tunnel_net address)
/// @param overlayDst client side of the /31 (tunnel_net address with its last byte + 1), the BGP
///   neighbour
/// @param dzIp the user's DoubleZero IP
/// @param user the user account (null when unallocated)
/// @param allocated a user holds the slot
/// @param multicast the user is a multicast user
/// @param vrfId the unicast VRF (0 for multicast)
/// @param metroRouting the unicast user's tenant routes within the metro (deny own-exchange routes
///   out)
/// @param subscribers group addresses the user subscribes to, in the user's order
/// @param publishers group addresses the user publishes to, in the user's order
/// @param boundary the union of both, deduplicated and sorted by dotted text
public record TunnelSlot(
    int id,
    Ipv4Address underlaySrc,
    Ipv4Address underlayDst,
    Ipv4Address overlaySrc,
    Ipv4Address overlayDst,
    Ipv4Address dzIp,
    PublicKey user,
    boolean allocated,
    boolean multicast,
    int vrfId,
    boolean metroRouting,
    List<Ipv4Address> subscribers,
    List<Ipv4Address> publishers,
    List<Ipv4Address> boundary) {

  /// Copies the lists.
  public TunnelSlot {
    subscribers = List.copyOf(subscribers);
    publishers = List.copyOf(publishers);
    boundary = List.copyOf(boundary);
  }

  /// @param id slot number
  /// @return an empty slot
  public static TunnelSlot unallocated(int id) {
    return new TunnelSlot(
        id, null, null, null, null, null, null, false, false, 0, false, List.of(), List.of(),
        List.of());
  }

  /// @return whether a multicast user only subscribes (gets the subscriber ACL and a deny-all
  ///   prefix list)
  public boolean subscriberOnly() {
    return multicast && !subscribers.isEmpty() && publishers.isEmpty();
  }
}
