package doublezero.activator.allocation;

import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// Who holds what: the resources each account on chain holds ([OnChainResources]) and each
/// transaction in flight has reserved, reference-counted, with the [NetworkPools] bits set exactly
/// while a count is above zero.
///
/// This replaces the reference's one-off start-up marking (`processor.rs::Processor::new`, §A.5)
/// and its scattered release calls (§A.7): an account seen in any status reserves what it holds
/// (§A.12 quirk 1), a closed or banned account releases it, a failed transaction releases its
/// reservation, and a resource two accounts hold is counted twice and reported by [#conflicts()]
/// instead of being freed by the first release. Not thread-safe: the activator's one processor
/// thread owns it.
public final class Holdings {
  private final NetworkPools pools;
  private final Map<PublicKey, Set<Resource>> held = new HashMap<>();
  private final Map<Resource, Integer> refs = new HashMap<>();

  /// @param pools the pools whose bits this keeps in step
  public Holdings(NetworkPools pools) {
    this.pools = pools;
  }

  /// @return the pools
  public NetworkPools pools() {
    return pools;
  }

  /// Records what `account` holds now that it is seen in `state` (null = closed): newly held
  /// resources are acquired, no longer held ones released. A device also gets (or updates) its
  /// [DevicePools].
  public void observe(PublicKey account, ServiceabilityAccount state) {
    if (state instanceof Device d) {
      DevicePools existing = pools.device(account);
      if (existing == null) {
        pools.addDevice(account, d);
        reapplyDevice(account);
      } else {
        existing.update(d);
        reapplyDevice(account);
      }
    }
    Set<Resource> now = state == null ? Set.of() : new HashSet<>(OnChainResources.of(state));
    Set<Resource> before = held.getOrDefault(account, Set.of());
    for (Resource r : now) {
      if (!before.contains(r)) {
        acquire(r);
      }
    }
    for (Resource r : before) {
      if (!now.contains(r)) {
        release(r);
      }
    }
    if (now.isEmpty()) {
      held.remove(account);
    } else {
      held.put(account, now);
    }
    if (state == null) {
      pools.removeDevice(account);
    }
  }

  /// Adds a transaction's reservation (resources already taken from the pools by `next…` calls).
  public void reserve(List<Resource> reservation) {
    reservation.forEach(this::acquire);
  }

  /// Drops a reservation: its transaction failed, or it succeeded and the account now holds the
  /// same resources (call [#observe] first in that case so nothing is freed in between).
  public void unreserve(List<Resource> reservation) {
    reservation.forEach(this::release);
  }

  /// Makes a succeeded transaction's reservation part of what `account` holds until its next
  /// observation.
  public void adopt(PublicKey account, List<Resource> reservation) {
    Set<Resource> set = held.computeIfAbsent(account, k -> new HashSet<>());
    for (Resource r : reservation) {
      if (set.add(r)) {
        acquire(r);
      }
      release(r);
    }
  }

  /// @return what `account` holds as last observed (empty when nothing)
  public Set<Resource> heldBy(PublicKey account) {
    return Set.copyOf(held.getOrDefault(account, Set.of()));
  }

  /// @return the accounts known to hold something
  public Set<PublicKey> holders() {
    return Set.copyOf(held.keySet());
  }

  /// @return the resources counted more than once (two accounts, or an account and a reservation),
  ///   each with its count
  public Map<Resource, Integer> conflicts() {
    Map<Resource, Integer> out = new HashMap<>();
    refs.forEach(
        (r, n) -> {
          if (n > 1) {
            out.put(r, n);
          }
        });
    return out;
  }

  /// @return the reference count of `r` (0 when free)
  public int count(Resource r) {
    return refs.getOrDefault(r, 0);
  }

  private void acquire(Resource r) {
    int n = refs.merge(r, 1, Integer::sum);
    if (n == 1) {
      set(r, true);
    }
  }

  private void release(Resource r) {
    Integer n = refs.get(r);
    if (n == null) {
      return;
    }
    if (n == 1) {
      refs.remove(r);
      set(r, false);
    } else {
      refs.put(r, n - 1);
    }
  }

  private void reapplyDevice(PublicKey device) {
    refs.keySet()
        .forEach(
            r -> {
              if ((r instanceof Resource.TunnelId t && t.device().equals(device))
                  || (r instanceof Resource.DzIp d && d.device().equals(device))
                  || (r instanceof Resource.Endpoint e && e.device().equals(device))) {
                set(r, true);
              }
            });
  }

  private void set(Resource r, boolean on) {
    switch (r) {
      case Resource.LinkId(int id) -> toggle(pools.linkIds, id, on);
      case Resource.SegmentRoutingId(int id) -> toggle(pools.segmentRoutingIds, id, on);
      case Resource.DeviceTunnelNet(NetworkV4 net) -> toggle(pools.linkIps, net, on);
      case Resource.UserTunnelNet(NetworkV4 net) -> toggle(pools.userTunnelIps, net, on);
      case Resource.PublisherIp(var ip) -> toggle(pools.publisherIps, new NetworkV4(ip, 32), on);
      case Resource.GroupIp(var ip) -> toggle(pools.multicastGroupIps, new NetworkV4(ip, 32), on);
      case Resource.TunnelId(PublicKey dev, int id) -> {
        DevicePools d = pools.device(dev);
        if (d != null) {
          d.setTunnelId(id, on);
        }
      }
      case Resource.DzIp(PublicKey dev, var ip) -> {
        DevicePools d = pools.device(dev);
        if (d != null) {
          d.setDzIp(ip, on);
        }
      }
      case Resource.Endpoint(PublicKey dev, var client, var endpoint) -> {
        DevicePools d = pools.device(dev);
        if (d != null && on) {
          d.releaseEndpoint(client, endpoint);
          d.registerEndpoint(client, endpoint);
        } else if (d != null) {
          d.releaseEndpoint(client, endpoint);
        }
      }
    }
  }

  private static void toggle(IdAllocator ids, int id, boolean on) {
    if (on) {
      ids.assign(id);
    } else {
      ids.release(id);
    }
  }

  private static void toggle(IpBlockAllocator ips, NetworkV4 net, boolean on) {
    if (!ips.contains(net.ip())) {
      return;
    }
    if (on) {
      ips.assign(net);
    } else {
      ips.release(net);
    }
  }
}
