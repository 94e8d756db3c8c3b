package doublezero.doublezerod.netlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import doublezero.doublezerod.netns.Netns;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The FFM rtnetlink socket against the real kernel, inside a network namespace of its own, checked
/// with iproute2.
class NetlinkNamespaceTest {
  private static final Ipv4Address GW = Ipv4Address.parse("169.254.0.0");
  private static final Ipv4Address DZ_IP = Ipv4Address.parse("10.0.0.5");
  private Netns ns;
  private Netns peer;

  @BeforeEach
  void namespaces() {
    assumeTrue(Netns.available(), "needs root and iproute2 for network namespaces");
    ns = Netns.create("dznl");
    peer = Netns.create("dznlp");
    ns.veth("dzv0", "169.254.0.1/31", peer, "dzv1", "169.254.0.0/31");
    ns.exec("ip", "addr", "add", "10.0.0.5/32", "dev", "dzv0");
  }

  @AfterEach
  void cleanup() {
    if (ns != null) {
      ns.close();
      peer.close();
    }
  }

  @Test
  void installsBgpRoutesThatIproute2Sees() throws Exception {
    RouteSpec route = RouteSpec.bgp(NetworkV4.parse("4.4.4.4/32"), GW, DZ_IP);
    ns.call(
        () -> {
          try (Netlink nl = Netlink.open()) {
            nl.replaceRoute(route);
            nl.replaceRoute(route);
            assertThat(nl.routes()).anyMatch(k -> k.matches(route));
          }
          return null;
        });
    String json = ns.exec("ip", "-j", "route", "show", "4.4.4.4");
    assertThat(json)
        .contains("\"gateway\":\"169.254.0.0\"")
        .contains("\"protocol\":\"bgp\"")
        .contains("\"prefsrc\":\"10.0.0.5\"")
        .contains("\"dev\":\"dzv0\"");
    ns.call(
        () -> {
          try (Netlink nl = Netlink.open()) {
            nl.deleteRoute(route);
            assertThatThrownBy(() -> nl.deleteRoute(route))
                .isInstanceOfSatisfying(
                    NetlinkException.class, e -> assertThat(e.errno()).isEqualTo(3));
          }
          return null;
        });
    assertThat(ns.exec("ip", "-j", "route", "show", "4.4.4.4").trim()).isEqualTo("[]");
  }

  @Test
  void linksAddressesAndEdgeFilteringRules() throws Exception {
    NetworkV4 prefix = NetworkV4.parse("10.0.0.0/24");
    RuleSpec to = new RuleSpec(100, 100, null, prefix, Rtnetlink.RTPROT_KERNEL);
    RuleSpec from = new RuleSpec(101, 101, prefix, null, Rtnetlink.RTPROT_KERNEL);
    ns.call(
        () -> {
          try (Netlink nl = Netlink.open()) {
            KernelLink link = nl.link("dzv0").orElseThrow();
            nl.setLinkUp(link.index(), 1476);
            nl.addAddress(link.index(), NetworkV4.parse("10.0.0.9/32"));
            nl.addRule(to);
            nl.addRule(from);
            nl.replaceRoute(
                new RouteSpec(NetworkV4.DEFAULT, GW, DZ_IP, 101, Rtnetlink.RTPROT_BOOT));
            assertThat(nl.rules())
                .anyMatch(r -> r.matches(to) && r.protocol() == Rtnetlink.RTPROT_KERNEL)
                .anyMatch(r -> r.matches(from));
            assertThat(nl.link("dzv0").orElseThrow().mtu()).isEqualTo(1476);
          }
          return null;
        });
    assertThat(ns.exec("ip", "-j", "link", "show", "dzv0")).contains("\"mtu\":1476").contains("UP");
    assertThat(ns.exec("ip", "-j", "addr", "show", "dzv0")).contains("\"local\":\"10.0.0.9\"");
    List<String> rules = List.of(ns.exec("ip", "-d", "-j", "rule").split("\\},\\{"));
    assertThat(rules)
        .filteredOn(r -> r.contains("\"priority\":100,"))
        .singleElement()
        .asString()
        .contains(
            "\"dst\":\"10.0.0.0\"",
            "\"dstlen\":24",
            "\"table\":\"100\"",
            "\"protocol\":\"kernel\"");
    assertThat(rules)
        .filteredOn(r -> r.contains("\"priority\":101,"))
        .singleElement()
        .asString()
        .contains(
            "\"src\":\"10.0.0.0\"",
            "\"srclen\":24",
            "\"table\":\"101\"",
            "\"protocol\":\"kernel\"");
    assertThat(ns.exec("ip", "-j", "route", "show", "table", "101"))
        .contains("\"dst\":\"default\"")
        .contains("\"gateway\":\"169.254.0.0\"");
    ns.call(
        () -> {
          try (Netlink nl = Netlink.open()) {
            nl.deleteRule(to);
            nl.deleteRule(from);
            int index = nl.link("dzv0").orElseThrow().index();
            nl.deleteAddress(index, NetworkV4.parse("10.0.0.9/32"));
          }
          return null;
        });
    assertThat(ns.exec("ip", "-j", "rule"))
        .doesNotContain("\"priority\":100")
        .doesNotContain("\"priority\":101");
  }

