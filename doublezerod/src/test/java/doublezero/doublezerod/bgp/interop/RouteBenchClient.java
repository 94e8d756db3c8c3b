package doublezero.doublezerod.bgp.interop;

import doublezero.doublezerod.bgp.BgpSpeaker;
import doublezero.doublezerod.bgp.PeerConfig;
import doublezero.doublezerod.netlink.BgpRouteInstaller;
import doublezero.doublezerod.netlink.KernelRoute;
import doublezero.doublezerod.netlink.Netlink;
import doublezero.doublezerod.netlink.RouteInstaller;
import doublezero.doublezerod.netlink.Rtnetlink;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/// Benchmark client process (run inside the client namespace by [RouteInstallBenchmark]): our
/// speaker and route installer as the daemon would run them; prints `start`, `all` (nanoTime when N
/// bgp routes are in the kernel) and `rss_kib`, then keeps the session until killed.
public final class RouteBenchClient {
  private RouteBenchClient() {}

  /// @param args local overlay, device overlay, dz_ip, expected route count
  public static void main(String[] args) throws Exception {
    Ipv4Address local = Ipv4Address.parse(args[0]);
    int expected = Integer.parseInt(args[3]);
    Netlink netlink = Netlink.open();
    RouteInstaller routes = new RouteInstaller(netlink);
    routes.startMonitor(Thread.ofPlatform().daemon().factory());
    PeerConfig peer =
        new PeerConfig(
            local,
            Ipv4Address.parse(args[1]),
            65000,
            65342,
            List.of(NetworkV4.parse(args[2] + "/32")),
            PeerConfig.Timers.DEFAULT);
    System.out.println("start " + System.nanoTime());
    BgpSpeaker.start(
        peer, new BgpRouteInstaller(routes, Ipv4Address.parse(args[2]), Rtnetlink.RT_TABLE_MAIN));
    try (Netlink counter = Netlink.open()) {
      while (count(counter.routes()) < expected) {
        Thread.sleep(5);
      }
    }
    System.out.println("all " + System.nanoTime());
    System.gc();
    Thread.sleep(500);
    String rss =
        Files.readAllLines(Path.of("/proc/self/status")).stream()
            .filter(l -> l.startsWith("VmRSS"))
            .findFirst()
            .orElse("VmRSS: 0 kB")
            .replaceAll("[^0-9]", "");
    System.out.println("rss_kib " + rss);
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }

  static long count(List<KernelRoute> routes) {
    return routes.stream()
        .filter(r -> r.protocol() == Rtnetlink.RTPROT_BGP && r.table() == Rtnetlink.RT_TABLE_MAIN)
        .count();
  }
}
