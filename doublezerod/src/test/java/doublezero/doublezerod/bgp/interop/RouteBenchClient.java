package doublezero.doublezerod.bgp.interop;

import doublezero.doublezerod.bgp.BgpSpeaker;
import doublezero.doublezerod.bgp.LearnedRoute;
import doublezero.doublezerod.bgp.PeerConfig;
import doublezero.doublezerod.bgp.RouteListener;
import doublezero.doublezerod.netlink.BgpRouteInstaller;
import doublezero.doublezerod.netlink.Netlink;
import doublezero.doublezerod.netlink.RouteInstaller;
import doublezero.doublezerod.netlink.Rtnetlink;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/// Benchmark client process (run inside the client namespace by [RouteInstallBenchmark]): our
/// speaker and route installer as the daemon runs them (route monitor on, session on a virtual
/// thread), and nothing else: the harness counts the routes in the kernel and reads this process's
/// RSS from `/proc`. On SIGTERM it prints how many listener calls the routes arrived in.
public final class RouteBenchClient {
  private RouteBenchClient() {}

  /// @param args local overlay, device overlay, dz_ip
  public static void main(String[] args) throws Exception {
    Ipv4Address local = Ipv4Address.parse(args[0]);
    Ipv4Address dzIp = Ipv4Address.parse(args[2]);
    Netlink netlink = Netlink.open();
    RouteInstaller routes = new RouteInstaller(netlink);
    routes.startMonitor(Thread.ofPlatform().daemon().factory());
    PeerConfig peer =
        new PeerConfig(
            local,
            Ipv4Address.parse(args[1]),
            65000,
            65342,
            List.of(NetworkV4.parse(dzIp + "/32")),
            PeerConfig.Timers.DEFAULT);
    BgpRouteInstaller installer = new BgpRouteInstaller(routes, dzIp, Rtnetlink.RT_TABLE_MAIN);
    AtomicLong calls = new AtomicLong();
    AtomicLong learned = new AtomicLong();
    RouteListener counting =
        new RouteListener() {
          @Override
          public void routesLearned(PeerConfig p, List<LearnedRoute> r) {
            calls.incrementAndGet();
            learned.addAndGet(r.size());
            installer.routesLearned(p, r);
          }

          @Override
          public void routesWithdrawn(PeerConfig p, List<NetworkV4> prefixes) {
            installer.routesWithdrawn(p, prefixes);
          }
        };
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () ->
                    System.out.println(
                        "listener_calls " + calls.get() + " routes " + learned.get())));
    BgpSpeaker.start(peer, counting);
    Thread.sleep(Long.MAX_VALUE);
  }
}
