package doublezero.doublezerod.reconcile;

import doublezero.doublezerod.chain.ChainSource;
import doublezero.doublezerod.multicast.MulticastPorts;
import doublezero.doublezerod.peering.BgpSessions;
import doublezero.doublezerod.peering.PeerSpec;
import doublezero.doublezerod.peering.RouteInstall;
import doublezero.doublezerod.routes.EdgeFilteringRules;
import doublezero.doublezerod.routes.RouteTable;
import doublezero.doublezerod.state.StateStore;
import doublezero.doublezerod.tunnel.Tunnel;
import doublezero.doublezerod.tunnel.TunnelBackend;
import doublezero.doublezerod.tunnel.TunnelSpec;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.UserType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The onchain reconciler (reference `internal/manager/reconciler.go`, RFC-17, §D.4): while
/// enabled, every poll interval (and at once on `/enable`) it reads chain state and makes the
/// tunnels and BGP sessions match the Activated users that carry the daemon's client IP: provision
/// (tunnel up, then peer), reprovision when the desired request changed (teardown then setup),
/// teardown when the user is gone (peer deleted, then tunnel). `/disable` tears everything down.
/// The enabled flag is persisted in `state.json` before it takes effect.
public final class Reconciler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);
  private final ChainSource chain;
  private final Ipv4Address clientIp;
  private final TunnelBackend tunnels;
  private final BgpSessions bgp;
  private final RouteTable routes;
  private final StateStore state;
  private final Duration pollInterval;
  private final Semaphore wake = new Semaphore(0);
  private final Map<Ipv4Address, Ipv4Address> sourceCache = new ConcurrentHashMap<>();
  private final AtomicLong polls = new AtomicLong();
  private final AtomicLong provisions = new AtomicLong();
  private final AtomicLong removals = new AtomicLong();
  private final AtomicLong matchedUsers = new AtomicLong();
  private volatile boolean enabled;
  private volatile boolean running = true;
  private volatile boolean freshWanted;
  private Active unicast;
  private Thread loop;
  private boolean multicastWarned;
  private final MulticastSlot multicast;

  private record Active(ProvisionRequest request, Tunnel tunnel) {}

  /// @param chain chain state (normally a caching source)
  /// @param clientIp the daemon's client IP
  /// @param tunnels the tunnel backend
  /// @param bgp the BGP speaker port
  /// @param routes the kernel route view (tunnel source lookup)
  /// @param state the persisted enabled flag
  /// @param pollInterval time between reconciles (reference 10 s)
  public Reconciler(
      ChainSource chain,
      Ipv4Address clientIp,
      TunnelBackend tunnels,
      BgpSessions bgp,
      RouteTable routes,
      StateStore state,
      Duration pollInterval) {
    this(chain, clientIp, tunnels, bgp, routes, state, pollInterval, Optional.empty());
  }

  /// @param chain chain state (normally a caching source)
  /// @param clientIp the daemon's client IP
  /// @param tunnels the tunnel backend
  /// @param bgp the BGP speaker port
  /// @param routes the kernel route view (tunnel source lookup)
  /// @param state the persisted enabled flag
  /// @param pollInterval time between reconciles (reference 10 s)
  /// @param multicast what a multicast service drives; empty: Multicast users are logged and left
  public Reconciler(
      ChainSource chain,
      Ipv4Address clientIp,
      TunnelBackend tunnels,
      BgpSessions bgp,
      RouteTable routes,
      StateStore state,
      Duration pollInterval,
      Optional<MulticastPorts> multicast) {
    this.multicast = multicast.map(p -> new MulticastSlot(p, provisions, removals)).orElse(null);
    this.chain = chain;
    this.clientIp = clientIp;
    this.tunnels = tunnels;
    this.bgp = bgp;
    this.routes = routes;
    this.state = state;
    this.pollInterval = pollInterval;
    this.enabled = state.load();
  }

  /// Starts the loop on a virtual thread: reconcile now if enabled, then every poll interval or
  /// when woken.
  public synchronized void start() {
    loop = Thread.ofVirtual().name("reconciler").start(this::run);
  }

  private void run() {
    while (running) {
      if (enabled) {
        try {
          reconcileOnce();
        } catch (RuntimeException e) {
          LOG.atError()
              .addKeyValue("error", String.valueOf(e.getMessage()))
              .log("reconciler: reconcile failed");
        }
      }
      try {
        wake.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        wake.drainPermits();
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /// One pass: fetch, compare, act. Does nothing while disabled.
  ///
  /// @throws RuntimeException when chain state cannot be read and nothing is cached (services are
  ///   left as they are)
  public synchronized void reconcileOnce() {
    if (!enabled) {
      return;
    }
    polls.incrementAndGet();
    boolean fresh = freshWanted;
    freshWanted = false;
    DesiredState.Result desired =
        DesiredState.of(fresh ? chain.fetchFresh() : chain.fetch(), clientIp, this::sourceTowards);
    matchedUsers.set(desired.matched());
    if (!desired.ignored().isEmpty()) {
      LOG.atWarn()
          .addKeyValue("users", desired.ignored().toString())
          .log("reconciler: extra users ignored");
    }
    if (multicast != null) {
      try {
        multicast.apply(desired.multicast());
      } catch (RuntimeException e) {
        LOG.atError()
            .addKeyValue("error", String.valueOf(e.getMessage()))
            .log("reconciler: multicast service not provisioned");
      }
    } else if (desired.multicast().isPresent() && !multicastWarned) {
      multicastWarned = true;
      LOG.atWarn().log("reconciler: multicast users are not served by this daemon");
    }
    Optional<ProvisionRequest> want = desired.unicast();
    if (want.isEmpty()) {
      if (unicast != null) {
        LOG.atInfo()
            .addKeyValue("user_type", unicast.request().userType().variantName())
            .log("reconciler: user gone, tearing down");
        teardownUnicast();
      }
      return;
    }
    if (unicast != null && unicast.request().equals(want.get())) {
      return;
    }
    if (unicast != null) {
      LOG.atInfo()
          .addKeyValue("from", unicast.request())
          .addKeyValue("to", want.get())
          .log("reconciler: desired state changed, reprovisioning");
      teardownUnicast();
    }
    provisionUnicast(want.get());
  }

  /// Legacy `/provision`: sets up a unicast service from a posted request.
  ///
  /// @param req the request
  /// @throws IllegalStateException `unicast service already provisioned` when one runs
  /// @throws RuntimeException when the tunnel or peer cannot be set up
  public synchronized void provision(ProvisionRequest req) {
    if (!req.unicast()) {
      if (multicast == null) {
        throw new IllegalStateException("multicast services are not supported by this daemon");
      }
      multicast.provision(req);
      return;
    }
    if (unicast != null) {
      throw new IllegalStateException("unicast service already provisioned");
    }
    provisionUnicast(req);
  }

  /// Legacy `/remove`: tears down the service of a user type; nothing running is not an error.
  ///
  /// @param type the user type
  public synchronized void remove(UserType type) {
    if (type != UserType.MULTICAST && unicast != null) {
      teardownUnicast();
    }
    if (type == UserType.MULTICAST && multicast != null) {
      multicast.teardown();
    }
  }

  private void provisionUnicast(ProvisionRequest req) {
    Optional<Ipv4Address> dzIp32 =
        req.userType() == UserType.IBRL_WITH_ALLOCATED_IP
                || req.userType() == UserType.EDGE_FILTERING
            ? Optional.of(req.dzIp())
            : Optional.empty();
    TunnelSpec spec =
        new TunnelSpec(
            TunnelSpec.UNICAST,
            req.tunnelSrc(),
            req.tunnelDst(),
            req.tunnelNet(),
            dzIp32,
            TunnelSpec.MTU,
            TunnelSpec.TTL);
    Tunnel tunnel = tunnels.up(spec);
    Optional<EdgeFilteringRules> edge = edgeRules(req, spec);
    try {
      edge.ifPresent(routes::addEdgeFiltering);
    } catch (RuntimeException e) {
      tunnel.close();
      throw e;
    }
    try {
      bgp.addPeer(
          new PeerSpec(
              spec.localOverlay(),
              spec.remoteOverlay(),
              req.localAsn(),
              req.remoteAsn(),
              Optional.of(req.dzIp()),
              req.dzIp(),
              install(req.userType())));
    } catch (RuntimeException e) {
      edge.ifPresent(routes::removeEdgeFiltering);
      tunnel.close();
      throw e;
    }
    unicast = new Active(req, tunnel);
    provisions.incrementAndGet();
    LOG.atInfo()
        .addKeyValue("user_type", req.userType().variantName())
        .addKeyValue("tunnel_src", req.tunnelSrc())
        .addKeyValue("tunnel_dst", req.tunnelDst())
        .addKeyValue("tunnel_net", req.tunnelNet())
        .addKeyValue("dz_ip", req.dzIp())
        .log("reconciler: service provisioned");
  }

  private static Optional<EdgeFilteringRules> edgeRules(ProvisionRequest req, TunnelSpec spec) {
    return req.userType() == UserType.EDGE_FILTERING
        ? Optional.of(new EdgeFilteringRules(req.dzPrefixes(), spec.remoteOverlay(), req.dzIp()))
        : Optional.empty();
  }

  private static RouteInstall install(UserType type) {
    return switch (type) {
      case IBRL -> RouteInstall.MAIN;
      case IBRL_WITH_ALLOCATED_IP -> RouteInstall.MAIN_NO_UNINSTALL;
      case EDGE_FILTERING -> RouteInstall.EDGE_TABLE;
      case MULTICAST -> RouteInstall.NONE;
    };
  }

  private void teardownUnicast() {
    Active a = unicast;
    unicast = null;
    try {
      edgeRules(a.request(), a.tunnel().spec()).ifPresent(routes::removeEdgeFiltering);
    } catch (RuntimeException e) {
      LOG.atError()
          .addKeyValue("error", String.valueOf(e.getMessage()))
          .log("reconciler: edge filtering rules not removed");
    }
    try {
      bgp.deletePeer(a.tunnel().spec().remoteOverlay());
    } finally {
      a.tunnel().close();
    }
    removals.incrementAndGet();
    LOG.atInfo()
        .addKeyValue("user_type", a.request().userType().variantName())
        .log("reconciler: service removed");
  }

  private Ipv4Address sourceTowards(Ipv4Address dst) {
    return sourceCache.computeIfAbsent(dst, d -> routes.sourceTowards(d).orElse(clientIp));
  }

  /// Persists `enabled=true`, then reconciles at once from fresh chain state (not the cache).
  ///
  /// @throws java.io.UncheckedIOException when `state.json` cannot be written (nothing changes)
  public void enable() {
    state.save(true);
    freshWanted = true;
    enabled = true;
    LOG.atInfo().log("reconciler: enabled");
    wake.release();
  }

  /// Persists `enabled=false`, then tears every service down and forgets the tunnel sources.
  ///
  /// @throws java.io.UncheckedIOException when `state.json` cannot be written (nothing changes)
  public synchronized void disable() {
    state.save(false);
    enabled = false;
    if (unicast != null) {
      teardownUnicast();
    }
    if (multicast != null) {
      multicast.teardown();
    }
    sourceCache.clear();
    LOG.atInfo().log("reconciler: disabled");
  }

  /// @return whether the reconciler is enabled
  public boolean enabled() {
    return enabled;
  }

  /// @return the services that are up, with their session state
  public synchronized List<ServiceView> services() {
    List<ServiceView> out = new ArrayList<>();
    if (unicast != null) {
      out.add(
          new ServiceView(
              unicast.tunnel().spec().name(),
              unicast.request(),
              bgp.state(unicast.tunnel().spec().remoteOverlay())));
    }
    if (multicast != null) {
      multicast.view(bgp).ifPresent(out::add);
    }
    return out;
  }

  /// @return reconcile passes so far
  public long polls() {
    return polls.get();
  }

  /// @return services provisioned so far
  public long provisions() {
    return provisions.get();
  }

  /// @return services removed so far
  public long removals() {
    return removals.get();
  }

  /// @return users matched by the last pass
  public long matchedUsers() {
    return matchedUsers.get();
  }

  /// Stops the loop and tears every service down (SIGTERM). The enabled flag is kept as it is.
  @Override
  public void close() {
    running = false;
    wake.release();
    if (loop != null) {
      loop.interrupt();
    }
    synchronized (this) {
      if (unicast != null) {
        teardownUnicast();
      }
      if (multicast != null) {
        multicast.teardown();
      }
    }
  }
}
