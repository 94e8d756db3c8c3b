package doublezero.telemetry.e2e;

import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/// Grows [LinkedDevices] into a star: device A gets `count` more WAN links, each to a new device of
/// its own (one interface each), all activated by the ledger's activator. Made for the agent's load
/// benchmark (500 peers on chain).
final class DeviceStar {
  /// One new link of device A.
  ///
  /// @param device the device at the link's Z side
  /// @param link the link's address
  /// @param tunnelNet the /31 the activator allocated (A side = network address)
  record Spoke(PublicKey device, PublicKey link, NetworkV4 tunnelNet) {}

  private DeviceStar() {}

  /// @param d a started [LinkedDevices]
  /// @param count spokes to add (≤ 62,500)
  /// @return the spokes, in creation order, once every link is activated
  static List<Spoke> grow(LinkedDevices d, int count) {
    List<PublicKey> devices = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String ip = "64.86." + (i / 250) + "." + (i % 250 + 1);
      String prefix = "102." + (i / 250) + "." + (i % 250) + ".0/24";
      PublicKey spoke = d.device(String.format("sp-%04d", i), ip, prefix, d.publisherZ);
      devices.add(spoke);
      d.iface(spoke, "Ethernet1/1");
      d.iface(d.deviceA, "Ethernet2/" + i);
    }
    Duration timeout = Duration.ofSeconds(60 + count / 2);
    LinkedDevices.await(
        count + " spokes activated with unlinked interfaces",
        timeout,
        () -> devices.stream().allMatch(d::activatedAndUnlinked) && spokeInterfacesUnlinked(d));
    List<PublicKey> links = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String code = String.format("la2-dz01:sp-%04d", i);
      links.add(d.link(code, d.deviceA, devices.get(i), "Ethernet2/" + i, "Ethernet1/1"));
    }
    LinkedDevices.await(
        count + " links activated",
        timeout,
        () -> {
          Map<PublicKey, Link> now = linksByAddress(d);
          return links.stream().allMatch(l -> now.get(l).status() == LinkStatus.ACTIVATED);
        });
    Map<PublicKey, Link> all = linksByAddress(d);
    List<Spoke> spokes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      spokes.add(new Spoke(devices.get(i), links.get(i), all.get(links.get(i)).tunnelNet()));
    }
    return spokes;
  }

  private static boolean spokeInterfacesUnlinked(LinkedDevices d) {
    Device a = d.client.get(d.deviceA, Device.class).orElseThrow().state();
    return a.interfaces().stream()
        .filter(i -> i.name().startsWith("Ethernet2/"))
        .allMatch(i -> i.status() == InterfaceStatus.UNLINKED);
  }

  private static Map<PublicKey, Link> linksByAddress(LinkedDevices d) {
    return d.client.getAll(AccountType.LINK, Link.class).stream()
        .collect(Collectors.toMap(DecodedAccount::address, DecodedAccount::state));
  }
}
