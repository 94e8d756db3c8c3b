package doublezero.doublezerod.netlink;

import doublezero.sdk.net.NetworkV4;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/// Keeps a set of routes true in the kernel: installs them in batches (`ip route replace`), removes
/// them, and, through a [RouteMonitor], reinstalls at once any of them that someone else deletes
/// (`ip route del`, reference #3669). After a monitor overrun it resynchronises from a dump. Routes
/// are keyed by (destination, table).
public final class RouteInstaller implements AutoCloseable {
  private static final Logger LOG = System.getLogger("doublezerod.routes");
  private final Netlink netlink;
  private final Map<Key, RouteSpec> desired = new ConcurrentHashMap<>();
  private final AtomicLong reinstalled = new AtomicLong();
  private RouteMonitor monitor;

  private record Key(NetworkV4 destination, int table) {
    static Key of(RouteSpec r) {
      return new Key(r.destination(), r.table());
    }
  }

  /// @param netlink the request socket to install through
  public RouteInstaller(Netlink netlink) {
    this.netlink = netlink;
  }

  /// Subscribes to route changes. Call it from a thread in the namespace of `netlink`.
  ///
  /// @param threads makes the monitor's thread
  public synchronized void startMonitor(ThreadFactory threads) {
    if (monitor == null) {
      monitor = RouteMonitor.startDeletions(threads, this::changed, this::resync);
    }
  }

  /// Installs (or replaces) routes and remembers them.
  ///
  /// @param routes the routes
  /// @return the routes the kernel refused, with their errno (logged; they are not remembered)
  public Map<RouteSpec, Integer> install(Collection<RouteSpec> routes) {
    List<RouteSpec> list = List.copyOf(routes);
    list.forEach(r -> desired.put(Key.of(r), r));
    Map<RouteSpec, Integer> refused = apply(list, r -> s -> RtnetlinkCodec.replaceRoute(r, s));
    refused.keySet().forEach(r -> desired.remove(Key.of(r), r));
    refused.forEach(
        (r, errno) ->
            LOG.log(Level.WARNING, "routes.install: refused route=\"{0}\" errno={1}", r, errno));
    return refused;
  }

  /// Forgets and deletes routes; a route already gone is not an error.
  ///
  /// @param routes the routes
  public void remove(Collection<RouteSpec> routes) {
    List<RouteSpec> list = routes.stream().filter(r -> desired.remove(Key.of(r), r)).toList();
    Map<RouteSpec, Integer> failed = apply(list, r -> s -> RtnetlinkCodec.deleteRoute(r, s));
    failed.forEach(
        (r, errno) -> {
          if (errno != 3) {
            LOG.log(Level.WARNING, "routes.remove: refused route=\"{0}\" errno={1}", r, errno);
          }
        });
  }

  /// @param which selects remembered routes
  public void removeIf(Predicate<RouteSpec> which) {
    remove(desired.values().stream().filter(which).toList());
  }

  /// @return the remembered routes
  public Set<RouteSpec> installed() {
    return Set.copyOf(desired.values());
  }

  /// @return how many routes were reinstalled after someone else removed them
  public long reinstalledCount() {
    return reinstalled.get();
  }

  private Map<RouteSpec, Integer> apply(
      List<RouteSpec> routes, Function<RouteSpec, IntFunction<byte[]>> request) {
    if (routes.isEmpty()) {
      return Map.of();
    }
    Map<Integer, Integer> failures = netlink.executeAll(routes.stream().map(request).toList());
    Map<RouteSpec, Integer> out = new HashMap<>();
    failures.forEach((index, errno) -> out.put(routes.get(index), errno));
    return out;
  }

  private void changed(List<NetlinkMessage.Route> messages) {
    List<RouteSpec> missing = new ArrayList<>();
    for (NetlinkMessage.Route m : messages) {
      RouteSpec want = desired.get(new Key(m.route().destination(), m.route().table()));
      if (m.deleted() && want != null && m.route().matches(want)) {
        missing.add(want);
      }
    }
    if (!missing.isEmpty()) {
      reinstall(missing);
    }
  }

  private void reinstall(List<RouteSpec> missing) {
    List<RouteSpec> still = missing.stream().filter(r -> desired.get(Key.of(r)) == r).toList();
    apply(still, r -> s -> RtnetlinkCodec.replaceRoute(r, s));
    reinstalled.addAndGet(still.size());
    LOG.log(
        Level.INFO,
        "routes.monitor: reinstalled count={0} first=\"{1}\"",
        still.size(),
        still.isEmpty() ? "" : still.getFirst());
  }

  /// Reinstalls every remembered route missing from the kernel (after a monitor overrun, or on
  /// demand).
  public void resync() {
    Map<Key, List<KernelRoute>> present = new HashMap<>();
    for (KernelRoute k : netlink.routes()) {
      present.computeIfAbsent(new Key(k.destination(), k.table()), x -> new ArrayList<>()).add(k);
    }
    List<RouteSpec> missing =
        desired.values().stream()
            .filter(
                want ->
                    present.getOrDefault(Key.of(want), List.of()).stream()
                        .noneMatch(k -> k.matches(want)))
            .toList();
    if (!missing.isEmpty()) {
      reinstall(missing);
    }
  }

  /// Stops the monitor; installed routes stay (use [#removeIf] first to take them down).
  @Override
  public synchronized void close() {
    if (monitor != null) {
      monitor.close();
      monitor = null;
    }
  }
}
