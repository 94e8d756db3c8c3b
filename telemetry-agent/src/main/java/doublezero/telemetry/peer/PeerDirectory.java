package doublezero.telemetry.peer;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.telemetry.metrics.AgentMetrics;
import java.net.Inet4Address;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The current peer list, refreshed from the ledger and the local interfaces. A refresh that fails
/// keeps the last list (the reference clears it first and probes nobody until a refresh succeeds,
/// reference #4128). Thread-safe.
public final class PeerDirectory {
  private static final Logger LOG = LoggerFactory.getLogger(PeerDirectory.class);

  private final PublicKey localDevice;
  private final ServiceabilityClient serviceability;
  private final Supplier<List<LocalAddress>> interfaces;
  private final AgentMetrics metrics;
  private volatile List<Peer> peers = List.of();

  /// @param localDevice this agent's Device account
  /// @param serviceability the serviceability program client
  /// @param interfaces the local addresses ([#systemAddresses] in production)
  /// @param metrics metrics
  public PeerDirectory(
      PublicKey localDevice,
      ServiceabilityClient serviceability,
      Supplier<List<LocalAddress>> interfaces,
      AgentMetrics metrics) {
    this.localDevice = localDevice;
    this.serviceability = serviceability;
    this.interfaces = interfaces;
    this.metrics = metrics;
  }

  /// @return the current peers
  public List<Peer> peers() {
    return peers;
  }

  /// Reloads links and devices and the local addresses; on failure keeps the last list and counts
  /// the error.
  ///
  /// @return whether the refresh succeeded
  public boolean refresh() {
    Map<PublicKey, Link> links = new HashMap<>();
    Set<PublicKey> devices = new HashSet<>();
    try {
      for (DecodedAccount<Link> l : serviceability.getAll(AccountType.LINK, Link.class)) {
        links.put(l.address(), l.state());
      }
      for (DecodedAccount<Device> d : serviceability.getAll(AccountType.DEVICE, Device.class)) {
        devices.add(d.address());
      }
    } catch (RuntimeException e) {
      metrics.error("peer_discovery_program_load");
      LOG.warn(
          "event=peer-refresh-failed kept_peers={} error=\"{}\"", peers.size(), e.getMessage());
      return false;
    }
    List<LocalAddress> local;
    try {
      local = interfaces.get();
    } catch (RuntimeException e) {
      metrics.error("peer_discovery_getting_local_interfaces");
      LOG.warn(
          "event=peer-refresh-failed kept_peers={} error=\"{}\"", peers.size(), e.getMessage());
      return false;
    }
    List<Peer> next = PeerSelection.select(localDevice, links, devices, local);
    int missing = (int) next.stream().filter(p -> p.tunnel().isEmpty()).count();
    metrics.notFoundTunnels(localDevice.toBase58(), missing);
    if (!next.equals(peers)) {
      LOG.info("event=peers-changed count={} without_tunnel={}", next.size(), missing);
    }
    peers = List.copyOf(next);
    return true;
  }

  /// @return every IPv4 address of the interfaces that are up
  /// @throws IllegalStateException when the interfaces cannot be listed
  public static List<LocalAddress> systemAddresses() {
    List<LocalAddress> out = new ArrayList<>();
    try {
      for (NetworkInterface ni : NetworkInterface.networkInterfaces().toList()) {
        if (!ni.isUp()) {
          continue;
        }
        for (InterfaceAddress a : ni.getInterfaceAddresses()) {
          if (a.getAddress() instanceof Inet4Address v4) {
            out.add(
                new LocalAddress(
                    ni.getName(),
                    Ipv4Address.ofOctets(v4.getAddress()),
                    a.getNetworkPrefixLength()));
          }
        }
      }
    } catch (SocketException e) {
      throw new IllegalStateException("listing interfaces: " + e.getMessage(), e);
    }
    return out;
  }
}
