package doublezero.controller.state;

import doublezero.controller.device.DeviceInterface;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// ISIS metrics of a healthy device's link interfaces (reference `server.go::updateStateCache`,
/// §B.5 rule 6).
final class LinkMetrics {
  /// Metric of a soft-drained link (µs).
  static final long SOFT_DRAINED_METRIC = 1_000_000;

  private static final long MIN_OVERRIDE_NS = 10_000;
  private static final long MAX_OVERRIDE_NS = 1_000_000_000;

  private LinkMetrics() {}

  /// A link side: device and interface name (exact, case-sensitive).
  record Side(PublicKey device, String iface) {}

  /// @param links every link, RPC order
  /// @return each side → the first link (in RPC order, side A before side Z) that has it, as the
  ///   reference's linear search finds it
  static Map<Side, DecodedAccount<Link>> index(List<DecodedAccount<Link>> links) {
    Map<Side, DecodedAccount<Link>> out = new HashMap<>();
    for (DecodedAccount<Link> l : links) {
      out.putIfAbsent(new Side(l.state().sideAPk(), l.state().sideAIfaceName()), l);
      out.putIfAbsent(new Side(l.state().sideZPk(), l.state().sideZIfaceName()), l);
    }
    return out;
  }

  /// @param device the device's key
  /// @param deviceCode device code (for events)
  /// @param interfaces the device's interfaces
  /// @param links [#index(List)] of every link
  /// @param events receives metric events
  /// @return the interfaces with link flags, metrics and link MTUs applied
  static List<DeviceInterface> apply(
      PublicKey device,
      String deviceCode,
      List<DeviceInterface> interfaces,
      Map<Side, DecodedAccount<Link>> links,
      StateEvents events) {
    String devicePubkey = device.toBase58();
    List<DeviceInterface> out = new ArrayList<>(interfaces.size());
    for (DeviceInterface i : interfaces) {
      DecodedAccount<Link> found = links.get(new Side(device, i.name()));
      if (found == null || !routable(found.state().status())) {
        out.add(i.asNonLink());
        continue;
      }
      Link link = found.state();
      if (link.delayNs() == 0) {
        events.linkMetricInvalid(found.address().toBase58(), deviceCode, i.name());
        out.add(i);
        continue;
      }
      long metric = ceilMicros(link.delayNs());
      long override = link.delayOverrideNs();
      if (override != 0) {
        if (Long.compareUnsigned(override, MIN_OVERRIDE_NS) < 0
            || Long.compareUnsigned(override, MAX_OVERRIDE_NS) > 0) {
          events.delayOverrideIgnored(found.address().toBase58(), deviceCode, i.name(), override);
        } else {
          metric = ceilMicros(override);
        }
      }
      if (link.status() == LinkStatus.SOFT_DRAINED) {
        metric = SOFT_DRAINED_METRIC;
      }
      // The reference stores the metric as uint32 and the link MTU as uint16.
      metric &= 0xFFFF_FFFFL;
      int mtu = link.mtu() > 0 ? (int) (link.mtu() & 0xFFFF) : i.mtu();
      out.add(i.asLink(metric, mtu, link.status()));
      events.linkMetric(deviceCode, i.name(), devicePubkey, metric);
    }
    return out;
  }

  private static boolean routable(LinkStatus s) {
    return s == LinkStatus.ACTIVATED
        || s == LinkStatus.SOFT_DRAINED
        || s == LinkStatus.HARD_DRAINED;
  }

  /// ceil(ns / 1000) for an unsigned nanosecond count.
  static long ceilMicros(long ns) {
    long q = Long.divideUnsigned(ns, 1000);
    return Long.remainderUnsigned(ns, 1000) == 0 ? q : q + 1;
  }
}
