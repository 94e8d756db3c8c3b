package doublezero.doublezerod.reconcile;

import doublezero.doublezerod.multicast.MulticastPorts;
import doublezero.doublezerod.multicast.MulticastRequest;
import doublezero.doublezerod.multicast.MulticastService;
import doublezero.doublezerod.peering.BgpSessions;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The reconciler's multicast service (`reference/cli-doublezerod.md` §D.4, §D.7): started for a
/// Multicast user, its groups changed in place when only they change, rebuilt when the tunnel or
/// the publisher role changes, torn down when the user is gone. Called under the reconciler's lock.
final class MulticastSlot {
  private static final Logger LOG = LoggerFactory.getLogger(MulticastSlot.class);

  private final MulticastPorts ports;
  private final AtomicLong provisions;
  private final AtomicLong removals;
  private MulticastService service;
  private ProvisionRequest request;

  MulticastSlot(MulticastPorts ports, AtomicLong provisions, AtomicLong removals) {
    this.ports = ports;
    this.provisions = provisions;
    this.removals = removals;
  }

  /// Makes the service match `want`.
  void apply(Optional<ProvisionRequest> want) {
    if (want.isEmpty()) {
      if (service != null) {
        LOG.atInfo().log("reconciler: multicast user gone, tearing down");
        teardown();
      }
      return;
    }
    ProvisionRequest next = want.get();
    if (service != null && next.equals(request)) {
      return;
    }
    MulticastRequest m = toRequest(next);
    if (service != null && service.canUpdateTo(m)) {
      service.update(m);
      request = next;
      LOG.atInfo()
          .addKeyValue("publish", m.publish())
          .addKeyValue("subscribe", m.subscribe())
          .log("reconciler: multicast groups updated");
      return;
    }
    if (service != null) {
      LOG.atInfo().log("reconciler: multicast tunnel or role changed, reprovisioning");
      teardown();
    }
    provision(next);
  }

  /// Starts the service.
  ///
  /// @throws IllegalStateException `multicast service already provisioned` when one runs
  /// @throws RuntimeException when the tunnel, a route, a socket or the peer cannot be set up
  void provision(ProvisionRequest req) {
    if (service != null) {
      throw new IllegalStateException("multicast service already provisioned");
    }
    MulticastRequest m = toRequest(req);
    service = MulticastService.start(m, ports);
    request = req;
    provisions.incrementAndGet();
    LOG.atInfo()
        .addKeyValue("user_type", req.userType().variantName())
        .addKeyValue("tunnel_src", req.tunnelSrc())
        .addKeyValue("tunnel_dst", req.tunnelDst())
        .addKeyValue("tunnel_net", req.tunnelNet())
        .addKeyValue("publish", m.publish())
        .addKeyValue("subscribe", m.subscribe())
        .log("reconciler: service provisioned");
  }

  /// Tears the service down; nothing running is not an error.
  void teardown() {
    if (service == null) {
      return;
    }
    MulticastService s = service;
    service = null;
    request = null;
    s.close();
    removals.incrementAndGet();
    LOG.atInfo().addKeyValue("user_type", "Multicast").log("reconciler: service removed");
  }

  /// @return the running service as `/status` shows it
  Optional<ServiceView> view(BgpSessions bgp) {
    if (service == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ServiceView(
            MulticastRequest.INTERFACE,
            request,
            bgp.state(service.tunnel().spec().remoteOverlay())));
  }

  static MulticastRequest toRequest(ProvisionRequest r) {
    return new MulticastRequest(
        r.tunnelSrc(),
        r.tunnelDst(),
        r.tunnelNet(),
        r.dzIp(),
        r.localAsn(),
        r.remoteAsn(),
        r.mcastPub(),
        r.mcastSub());
  }
}
