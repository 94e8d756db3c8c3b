package doublezero.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import doublezero.cli.CliRun;
import doublezero.doublezerod.multicast.HeartbeatCodec;
import doublezero.doublezerod.multicast.HeartbeatSender;
import doublezero.doublezerod.multicast.PimJoiner;
import doublezero.doublezerod.multicast.PimSocket;
import doublezero.doublezerod.netns.Netns;
import doublezero.doublezerod.pim.GroupEntry;
import doublezero.doublezerod.pim.PimCodec;
import doublezero.doublezerod.pim.PimMessage;
import doublezero.doublezerod.pim.PimMessage.Hello;
import doublezero.doublezerod.pim.PimMessage.JoinPrune;
import doublezero.e2e.GreCapture.Inner;
import doublezero.e2e.MulticastSite.Server;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.testkit.ReferenceData;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/// Issue 15 end to end in network namespaces ([MulticastSite]): a publisher and a subscriber server
/// on one device, what they send into their tunnels decoded on the device side with our PIM and
/// heartbeat codecs, the CLI's tables against the reference e2e fixtures; then one server with a
/// unicast and a multicast tunnel at once, on two device endpoints. Needs root, iproute2, bird2 and
/// `/dev/net/tun`. No PIM router answers on the device side, so no multicast datagram goes from
/// publisher to subscriber: the kernels here have no IPv4 multicast routing (`MRT_INIT` fails with
/// ENOPROTOOPT, no `/proc/net/ip_mr_vif`), and FRR's `pimd` (Debian `frr` 8.4.4) starts but cannot
/// add a VIF or send on its PIM socket.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MulticastE2eTest {
  static final Duration UP = Duration.ofSeconds(30);
  @TempDir static Path dir;
  static MulticastSite site;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Netns.available()
            && Files.exists(Path.of("/dev/net/tun"))
            && Files.isExecutable(Path.of("/usr/sbin/bird")),
        "needs root, iproute2, bird2 and /dev/net/tun");
    ReferenceData.require();
    site = MulticastSite.start(dir);
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  @Test
  @Order(1)
  void publisherAndSubscriberOnOneDevice() throws Exception {
    Server pub = site.publisher;
    Server sub = site.subscriber;
    pub.awaitLatency(MulticastSite.DEVICE_IP);
    sub.awaitLatency(MulticastSite.DEVICE_IP);
    long t0 = System.nanoTime();
    CompletableFuture<CliRun.Result> publishing =
        CompletableFuture.supplyAsync(
            () -> pub.cli("connect", "multicast", "publisher", "mg01", "mg02"));
    CliRun.Result subscribing = sub.cli("connect", "multicast", "subscriber", "mg01", "mg02");
    assertThat(subscribing.out()).endsWith("✅  User Provisioned\n");
    assertThat(publishing.get().out()).endsWith("✅  User Provisioned\n");
    pub.awaitSession("doublezero1", "BGP Session Up");
    sub.awaitSession("doublezero1", "BGP Session Up");
    System.out.printf(
        "e2e: both multicast users connected and up in %d ms%n",
        (System.nanoTime() - t0) / 1_000_000);

    User publisher = user(pub, UserType.MULTICAST);
    User subscriber = user(sub, UserType.MULTICAST);
    String dzIp = publisher.dzIp().toString();
    assertThat(NetworkV4.parse("148.51.120.0/21").contains(publisher.dzIp())).isTrue();
    Ipv4Address upstream = subscriber.tunnelNet().network();
    Ipv4Address subOverlay = new Ipv4Address(upstream.value() + 1);
    for (Ipv4Address g : groups()) {
      JoinPrune join =
          pim(sub, t0, JoinPrune.class, j -> j.holdtimeSeconds() == 120 && joins(j, g));
      assertThat(join.upstreamNeighbor()).isEqualTo(upstream);
      Inner beat = heartbeat(g, t0);
      assertThat(beat.source().toString()).isEqualTo(dzIp);
      assertThat(beat.ttl()).isEqualTo(HeartbeatSender.TTL);
      ByteBuffer udp = ByteBuffer.wrap(beat.payload());
      assertThat(udp.getShort(2) & 0xFFFF).isEqualTo(HeartbeatCodec.PORT);
      byte[] payload = Arrays.copyOfRange(beat.payload(), 8, beat.payload().length);
      assertThat(payload).containsExactly(0x44, 0x5A, 0x00, 0x01);
      assertThat(HeartbeatCodec.decode(payload)).isEqualTo(HeartbeatCodec.VERSION);
    }
    Inner hello = packet(sub, t0, p -> p.protocol() == PimCodec.IP_PROTOCOL && is(p, Hello.class));
    assertThat(PimCodec.decode(hello.payload()))
        .isEqualTo(Hello.standard(105, PimJoiner.GENERATION_ID, 1));
    assertThat(hello.source()).isEqualTo(subOverlay);
    assertThat(hello.destination()).isEqualTo(PimSocket.ALL_PIM_ROUTERS);
    assertThat(hello.ttl()).isEqualTo(1);

    Map<String, Object> owner = Map.of("ManagerPubkey", site.n.user().toBase58());
    for (Server s : List.of(pub, sub)) {
      String role = s == pub ? "publisher" : "subscriber";
      MulticastSite.sameTable(
          s.cli("multicast", "group", "list").out(),
          "multicast/doublezero_multicast_group_list_" + role + ".tmpl",
          owner);
      MulticastSite.sameTable(
          s.cli("status").out(),
          "multicast/doublezero_status_connected_" + role + ".tmpl",
          Map.of(
              "ClientIP", s.ip,
              "DeviceIP", MulticastSite.DEVICE_IP,
              "ExpectedAllocatedClientIP", s == pub ? dzIp : ""));
    }

    long before = System.nanoTime();
    CompletableFuture<CliRun.Result> leaving =
        CompletableFuture.supplyAsync(
            () -> pub.cli("disconnect", "multicast", "--client-ip", pub.ip));
    assertThat(sub.cli("disconnect", "multicast", "--client-ip", sub.ip).out())
        .endsWith("✅  Deprovisioning Complete\n");
    assertThat(leaving.get().out()).endsWith("✅  Deprovisioning Complete\n");
    for (Ipv4Address g : groups()) {
      JoinPrune prune =
          pim(
              sub,
              before,
              JoinPrune.class,
              j ->
                  j.holdtimeSeconds() == PimJoiner.PRUNE_HOLDTIME
                      && j.groups().contains(GroupEntry.starGPrune(g, PimJoiner.RENDEZVOUS_POINT)));
      assertThat(prune.upstreamNeighbor()).isEqualTo(upstream);
    }
    for (Server s : List.of(pub, sub)) {
      await().atMost(Duration.ofSeconds(10)).until(() -> !s.linkPresent("doublezero1"));
      MulticastSite.sameTable(
          s.cli("status").out(),
          "multicast/doublezero_status_disconnected.tmpl",
          Map.of("Reconciler", "true"));
    }
  }

  @Test
  @Order(2)
  void unicastAndMulticastTunnelsSideBySide() throws Exception {
    Server s = site.subscriber;
    // a public address on a loopback may only be a user tunnel endpoint: set at creation
    site.n.ok(
        "device",
        "interface",
        "create",
        "ny5-dz01",
        "Loopback100",
        "--bandwidth",
        "10G",
        "--ip-net",
        MulticastSite.SECOND_ENDPOINT + "/32",
        "--user-tunnel-endpoint",
        "true",
        "-w");
    s.awaitLatency(MulticastSite.SECOND_ENDPOINT);

    assertThat(s.cli("connect", "ibrl").out()).endsWith("✅  User Provisioned\n");
    s.awaitSession("doublezero0", "BGP Session Up");
    User ibrl = user(s, UserType.IBRL);
    String gateway = ibrl.tunnelNet().network().toString();
    List<String> unicast = ConnectE2eTest.expectedRoutes(gateway, s.ip);
    await().atMost(Duration.ofSeconds(5)).until(() -> s.side.bgpRoutes("main").equals(unicast));

    long t0 = System.nanoTime();
    assertThat(s.cli("connect", "multicast", "subscriber", "mg01").out())
        .endsWith("✅  User Provisioned\n");
    s.awaitSession("doublezero1", "BGP Session Up");
    System.out.printf(
        "e2e: second (multicast) tunnel up in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    User multicast = user(s, UserType.MULTICAST);
    Map<String, String> dst = new TreeMap<>();
    s.status().forEach(e -> dst.put(e.path("tunnel_name").asText(), e.path("tunnel_dst").asText()));
    assertThat(dst.keySet()).containsExactly("doublezero0", "doublezero1");
    assertThat(Set.copyOf(dst.values()))
        .containsExactlyInAnyOrder(MulticastSite.DEVICE_IP, MulticastSite.SECOND_ENDPOINT);
    assertThat(dst.get("doublezero0")).isEqualTo(endpoint(ibrl));
    assertThat(dst.get("doublezero1")).isEqualTo(endpoint(multicast));
    for (String link : List.of("doublezero0", "doublezero1")) {
      assertThat(s.side.ipJson("link", "show", "dev", link).get(0).path("mtu").asInt())
          .isEqualTo(1476);
    }
    assertThat(site.device.tunnels()).hasSize(2);
    for (DeviceSide.UserTunnel t : site.device.tunnels()) {
      assertThat(site.device.established(t.name())).as(t.name()).isTrue();
    }
    // the multicast session hears the same prefixes and installs none of them
    assertThat(s.side.bgpRoutes("main")).isEqualTo(unicast);
    assertThat(s.side.ipJson("route", "show", "table", "all", "dev", "doublezero1").toString())
        .doesNotContain("\"protocol\":\"bgp\"");
    assertThat(pim(s, t0, JoinPrune.class, j -> j.holdtimeSeconds() == 120).upstreamNeighbor())
        .isEqualTo(multicast.tunnelNet().network());

    int ifindex =
        s.side.ipJson("link", "show", "dev", "doublezero0").get(0).path("ifindex").asInt();
    long sessionSince = lastSessionUpdate(s, "doublezero0");
    assertThat(s.cli("disconnect", "multicast", "--client-ip", s.ip).out())
        .endsWith("✅  Deprovisioning Complete\n");
    await().atMost(Duration.ofSeconds(10)).until(() -> !s.linkPresent("doublezero1"));
    assertThat(s.side.ipJson("link", "show", "dev", "doublezero0").get(0).path("ifindex").asInt())
        .as("doublezero0 never rebuilt")
        .isEqualTo(ifindex);
    assertThat(s.session("doublezero0")).isEqualTo("BGP Session Up");
    assertThat(lastSessionUpdate(s, "doublezero0")).as("no flap").isEqualTo(sessionSince);
    assertThat(s.side.bgpRoutes("main")).isEqualTo(unicast);
    long received = site.device.tunnelReceived();
    s.side.tcpToValidator();
    assertThat(site.device.tunnelReceived() - received)
        .as("traffic through doublezero0")
        .isGreaterThan(100);
  }

  static long lastSessionUpdate(Server s, String tunnel) throws Exception {
    return s.status().stream()
        .filter(e -> e.path("tunnel_name").asText().equals(tunnel))
        .findFirst()
        .orElseThrow()
        .path("doublezero_status")
        .path("last_session_update")
        .asLong();
  }

  static String endpoint(User u) {
    return u.tunnelEndpoint().isUnspecified()
        ? MulticastSite.DEVICE_IP
        : u.tunnelEndpoint().toString();
  }

  static User user(Server s, UserType type) {
    return site.n.client.getAll(AccountType.USER, User.class).stream()
        .map(DecodedAccount::state)
        .filter(u -> u.clientIp().toString().equals(s.ip) && u.userType() == type)
        .findFirst()
        .orElseThrow();
  }

  static List<Ipv4Address> groups() {
    return site.n.client.getAll(AccountType.MULTICAST_GROUP, MulticastGroup.class).stream()
        .map(DecodedAccount::state)
        .filter(g -> MulticastSite.GROUPS.contains(g.code()))
        .map(MulticastGroup::multicastIp)
        .sorted()
        .toList();
  }

  static boolean joins(JoinPrune j, Ipv4Address g) {
    return j.groups().contains(GroupEntry.starGJoin(g, PimJoiner.RENDEZVOUS_POINT));
  }

  static boolean is(Inner p, Class<? extends PimMessage> type) {
    return type.isInstance(PimCodec.decode(p.payload()));
  }

  static Inner packet(Server from, long since, Predicate<Inner> match) throws InterruptedException {
    Optional<Inner> hit =
        site.capture.await(
            UP, p -> p.client().toString().equals(from.ip) && p.nanos() > since && match.test(p));
    assertThat(hit).as("a matching packet from " + from.ip).isPresent();
    return hit.get();
  }

  static <T extends PimMessage> T pim(Server from, long since, Class<T> type, Predicate<T> match)
      throws InterruptedException {
    Inner p =
        packet(
            from,
            since,
            i ->
                i.protocol() == PimCodec.IP_PROTOCOL
                    && PimCodec.decode(i.payload()) instanceof PimMessage m
                    && type.isInstance(m)
                    && match.test(type.cast(m)));
    assertThat(p.ttl()).isEqualTo(1);
    assertThat(p.destination()).isEqualTo(PimSocket.ALL_PIM_ROUTERS);
    return type.cast(PimCodec.decode(p.payload()));
  }

  static Inner heartbeat(Ipv4Address group, long since) throws InterruptedException {
    return packet(site.publisher, since, p -> p.protocol() == 17 && p.destination().equals(group));
  }
}
