package doublezero.doublezerod.bgp.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import doublezero.doublezerod.bgp.BgpSession;
import doublezero.doublezerod.bgp.BgpSpeaker;
import doublezero.doublezerod.bgp.PeerConfig;
import doublezero.doublezerod.bgp.SessionStatus;
import doublezero.doublezerod.netlink.BgpRouteInstaller;
import doublezero.doublezerod.netlink.Netlink;
import doublezero.doublezerod.netlink.RouteInstaller;
import doublezero.doublezerod.netlink.Rtnetlink;
import doublezero.doublezerod.netns.Netns;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// Our speaker (client namespace) against real BIRD 2 and GoBGP (device namespace) over a veth /31:
/// session up, routes installed in the client's main table (`via 169.254.0.0 src dz_ip proto bgp`),
/// the device receives dz_ip/32, withdraw removes, an administrative shutdown, a silent peer (hold
/// timer) and a killed peer (TCP close) remove every route, and the session comes back.
class BgpInteropTest {
  private static final String DZ_IP = "10.0.0.5";

  @ParameterizedTest
  @ValueSource(strings = {"bird", "gobgpd"})
  void sessionRoutesWithdrawAndFallback(String daemon) throws Exception {
    assumeTrue(Netns.available(), "needs root and iproute2");
    Path dir = Files.createTempDirectory("dz-" + daemon);
    try (Netns client = Netns.create("dzc");
        Netns device = Netns.create("dzd")) {
      client.veth("dzv0", "169.254.0.1/31", device, "dzv1", "169.254.0.0/31");
      client.exec("ip", "addr", "add", DZ_IP + "/32", "dev", "dzv0");
      try (DevicePeer peer =
          daemon.equals("bird") ? new BirdPeer(device, dir) : new GobgpPeer(device, dir)) {
        assumeTrue(peer.installed(), daemon + " not installed (apt-get install -y bird2 gobgpd)");
        peer.start(List.of("4.4.4.4/32", "5.5.5.0/24"));
        RouteInstaller routes =
            client.call(
                () -> {
                  RouteInstaller r = new RouteInstaller(Netlink.open());
                  r.startMonitor(client.threads());
                  return r;
                });
        PeerConfig config =
            new PeerConfig(
                Ipv4Address.parse("169.254.0.1"),
                Ipv4Address.parse("169.254.0.0"),
                65000,
                65342,
                List.of(NetworkV4.parse(DZ_IP + "/32")),
                PeerConfig.Timers.DEFAULT);
        BgpRouteInstaller listener =
            new BgpRouteInstaller(routes, Ipv4Address.parse(DZ_IP), Rtnetlink.RT_TABLE_MAIN);
        try (BgpSession session =
            BgpSpeaker.start(config, listener, client.threads(), Clock.systemUTC())) {
          scenario(client, peer, session);
        } finally {
          routes.close();
        }
      }
    } finally {
      Netns.deleteTree(dir);
    }
  }

  private static void scenario(Netns client, DevicePeer peer, BgpSession session) throws Exception {
    await(
        "session up", Duration.ofSeconds(20), () -> session.status().status() == SessionStatus.UP);
    await(
        "routes installed", Duration.ofSeconds(10), () -> bgpRoutes(client).contains("5.5.5.0/24"));
    String route = client.exec("ip", "-j", "route", "show", "4.4.4.4");
    assertThat(route)
        .contains(
            "\"gateway\":\"169.254.0.0\"",
            "\"prefsrc\":\"" + DZ_IP + "\"",
            "\"protocol\":\"bgp\"",
            "\"dev\":\"dzv0\"");
    await(
        "device received dz_ip/32",
        Duration.ofSeconds(10),
        () -> received(peer).contains(DZ_IP + "/32"));
    assertThat(received(peer)).contains("65000");

    peer.withdraw("5.5.5.0/24");
    await(
        "withdrawn route removed",
        Duration.ofSeconds(10),
        () -> !bgpRoutes(client).contains("5.5.5.0/24"));
    assertThat(bgpRoutes(client)).contains("4.4.4.4");
    peer.announce("6.6.6.0/24");
    await(
        "new route installed",
        Duration.ofSeconds(10),
        () -> bgpRoutes(client).contains("6.6.6.0/24"));

    peer.disableSession();
    await("routes gone on Cease", Duration.ofSeconds(3), () -> bgpRoutes(client).equals("[]"));
    assertThat(session.status().status()).isEqualTo(SessionStatus.DOWN);
    peer.enableSession();
    await(
        "session back",
        Duration.ofSeconds(20),
        () -> session.status().status() == SessionStatus.UP);
    await("routes back", Duration.ofSeconds(10), () -> bgpRoutes(client).contains("6.6.6.0/24"));

    peer.freeze();
    long frozen = System.nanoTime();
    await(
        "routes gone within the hold time",
        Duration.ofSeconds(5),
        () -> bgpRoutes(client).equals("[]"));
    assertThat(Duration.ofNanos(System.nanoTime() - frozen)).isLessThan(Duration.ofMillis(4500));
    peer.thaw();
    await(
        "session back after thaw",
        Duration.ofSeconds(20),
        () -> session.status().status() == SessionStatus.UP);
    await(
        "routes back after thaw",
        Duration.ofSeconds(10),
        () -> bgpRoutes(client).contains("4.4.4.4"));

    peer.kill();
    long killed = System.nanoTime();
    await(
        "routes gone at once on TCP close",
        Duration.ofSeconds(1),
        () -> bgpRoutes(client).equals("[]"));
    assertThat(Duration.ofNanos(System.nanoTime() - killed)).isLessThan(Duration.ofSeconds(1));
  }

  private static String received(DevicePeer peer) {
    try {
      return peer.received();
    } catch (Exception e) {
      return "";
    }
  }

  static String bgpRoutes(Netns ns) {
    return ns.exec("ip", "-j", "route", "show", "proto", "bgp").trim();
  }

  static void await(String what, Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for: " + what);
      }
      Thread.sleep(25);
    }
  }
}
