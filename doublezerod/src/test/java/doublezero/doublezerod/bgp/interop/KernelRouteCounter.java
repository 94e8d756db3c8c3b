package doublezero.doublezerod.bgp.interop;

import doublezero.doublezerod.netlink.KernelRoute;
import doublezero.doublezerod.netlink.Netlink;
import doublezero.doublezerod.netlink.NetlinkMessage;
import doublezero.doublezerod.netlink.RouteMonitor;
import doublezero.doublezerod.netlink.Rtnetlink;
import doublezero.doublezerod.netns.Netns;
import doublezero.sdk.net.NetworkV4;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/// Benchmark helper: watches one namespace's main table through an rtnetlink route subscription and
/// records when the first route of a protocol arrived and when the N-th distinct one did (the time
/// the notification was read). After a monitor overrun it falls back to a dump every 5 ms.
final class KernelRouteCounter implements AutoCloseable {
  private final Netns ns;
  private final int protocol;
  private final int expected;
  private final Set<NetworkV4> seen = ConcurrentHashMap.newKeySet();
  private final RouteMonitor monitor;
  private volatile long first;
  private volatile long all;
  private volatile boolean overrun;

  KernelRouteCounter(Netns ns, int protocol, int expected) throws Exception {
    this.ns = ns;
    this.protocol = protocol;
    this.expected = expected;
    this.monitor = ns.call(() -> RouteMonitor.start(ns.threads(), this::changed, this::overrun));
  }

  private void changed(List<NetlinkMessage.Route> routes) {
    for (NetlinkMessage.Route m : routes) {
      KernelRoute r = m.route();
      if (!m.deleted() && r.protocol() == protocol && r.table() == Rtnetlink.RT_TABLE_MAIN) {
        long now = System.nanoTime();
        if (seen.add(r.destination())) {
          if (first == 0) {
            first = now;
          }
          if (all == 0 && seen.size() >= expected) {
            all = now;
          }
        }
      }
    }
  }

  private void overrun() {
    overrun = true;
  }

  /// Waits until `expected` routes are in, then checks the count with a dump.
  ///
  /// @return {first, all} as `System.nanoTime()` values
  /// @throws IllegalStateException when they are not all in within 60 s
  long[] await() throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (overrun && all == 0) {
        long now = System.nanoTime();
        if (dumpCount() >= expected) {
          all = now;
        }
      }
      if (all != 0) {
        long inTable = dumpCount();
        if (inTable < expected) {
          throw new IllegalStateException("notified " + expected + " but the table has " + inTable);
        }
        return new long[] {first, all};
      }
      Thread.sleep(5);
    }
    throw new IllegalStateException(
        "only " + seen.size() + " of " + expected + " routes within 60 s");
  }

  /// @return whether the subscription overran (the timing then comes from 5 ms dumps)
  boolean overran() {
    return overrun;
  }

  private long dumpCount() throws Exception {
    return ns.call(
        () -> {
          try (Netlink nl = Netlink.open()) {
            return nl.routes().stream()
                .filter(k -> k.protocol() == protocol && k.table() == Rtnetlink.RT_TABLE_MAIN)
                .count();
          }
        });
  }

  @Override
  public void close() {
    monitor.close();
  }
}
