package doublezero.cli.daemon;

import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.session.Session;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Device choice from the daemon's latency results (reference
/// `client/doublezero/src/dzd_latency.rs`, §C.3).
final class DeviceChoice {
  static final long TOLERANCE_NS = 5_000_000L;

  private DeviceChoice() {}

  /// `retrieve_latencies`: `/latency` records of Activated devices (reachable ones only when
  /// asked), reachable first then by mean RTT; retried (1 s doubling to 10 s, 5 tries) while empty.
  ///
  /// @throws CliException `No devices found` when still empty
  static List<LatencyRecord> latencies(Session s, DaemonClient daemon, boolean reachableOnly) {
    long backoff = 1000;
    for (int attempt = 0; ; attempt++) {
      Map<String, Device> activated = new HashMap<>();
      for (Keyed<Device> d : s.ledger().all(Device.class)) {
        if (d.value().status() == DeviceStatus.ACTIVATED) {
          activated.put(d.key().toBase58(), d.value());
        }
      }
      List<LatencyRecord> out = new ArrayList<>();
      for (LatencyRecord r : daemon.latency()) {
        if (activated.containsKey(r.devicePk()) && (!reachableOnly || r.reachable())) {
          out.add(r);
        }
      }
      if (!out.isEmpty()) {
        out.sort(
            Comparator.comparing((LatencyRecord r) -> !r.reachable())
                .thenComparingLong(LatencyRecord::avgLatencyNs));
        return out;
      }
      if (attempt == 4) {
        throw new CliException("No devices found");
      }
      try {
        Thread.sleep(backoff);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CliException("No devices found");
      }
      s.refresh();
      backoff = Math.min(backoff * 2, 10_000);
    }
  }

  /// `is_device_eligible_for_provisioning`: Activated, edge or hybrid, `max_users > 0`, seats left.
  static boolean eligible(Device d) {
    return d.status() == DeviceStatus.ACTIVATED
        && (d.deviceType() == DeviceType.EDGE || d.deviceType() == DeviceType.HYBRID)
        && d.maxUsers() > 0
        && d.usersCount() + d.reservedSeats() < d.maxUsers();
  }

  /// `best_latency` over eligible devices, reachable only: drop devices whose every endpoint is
  /// excluded, then the lowest mean RTT.
  ///
  /// @throws CliException `No suitable device found` when none is left
  static PublicKey best(
      List<LatencyRecord> reachable, Map<PublicKey, Device> eligible, List<Ipv4Address> exclude) {
    for (LatencyRecord r : reachable) {
      PublicKey pk = PublicKey.fromBase58(r.devicePk());
      Device d = eligible.get(pk);
      if (d != null && !endpoints(d).stream().allMatch(exclude::contains)) {
        return pk;
      }
    }
    throw new CliException("No suitable device found");
  }

  static List<Ipv4Address> endpoints(Device d) {
    List<Ipv4Address> out = new ArrayList<>();
    out.add(d.publicIp());
    for (Interface i : d.interfaces()) {
      if (i.userTunnelEndpoint() && !i.ipNet().ip().isUnspecified()) {
        out.add(i.ipNet().ip());
      }
    }
    return out;
  }

  /// `select_tunnel_endpoint`: this device's records by mean RTT, the first address not excluded;
  /// else the public IP if not excluded; else 0.0.0.0 (the program picks).
  static Ipv4Address endpoint(
      List<LatencyRecord> all, PublicKey device, Ipv4Address publicIp, List<Ipv4Address> exclude) {
    Optional<Ipv4Address> best =
        all.stream()
            .filter(r -> r.devicePk().equals(device.toBase58()))
            .sorted(Comparator.comparingLong(LatencyRecord::avgLatencyNs))
            .map(r -> Ipv4Address.parse(r.deviceIp()))
            .filter(ip -> !exclude.contains(ip))
            .findFirst();
    if (best.isPresent()) {
      return best.get();
    }
    return exclude.contains(publicIp) ? Ipv4Address.UNSPECIFIED : publicIp;
  }
}
