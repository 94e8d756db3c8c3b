package doublezero.telemetry.peer;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.telemetry.journal.Circuit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// Chooses the peers of a device from chain state and local addresses
/// (`reference/telemetry-geolocation.md` §B.3, `internal/telemetry/peers.go`,
/// `internal/netutil/tunnels.go`): every link with status Activated, SoftDrained, HardDrained or
/// Provisioning, a `tunnel_net` other than 0.0.0.0/0, this device on one side and a known device on
/// the other; its tunnel is the local interface with a /31 address inside the `tunnel_net`.
public final class PeerSelection {
  /// Link statuses the agent measures.
  public static final Set<LinkStatus> MEASURED =
      EnumSet.of(
          LinkStatus.ACTIVATED,
          LinkStatus.SOFT_DRAINED,
          LinkStatus.HARD_DRAINED,
          LinkStatus.PROVISIONING);

  private PeerSelection() {}

  /// @param localDevice this agent's Device account
  /// @param links every Link account by address
  /// @param devices the addresses of every Device account
  /// @param addresses the local IPv4 addresses
  /// @return the peers, in link-address order
  public static List<Peer> select(
      PublicKey localDevice,
      Map<PublicKey, Link> links,
      Set<PublicKey> devices,
      Collection<LocalAddress> addresses) {
    List<Peer> peers = new ArrayList<>();
    links.entrySet().stream()
        .sorted(Map.Entry.comparingByKey((a, b) -> a.toBase58().compareTo(b.toBase58())))
        .forEach(
            e -> {
              Link l = e.getValue();
              if (!MEASURED.contains(l.status()) || l.tunnelNet().equals(NetworkV4.DEFAULT)) {
                return;
              }
              PublicKey remote =
                  l.sideAPk().equals(localDevice)
                      ? l.sideZPk()
                      : l.sideZPk().equals(localDevice) ? l.sideAPk() : null;
              if (remote == null || !devices.contains(remote)) {
                return;
              }
              peers.add(
                  new Peer(
                      new Circuit(localDevice, remote, e.getKey()),
                      tunnel(l.tunnelNet(), addresses)));
            });
    return peers;
  }

  /// @param tunnelNet the link's tunnel network
  /// @param addresses local addresses
  /// @return the local /31 inside it, with the peer's address
  public static Optional<Tunnel> tunnel(NetworkV4 tunnelNet, Collection<LocalAddress> addresses) {
    for (LocalAddress a : addresses) {
      if (a.prefixLength() == 31 && tunnelNet.contains(a.address())) {
        return Optional.of(
            new Tunnel(a.interfaceName(), a.address(), new Ipv4Address(a.address().value() ^ 1)));
      }
    }
    return Optional.empty();
  }
}
