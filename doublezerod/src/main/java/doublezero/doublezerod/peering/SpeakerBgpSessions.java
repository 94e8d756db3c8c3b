package doublezero.doublezerod.peering;

import doublezero.doublezerod.bgp.BgpSession;
import doublezero.doublezerod.bgp.BgpSpeaker;
import doublezero.doublezerod.bgp.LearnedRoute;
import doublezero.doublezerod.bgp.PeerConfig;
import doublezero.doublezerod.bgp.RouteListener;
import doublezero.doublezerod.netlink.BgpRouteInstaller;
import doublezero.doublezerod.netlink.RouteInstaller;
import doublezero.doublezerod.netlink.Rtnetlink;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// [BgpSessions] over the daemon's own BGP-4 speaker ([BgpSpeaker]) and the kernel
/// ([RouteInstaller]), reference `internal/bgp` (§D.6): one outbound session per peer; learned
/// prefixes go into the kernel as [PeerSpec#install] says (main table, main table without
/// uninstall, edge-filtering table 100, or nothing); [#deletePeer] closes the session and removes
/// every route still remembered for that peer's gateway, whatever the install mode.
public final class SpeakerBgpSessions implements BgpSessions {
  private static final Logger LOG = LoggerFactory.getLogger(SpeakerBgpSessions.class);

  /// The edge-filtering "dz specifics" table (reference `routing.DzTableSpecific`).
  public static final int EDGE_TABLE = 100;

  private final RouteInstaller routes;
  private final ThreadFactory threads;
  private final Clock clock;
  private final PeerConfig.Timers timers;
  private final Map<Ipv4Address, BgpSession> sessions = new LinkedHashMap<>();

  /// @param routes the kernel route installer (its monitor reinstalls routes deleted by others)
  /// @param threads makes the sessions' threads (they open the sockets)
  /// @param clock for `last_session_update`
  /// @param timers hold time, connect retry and port of every session
  public SpeakerBgpSessions(
      RouteInstaller routes, ThreadFactory threads, Clock clock, PeerConfig.Timers timers) {
    this.routes = routes;
    this.threads = threads;
    this.clock = clock;
    this.timers = timers;
  }

  /// @param routes the kernel route installer
  /// @return sessions on virtual threads with the reference's timers (hold 90 s, retry 5 s)
  public static SpeakerBgpSessions of(RouteInstaller routes) {
    return new SpeakerBgpSessions(
        routes, Thread.ofVirtual().factory(), Clock.systemUTC(), PeerConfig.Timers.DEFAULT);
  }

  @Override
  public synchronized void addPeer(PeerSpec peer) {
    if (sessions.containsKey(peer.peerAddress())) {
      LOG.atWarn().addKeyValue("peer", peer.peerAddress()).log("bgp: peer exists, not added");
      return;
    }
    PeerConfig config =
        new PeerConfig(
            peer.localAddress(),
            peer.peerAddress(),
            peer.localAsn(),
            peer.remoteAsn(),
            peer.advertise().map(ip -> List.of(new NetworkV4(ip, 32))).orElse(List.of()),
            timers);
    BgpSession session = BgpSpeaker.start(config, listener(peer), threads, clock);
    sessions.put(peer.peerAddress(), session);
    LOG.atInfo()
        .addKeyValue("peer", peer.peerAddress())
        .addKeyValue("local", peer.localAddress())
        .addKeyValue("local_asn", peer.localAsn())
        .addKeyValue("remote_asn", peer.remoteAsn())
        .addKeyValue("install", peer.install())
        .log("bgp: peer added");
  }

  private RouteListener listener(PeerSpec peer) {
    RouteListener kernel =
        switch (peer.install()) {
          case MAIN -> new BgpRouteInstaller(routes, peer.routeSrc(), Rtnetlink.RT_TABLE_MAIN);
          case MAIN_NO_UNINSTALL ->
              new NoUninstall(
                  new BgpRouteInstaller(routes, peer.routeSrc(), Rtnetlink.RT_TABLE_MAIN));
          case EDGE_TABLE -> new BgpRouteInstaller(routes, peer.routeSrc(), EDGE_TABLE);
          case NONE -> new NoInstall();
        };
    return new Logged(kernel);
  }

  @Override
  public void deletePeer(Ipv4Address peerAddress) {
    BgpSession session;
    synchronized (this) {
      session = sessions.remove(peerAddress);
    }
    if (session == null) {
      return;
    }
    session.close();
    routes.removeIf(r -> r.protocol() == Rtnetlink.RTPROT_BGP && peerAddress.equals(r.gateway()));
    LOG.atInfo().addKeyValue("peer", peerAddress).log("bgp: peer deleted");
  }

  @Override
  public synchronized SessionState state(Ipv4Address peerAddress) {
    BgpSession session = sessions.get(peerAddress);
    if (session == null) {
      return SessionState.UNKNOWN;
    }
    var s = session.status();
    return new SessionState(SessionStatus.ofText(s.status().toString()), s.lastSessionUpdate());
  }

  @Override
  public void close() {
    List<Ipv4Address> peers;
    synchronized (this) {
      peers = List.copyOf(sessions.keySet());
    }
    peers.forEach(this::deletePeer);
  }

  /// IBRLWithAllocatedIP (reference `routeReaderWriterWithNoUninstall`): withdrawals and a session
  /// going down leave the routes in place.
  private record NoUninstall(RouteListener inner) implements RouteListener {
    @Override
    public void routesLearned(PeerConfig peer, List<LearnedRoute> learned) {
      inner.routesLearned(peer, learned);
    }

    @Override
    public void routesWithdrawn(PeerConfig peer, List<NetworkV4> prefixes) {
      // routes stay (reference NoUninstall)
    }
  }

  /// Multicast (reference `NoInstall`): learned prefixes are ignored.
  private record NoInstall() implements RouteListener {
    @Override
    public void routesLearned(PeerConfig peer, List<LearnedRoute> learned) {
      // nothing installed
    }

    @Override
    public void routesWithdrawn(PeerConfig peer, List<NetworkV4> prefixes) {
      // nothing installed
    }
  }

  /// One log line per session event.
  private record Logged(RouteListener inner) implements RouteListener {
    @Override
    public void sessionUp(PeerConfig peer) {
      LOG.atInfo().addKeyValue("peer", peer.remoteAddress()).log("bgp: session established");
      inner.sessionUp(peer);
    }

    @Override
    public void routesLearned(PeerConfig peer, List<LearnedRoute> learned) {
      LOG.atDebug()
          .addKeyValue("peer", peer.remoteAddress())
          .addKeyValue("count", learned.size())
          .log("bgp: routes learned");
      inner.routesLearned(peer, learned);
    }

    @Override
    public void routesWithdrawn(PeerConfig peer, List<NetworkV4> prefixes) {
      LOG.atDebug()
          .addKeyValue("peer", peer.remoteAddress())
          .addKeyValue("count", prefixes.size())
          .log("bgp: routes withdrawn");
      inner.routesWithdrawn(peer, prefixes);
    }

    @Override
    public void sessionDown(PeerConfig peer, String reason) {
      LOG.atInfo()
          .addKeyValue("peer", peer.remoteAddress())
          .addKeyValue("reason", reason)
          .log("bgp: session down");
      inner.sessionDown(peer, reason);
    }
  }
}
