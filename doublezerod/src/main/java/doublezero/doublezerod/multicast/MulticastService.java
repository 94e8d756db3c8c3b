package doublezero.doublezerod.multicast;

import doublezero.doublezerod.peering.PeerSpec;
import doublezero.doublezerod.peering.RouteInstall;
import doublezero.doublezerod.tunnel.Tunnel;
import doublezero.doublezerod.tunnel.TunnelSpec;
import doublezero.sdk.net.Ipv4Address;
import java.util.List;
import java.util.Optional;

/// The multicast service on `doublezero1` (`reference/cli-doublezerod.md` §D.7, reference
/// `client/doublezerod/internal/services/multicast.go`): the tunnel (dz_ip /32 on it when
/// publishing); per published group a static route with `src` dz_ip and the heartbeat; per
/// subscribed group that is not also published a static route without `src`, and PIM (*,G) joins;
/// one BGP session that installs nothing and advertises dz_ip /32 only when publishing. Group
/// changes are applied in place ([#update]); a change of tunnel or of publisher role needs a new
/// service. Not thread-safe: the reconciler calls it under its lock.
public final class MulticastService implements AutoCloseable {
  private final MulticastPorts ports;
  private final Tunnel tunnel;
  private MulticastRequest request;
  private Heartbeats heartbeats;
  private PimJoiner joiner;

  private MulticastService(MulticastPorts ports, Tunnel tunnel, MulticastRequest request) {
    this.ports = ports;
    this.tunnel = tunnel;
    this.request = request;
  }

  /// Builds the service; on failure everything built so far is removed.
  ///
  /// @param request what the user asks for
  /// @param ports what to drive
  /// @return the running service
  /// @throws RuntimeException when the tunnel, a route, a socket or the BGP peer cannot be set up
  public static MulticastService start(MulticastRequest request, MulticastPorts ports) {
    MulticastService s = new MulticastService(ports, ports.tunnels().up(request.tunnel()), request);
    try {
      s.setUp();
    } catch (RuntimeException e) {
      s.tearDown(false);
      throw e;
    }
    return s;
  }

  private void setUp() {
    Ipv4Address via = tunnel.spec().remoteOverlay();
    for (Ipv4Address g : request.publish()) {
      ports.routes().add(g, via, Optional.of(request.dzIp()));
    }
    if (request.publisher()) {
      heartbeats =
          ports.heartbeats().open(MulticastRequest.INTERFACE, request.dzIp(), request.publish());
    }
    for (Ipv4Address g : subscribeOnly(request)) {
      ports.routes().add(g, via, Optional.empty());
    }
    if (request.subscriber()) {
      startJoiner(request.subscribe());
    }
    ports
        .bgp()
        .addPeer(
            new PeerSpec(
                tunnel.spec().localOverlay(),
                via,
                request.localAsn(),
                request.remoteAsn(),
                request.publisher() ? Optional.of(request.dzIp()) : Optional.empty(),
                request.dzIp(),
                RouteInstall.NONE));
  }

  private void startJoiner(List<Ipv4Address> groups) {
    joiner =
        PimJoiner.start(
            ports.pim().open(MulticastRequest.INTERFACE),
            tunnel.spec().remoteOverlay(),
            groups,
            ports.pimRefresh(),
            ports.threads());
  }

  /// @param next the request now
  /// @return whether `next` can be applied in place: same tunnel and same publisher role
  public boolean canUpdateTo(MulticastRequest next) {
    TunnelSpec a = request.tunnel();
    TunnelSpec b = next.tunnel();
    return a.src().equals(b.src())
        && a.dst().equals(b.dst())
        && a.overlay().equals(b.overlay())
        && request.publisher() == next.publisher()
        && request.dzIp().equals(next.dzIp())
        && request.localAsn() == next.localAsn()
        && request.remoteAsn() == next.remoteAsn();
  }

  /// Applies group changes in place: routes of removed groups deleted and of added groups added,
  /// heartbeat groups replaced, PIM Prune/Join of the difference (PIM started or stopped when the
  /// subscriber role comes or goes).
  ///
  /// @param next the request now
  /// @throws IllegalArgumentException when [#canUpdateTo] is false
  /// @throws RuntimeException when the kernel refuses a route
  public void update(MulticastRequest next) {
    if (!canUpdateTo(next)) {
      throw new IllegalArgumentException(
          "tunnel or publisher role changed: the multicast service must be rebuilt");
    }
    Ipv4Address via = tunnel.spec().remoteOverlay();
    Optional<Ipv4Address> src = Optional.of(request.dzIp());
    minus(request.publish(), next.publish()).forEach(g -> ports.routes().delete(g, via, src));
    minus(next.publish(), request.publish()).forEach(g -> ports.routes().add(g, via, src));
    if (heartbeats != null && !next.publish().equals(request.publish())) {
      heartbeats.updateGroups(next.publish());
    }
    List<Ipv4Address> before = subscribeOnly(request);
    List<Ipv4Address> after = subscribeOnly(next);
    minus(before, after).forEach(g -> ports.routes().delete(g, via, Optional.empty()));
    minus(after, before).forEach(g -> ports.routes().add(g, via, Optional.empty()));
    if (joiner != null && !next.subscriber()) {
      joiner.close();
      joiner = null;
    } else if (joiner == null && next.subscriber()) {
      startJoiner(next.subscribe());
    } else if (joiner != null) {
      joiner.updateGroups(next.subscribe());
    }
    request = next;
  }

  /// @return the request being served
  public MulticastRequest request() {
    return request;
  }

  /// @return the tunnel
  public Tunnel tunnel() {
    return tunnel;
  }

  private static List<Ipv4Address> subscribeOnly(MulticastRequest r) {
    return minus(r.subscribe(), r.publish());
  }

  private static List<Ipv4Address> minus(List<Ipv4Address> a, List<Ipv4Address> b) {
    return a.stream().filter(g -> !b.contains(g)).toList();
  }

  /// Stops the heartbeat, sends the final PIM Prune, waits the prune grace, removes the BGP peer
  /// and the tunnel (its routes go with the interface).
  @Override
  public void close() {
    tearDown(true);
  }

  private void tearDown(boolean peerAdded) {
    try {
      if (heartbeats != null) {
        heartbeats.close();
      }
      if (joiner != null) {
        joiner.close();
        sleep(ports.pruneGrace().toMillis());
      }
      if (peerAdded) {
        ports.bgp().deletePeer(tunnel.spec().remoteOverlay());
      }
    } finally {
      tunnel.close();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