  @Test
  void greLinkIsRefusedCleanlyWhereTheKernelHasNoGre() throws Exception {
    var gre =
        new GreLinkSpec(
            "doublezero0", Ipv4Address.parse("192.0.2.1"), Ipv4Address.parse("198.51.100.1"), 64);
    ns.call(
        () -> {
          try (Netlink nl = Netlink.open()) {
            try {
              nl.createGreLink(gre);
              KernelLink link = nl.link("doublezero0").orElseThrow();
              nl.setLinkUp(link.index(), 1476);
              nl.deleteLink(link.index());
            } catch (NetlinkException e) {
              assertThat(e.errno()).isEqualTo(95);
            }
            assertThat(nl.link("doublezero0")).isEmpty();
          }
          return null;
        });
  }

  @Test
  void routeRemovedBySomeoneElseIsBackWithinOneSecond() throws Exception {
    List<RouteSpec> routes =
        List.of(
            RouteSpec.bgp(NetworkV4.parse("4.4.4.4/32"), GW, DZ_IP),
            RouteSpec.bgp(NetworkV4.parse("5.5.5.0/24"), GW, DZ_IP));
    RouteInstaller installer =
        ns.call(
            () -> {
              RouteInstaller i = new RouteInstaller(Netlink.open());
              i.startMonitor(ns.threads());
              assertThat(i.install(routes)).isEmpty();
              return i;
            });
    try {
      ns.exec("ip", "route", "del", "4.4.4.4/32");
      long start = System.nanoTime();
      while (!ns.exec("ip", "-j", "route", "show", "4.4.4.4").contains("bgp")) {
        assertThat(System.nanoTime() - start)
            .as("reinstalled within 1 s")
            .isLessThan(1_000_000_000L);
        Thread.sleep(20);
      }
      assertThat(installer.reinstalledCount()).isEqualTo(1);
      installer.remove(routes);
      Thread.sleep(300);
      assertThat(ns.exec("ip", "-j", "route", "show", "proto", "bgp").trim()).isEqualTo("[]");
      assertThat(installer.reinstalledCount()).isEqualTo(1);
    } finally {
      installer.close();
    }
  }

  @Test
  void batchReportsEveryRefusedRequestByIndexAcrossDatagrams() throws Exception {
    Ipv4Address offLink = Ipv4Address.parse("192.0.2.1");
    Set<Integer> refused = Set.of(0, 5, Netlink.BATCH_MESSAGES - 1, Netlink.BATCH_MESSAGES, 299);
    List<RouteSpec> routes = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      NetworkV4 dst = NetworkV4.parse("10.1." + i / 256 + "." + (i % 256) + "/32");
      routes.add(RouteSpec.bgp(dst, refused.contains(i) ? offLink : GW, DZ_IP));
    }
    Map<Integer, Integer> failures =
        ns.call(
            () -> {
              try (Netlink nl = Netlink.open()) {
                return nl.executeAll(
                    routes.stream()
                        .<IntFunction<byte[]>>map(r -> s -> RtnetlinkCodec.replaceRoute(r, s))
                        .toList());
              }
            });
    assertThat(failures.keySet()).isEqualTo(refused);
    assertThat(failures.values()).allMatch(errno -> errno == 101); // ENETUNREACH
    String json = ns.exec("ip", "-j", "route", "show", "proto", "bgp");
    assertThat(json.split("\"dst\"", -1)).hasSize(300 - refused.size() + 1);
    assertThat(json).doesNotContain("192.0.2.1");
  }
}
