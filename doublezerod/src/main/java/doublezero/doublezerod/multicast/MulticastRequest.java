package doublezero.doublezerod.multicast;

import doublezero.doublezerod.tunnel.TunnelSpec;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.util.List;
import java.util.Optional;

/// The multicast service a Multicast user asks for (`reference/cli-doublezerod.md` §D.7).
///
/// @param tunnelSrc outer source
/// @param tunnelDst outer destination (the device's user tunnel endpoint)
/// @param tunnelNet the /31 overlay
/// @param dzIp the user's dz_ip (put on the tunnel and advertised only when publishing)
/// @param localAsn the client's AS
/// @param remoteAsn the device's AS
/// @param publish groups published to
/// @param subscribe groups subscribed to
public record MulticastRequest(
    Ipv4Address tunnelSrc,
    Ipv4Address tunnelDst,
    NetworkV4 tunnelNet,
    Ipv4Address dzIp,
    long localAsn,
    long remoteAsn,
    List<Ipv4Address> publish,
    List<Ipv4Address> subscribe) {
  /// The multicast tunnel's interface name.
  public static final String INTERFACE = "doublezero1";

  /// @throws IllegalArgumentException when there is no group at all
  public MulticastRequest {
    publish = List.copyOf(publish);
    subscribe = List.copyOf(subscribe);
    if (publish.isEmpty() && subscribe.isEmpty()) {
      throw new IllegalArgumentException("no multicast publisher or subscriber groups specified");
    }
  }

  /// @return whether the user publishes
  public boolean publisher() {
    return !publish.isEmpty();
  }

  /// @return whether the user subscribes
  public boolean subscriber() {
    return !subscribe.isEmpty();
  }

  /// @return `doublezero1` with dz_ip /32 on it when publishing
  public TunnelSpec tunnel() {
    return new TunnelSpec(
        INTERFACE,
        tunnelSrc,
        tunnelDst,
        tunnelNet,
        publisher() ? Optional.of(dzIp) : Optional.empty(),
        TunnelSpec.MTU,
        TunnelSpec.TTL);
  }
}
