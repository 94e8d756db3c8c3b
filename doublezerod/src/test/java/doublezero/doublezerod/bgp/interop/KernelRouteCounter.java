package doublezero.doublezerod.bgp.interop;

import doublezero.doublezerod.netlink.KernelRoute;
import doublezero.doublezerod.netlink.Netlink;
import doublezero.doublezerod.netlink.NetlinkMessage;
import doublezero.doublezerod.netlink.RouteMonitor;
import doublezero.doublezerod.netlink.Rtnetlink;
import doublezero.doublezerod.netns.Netns;
import doublezero.sdk.net.NetworkV4;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

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
  private volatile long pid;
  private volatile long cpuAtFirst;
  private volatile long cpuAtAll;

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
            cpuAtFirst = cpuNanos(pid);
          }
          if (all == 0 && seen.size() >= expected) {
            all = now;
            cpuAtAll = cpuNanos(pid);
          }
        }
      }
    }
  }

  /// @param pid the client process whose CPU time [#cpuBetween] reports
  void watch(long pid) {
    this.pid = pid;
  }

  /// @return CPU time the watched process used between the first and the N-th route, ns (every
  ///   thread's `/proc/PID/task/TID/schedstat` time on CPU), -1 when unknown
  long cpuBetween() {
    return cpuAtFirst > 0 && cpuAtAll > 0 ? cpuAtAll - cpuAtFirst : -1;
  }

  private static long cpuNanos(long pid) {
    if (pid == 0) {
      return 0;
    }
    try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
      long sum = 0;
      for (Path t : tasks.toList()) {
        try {
          sum += Long.parseLong(Files.readString(t.resolve("schedstat")).trim().split(" ")[0]);
        } catch (IOException threadGone) {
          // a thread that ended in between
        }
      }
      return sum;
    } catch (IOException e) {
      return 0;
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
