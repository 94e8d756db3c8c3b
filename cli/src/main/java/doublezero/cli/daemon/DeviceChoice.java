package doublezero.cli.daemon;

import doublezero.cli.args.Validators;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.session.Session;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
      Set<String> activated = new HashSet<>();
      for (Keyed<Device> d : s.ledger().all(Device.class)) {
        if (d.value().status() == DeviceStatus.ACTIVATED) {
          activated.add(d.key().toBase58());
        }
      }
      List<LatencyRecord> out = ranked(daemon.latency(), activated, reachableOnly);
      if (!out.isEmpty()) {
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

  /// The ranking of `retrieve_latencies`: records of `activated` devices only (reachable ones only
  /// when asked), reachable first, then by mean RTT ascending (a stable sort: ties keep the
  /// daemon's order).
  ///
  /// @param records the daemon's `/latency` records
  /// @param activated base58 keys of the devices that are Activated on chain
  /// @param reachableOnly whether to drop unreachable records
  /// @return a new list, possibly empty
  static List<LatencyRecord> ranked(
      List<LatencyRecord> records, Set<String> activated, boolean reachableOnly) {
    List<LatencyRecord> out = new ArrayList<>();
    for (LatencyRecord r : records) {
      if (activated.contains(r.devicePk()) && (!reachableOnly || r.reachable())) {
        out.add(r);
      }
    }
    out.sort(
        Comparator.comparing((LatencyRecord r) -> !r.reachable())
            .thenComparingLong(LatencyRecord::avgLatencyNs));
    return out;
  }

  /// The device and endpoint a new user's tunnel goes to.
  ///
  /// @param key the device
  /// @param device its account
  /// @param endpoint the tunnel endpoint (0.0.0.0: the program picks)
  record Selected(PublicKey key, Device device, Ipv4Address endpoint) {}

  /// `find_or_create_device`: the named device (`--device` pubkey or code) or the reachable
  /// eligible device with the lowest latency whose endpoints are not all excluded, then its best
  /// endpoint not excluded.
  ///
  /// @param named the `--device` value, or null
  /// @param devices the devices to choose from (eligible ones only when `named` is null)
  /// @param exclude endpoints of this client's other tunnels
  /// @throws CliException `Device not found`, `No suitable device found`, `Unable to get device`,
  ///   `Device is not accepting more users (at capacity or max_users=0)`
  static Selected select(
      Session s,
      DaemonClient daemon,
      String named,
      Map<PublicKey, Device> devices,
      List<Ipv4Address> exclude) {
    List<LatencyRecord> all = latencies(s, daemon, false);
    PublicKey pk;
    if (named != null) {
      pk =
          Validators.asPubkey(named)
              .orElseGet(
                  () ->
                      devices.entrySet().stream()
                          .filter(e -> e.getValue().code().equals(named))
                          .findFirst()
                          .orElseThrow(() -> new CliException("Device not found"))
                          .getKey());
    } else {
      pk = best(latencies(s, daemon, true), devices, exclude);
    }
    Device d =
        s.ledger()
            .get(pk, Device.class)
            .orElseThrow(() -> new CliException("Unable to get device"));
    if (named != null && !eligible(d)) {
      throw new CliException("Device is not accepting more users (at capacity or max_users=0)");
    }
    return new Selected(pk, d, endpoint(all, pk, d.publicIp(), exclude));
  }

  /// @return the devices a new user may go to: all when one is named, else the eligible ones
  static Map<PublicKey, Device> candidates(Session s, String named) {
    Map<PublicKey, Device> out = new LinkedHashMap<>();
    for (Keyed<Device> d : s.ledger().all(Device.class)) {
      if (named != null || eligible(d.value())) {
        out.put(d.key(), d.value());
      }
    }
    return out;
  }

  /// `Device::check_user_type_capacity`: a device whose per-type limit (0 = none) is reached takes
  /// no more users of that type.
  ///
  /// @param publisher for a Multicast user, whether it publishes (else it subscribes)
  /// @throws CliException `Device {code} has reached its unicast user limit (n/max)`, `… multicast
  ///   publisher limit …` or `… multicast subscriber limit …`
  static void checkCapacity(Device d, UserType type, boolean publisher) {
    String limit;
    int count;
    int max;
    if (type != UserType.MULTICAST) {
      limit = "unicast user";
      count = d.unicastUsersCount();
      max = d.maxUnicastUsers();
    } else if (publisher) {
      limit = "multicast publisher";
      count = d.multicastPublishersCount();
      max = d.maxMulticastPublishers();
    } else {
      limit = "multicast subscriber";
      count = d.multicastSubscribersCount();
      max = d.maxMulticastSubscribers();
    }
    if (max > 0 && count >= max) {
      throw new CliException(
          "Device "
              + d.code()
              + " has reached its "
              + limit
              + " limit ("
              + count
              + "/"
              + max
              + ")");
    }
  }

  /// `is_device_eligible_for_provisioning`: Activated, edge or hybrid, `max_users > 0`, seats left.
  static boolean eligible(Device d) {
    return d.status() == DeviceStatus.ACTIVATED
        && (d.deviceType() == DeviceType.EDGE || d.deviceType() == DeviceType.HYBRID)
        && d.maxUsers() > 0
        && d.usersCount() + d.reservedSeats() < d.maxUsers();
  }

  /// `best_latency` without a current device, over reachable records in rank order: records whose
  /// device is eligible and has every endpoint ([#endpoints]) in `exclude` are dropped; of the
  /// rest, the first whose device is eligible wins. Records of devices that are not eligible are
  /// skipped (the reference fails with `Device with pubkey … not found` when such a record comes
  /// first).
  ///
  /// @param reachable reachable records, ranked by [#ranked]
  /// @param eligible the devices a new user may go to
  /// @param exclude endpoints of this client's existing tunnels
  /// @return the chosen device
  /// @throws CliException `No suitable device found after filtering` when the exclusion leaves no
  ///   record, `No suitable device found` when no remaining record is of an eligible device
  static PublicKey best(
      List<LatencyRecord> reachable, Map<PublicKey, Device> eligible, List<Ipv4Address> exclude) {
    List<PublicKey> left = new ArrayList<>();
    for (LatencyRecord r : reachable) {
      PublicKey pk = PublicKey.fromBase58(r.devicePk());
      Device d = eligible.get(pk);
      if (d == null || !exclude.containsAll(endpoints(d))) {
        left.add(pk);
      }
    }
    if (left.isEmpty()) {
      throw new CliException("No suitable device found after filtering");
    }
    return left.stream()
        .filter(eligible::containsKey)
        .findFirst()
        .orElseThrow(() -> new CliException("No suitable device found"));
  }

  /// `get_device_tunnel_endpoints`: the device's public IP, then the address of every interface
  /// flagged `user_tunnel_endpoint` whose `ip_net` is set (in interface order).
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
