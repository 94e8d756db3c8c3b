package doublezero.activator.allocation;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Interface;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/// What one device hands out to its users (reference `activator/src/states/devicestate.rs`;
/// `activator-controller-agent.md` §A.6): user tunnel ids 500–627 (the controller's tunnel slots),
/// dz_ips from the device's dz_prefixes (each pool skips its network address, which is the device's
/// own Loopback100), and the tunnel endpoints each client already uses. Unlike the reference,
/// changing dz_prefixes keeps the dz_ips still inside a remaining prefix (the reference forgot them
/// all).
public final class DevicePools {
  /// First user tunnel id.
  public static final int FIRST_TUNNEL_ID = 500;

  /// One past the last user tunnel id (the controller renders Tunnel500–Tunnel627).
  public static final int END_TUNNEL_ID = 628;

  private Device device;
  private final IdAllocator tunnelIds = new IdAllocator(FIRST_TUNNEL_ID, END_TUNNEL_ID);
  private List<IpBlockAllocator> dzIps = new ArrayList<>();
  private final Map<Ipv4Address, List<Ipv4Address>> endpoints = new HashMap<>();

  /// @param device the device as last seen on chain
  public DevicePools(Device device) {
    this.device = device;
    for (NetworkV4 prefix : device.dzPrefixes()) {
      IpBlockAllocator pool = new IpBlockAllocator(prefix);
      pool.assign(new NetworkV4(prefix.network(), 32));
      dzIps.add(pool);
    }
  }

  /// @return the device as last seen
  public Device device() {
    return device;
  }

  /// Takes in a newer copy of the device; when its dz_prefixes changed, pools are rebuilt and the
  /// dz_ips in use that still fall in a prefix are carried over.
  public void update(Device newer) {
    if (!newer.dzPrefixes().equals(device.dzPrefixes())) {
      List<IpBlockAllocator> rebuilt = new ArrayList<>();
      for (NetworkV4 prefix : newer.dzPrefixes()) {
        IpBlockAllocator pool = new IpBlockAllocator(prefix);
        pool.assign(new NetworkV4(prefix.network(), 32));
        for (IpBlockAllocator old : dzIps) {
          carry(old, pool);
        }
        rebuilt.add(pool);
      }
      dzIps = rebuilt;
    }
    device = newer;
  }

  private static void carry(IpBlockAllocator from, IpBlockAllocator to) {
    long base = Integer.toUnsignedLong(from.base().network().value());
    for (long i = 0; i < from.capacity(); i++) {
      NetworkV4 host = new NetworkV4(new Ipv4Address((int) (base + i)), 32);
      if (from.isAssigned(host) && to.contains(host.ip())) {
        to.assign(host);
      }
    }
  }

  /// @return the next free user tunnel id, or empty when all 128 are in use
  public OptionalInt nextTunnelId() {
    return tunnelIds.next();
  }

  /// @return the next free dz_ip, searching the prefixes in order, or empty when all are full
  public Optional<Ipv4Address> nextDzIp() {
    for (IpBlockAllocator pool : dzIps) {
      Optional<NetworkV4> n = pool.nextBlock(1, 1);
      if (n.isPresent()) {
        return Optional.of(n.get().ip());
      }
    }
    return Optional.empty();
  }

  /// Marks a user's resources as held (start-up recovery, or after an activation).
  ///
  /// @return false when one of them was already held by someone else (a duplicate on chain)
  public boolean register(Ipv4Address dzIp, int tunnelId) {
    boolean fresh = tunnelId == 0 || tunnelIds.assign(tunnelId) || !tunnelIds.inRange(tunnelId);
    for (IpBlockAllocator pool : dzIps) {
      if (pool.contains(dzIp)) {
        fresh &= pool.assign(new NetworkV4(dzIp, 32));
      }
    }
    return fresh;
  }

  /// Frees a user's dz_ip (in whichever pool holds it) and tunnel id.
  public void release(Ipv4Address dzIp, int tunnelId) {
    for (IpBlockAllocator pool : dzIps) {
      if (pool.contains(dzIp)) {
        pool.release(new NetworkV4(dzIp, 32));
      }
    }
    tunnelIds.release(tunnelId);
  }

  /// Sets or clears one tunnel id (ids outside 500–627 are ignored).
  public void setTunnelId(int id, boolean held) {
    if (held) {
      tunnelIds.assign(id);
    } else {
      tunnelIds.release(id);
    }
  }

  /// Sets or clears one dz_ip in whichever prefix pool contains it (addresses outside every prefix
  /// are ignored).
  public void setDzIp(Ipv4Address ip, boolean held) {
    for (IpBlockAllocator pool : dzIps) {
      if (pool.contains(ip) && !ip.equals(pool.base().network())) {
        if (held) {
          pool.assign(new NetworkV4(ip, 32));
        } else {
          pool.release(new NetworkV4(ip, 32));
        }
      }
    }
  }

  /// @return how many user tunnel ids are in use
  public int assignedTunnelIds() {
    return tunnelIds.assignedCount();
  }

  /// @return whether `id` is held
  public boolean holdsTunnelId(int id) {
    return tunnelIds.isAssigned(id);
  }

  /// @return the user tunnel endpoints of the device: interfaces flagged `user_tunnel_endpoint`
  ///   with an address
  public List<Ipv4Address> userTunnelEndpoints() {
    List<Ipv4Address> out = new ArrayList<>();
    for (Interface i : device.interfaces()) {
      if (i.userTunnelEndpoint() && !i.ipNet().equals(NetworkV4.DEFAULT)) {
        out.add(i.ipNet().ip());
      }
    }
    return out;
  }

  /// The reference's endpoint choice: the first user-tunnel endpoint this client does not use yet,
  /// else the device's public IP unless the client already uses it.
  ///
  /// @return the endpoint, or empty when the client uses them all
  public Optional<Ipv4Address> availableTunnelEndpoint(Ipv4Address clientIp) {
    List<Ipv4Address> used = endpoints.getOrDefault(clientIp, List.of());
    for (Ipv4Address ute : userTunnelEndpoints()) {
      if (!used.contains(ute)) {
        return Optional.of(ute);
      }
    }
    return used.contains(device.publicIp()) ? Optional.empty() : Optional.of(device.publicIp());
  }

  /// @return whether `ip` is the public IP or a user-tunnel endpoint of the device
  public boolean isValidTunnelEndpoint(Ipv4Address ip) {
    return ip.equals(device.publicIp()) || userTunnelEndpoints().contains(ip);
  }

  /// Records that `clientIp` terminates a tunnel on `endpoint`.
  public void registerEndpoint(Ipv4Address clientIp, Ipv4Address endpoint) {
    endpoints.computeIfAbsent(clientIp, k -> new ArrayList<>()).add(endpoint);
  }

  /// Forgets every use of `endpoint` by `clientIp`.
  public void releaseEndpoint(Ipv4Address clientIp, Ipv4Address endpoint) {
    List<Ipv4Address> l = endpoints.get(clientIp);
    if (l != null) {
      l.removeIf(endpoint::equals);
      if (l.isEmpty()) {
        endpoints.remove(clientIp);
      }
    }
  }

  /// @return dz_ips in use over all prefixes (the network addresses reserved for Loopback100
  ///   excluded)
  public long assignedDzIps() {
    return dzIps.stream().mapToLong(p -> p.assignedCount() - 1).sum();
  }

  /// @return dz_ips the prefixes hold in total
  public long totalDzIps() {
    return dzIps.stream().mapToLong(IpBlockAllocator::capacity).sum();
  }
}
