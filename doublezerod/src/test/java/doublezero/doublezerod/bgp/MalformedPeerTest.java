package doublezero.doublezerod.bgp;

import static doublezero.doublezerod.bgp.UpdateErrorHandlingTest.update;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.testkit.Hex;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/// Crafted bytes from a peer on a real TCP socket (loopback): RFC 7606 treat-as-withdraw keeps the
/// session, RFC 4271 errors are answered with the right NOTIFICATION, and nothing crashes the
/// speaker: it redials every time.
class MalformedPeerTest {
  private static final String ORIGIN = "40010100";
  private static final String AS_PATH = "400206020100000001";
  private static final String NEXT_HOP = "400304c0000201";
  private static final String NLRI = "180a0100";
  private static final NetworkV4 PREFIX = NetworkV4.parse("10.1.0.0/24");

  private final List<String> events = new CopyOnWriteArrayList<>();
  private final RouteListener recorder =
      new RouteListener() {
        @Override
        public void routesLearned(PeerConfig peer, List<LearnedRoute> routes) {
          routes.forEach(r -> events.add("learned " + r.prefix() + " via " + r.nextHop()));
        }

        @Override
        public void routesWithdrawn(PeerConfig peer, List<NetworkV4> prefixes) {
          prefixes.forEach(p -> events.add("withdrawn " + p));
        }

        @Override
        public void sessionDown(PeerConfig peer, String reason) {
          events.add("down");
        }
      };

  @Test
  void malformedInputIsAnsweredPerRfc4271And7606() throws Exception {
    try (FakePeer peer = new FakePeer()) {
      Ipv4Address loopback = Ipv4Address.parse("127.0.0.1");
      PeerConfig config =
          new PeerConfig(
              loopback,
              loopback,
              65000,
              65342,
              List.of(NetworkV4.parse("10.0.0.5/32")),
              new PeerConfig.Timers(Duration.ofSeconds(90), Duration.ofMillis(300), peer.port()));
      try (BgpSession session =
          BgpSpeaker.start(config, recorder, Thread.ofVirtual().factory(), Clock.systemUTC())) {
        Open ours = peer.acceptAndEstablish();
        assertThat(ours.bgpIdentifier()).isEqualTo(PeerConfig.ROUTER_ID);
        assertThat(ours.capabilities())
            .contains(Capability.Multiprotocol.IPV4_UNICAST, new Capability.FourOctetAs(65000));
        Update advertised =
            new Update(
                List.of(),
                List.of(
                    PathAttribute.Origin.IGP,
                    PathAttribute.AsPath.sequence(List.of(65000L)),
                    new PathAttribute.NextHop(loopback)),
                List.of(NetworkV4.parse("10.0.0.5/32")));
        assertThat(peer.readRaw()).isEqualTo(BgpCodec.encode(advertised, true));
        treatAsWithdrawKeepsTheSession(peer, session);
        sessionResets(peer, session);
      }
    }
  }

  private void treatAsWithdrawKeepsTheSession(FakePeer peer, BgpSession session) throws Exception {
    String[] malformed = {
      "4001020000" + AS_PATH + NEXT_HOP, // bad attribute length (ORIGIN of 2 bytes)
      ORIGIN + AS_PATH + "40030400000000", // bad NEXT_HOP 0.0.0.0
      ORIGIN + AS_PATH + "400305" + "c000020101", // NEXT_HOP of 5 bytes
      ORIGIN + AS_PATH, // NEXT_HOP missing
    };
    for (String attributes : malformed) {
      learn(peer);
      peer.send(update(attributes, NLRI));
      await(() -> events.getLast().equals("withdrawn " + PREFIX));
    }
    peer.send(BgpCodec.encode(Keepalive.INSTANCE, true));
    learn(peer);
    assertThat(session.status().status()).isEqualTo(SessionStatus.UP);
    assertThat(events).doesNotContain("down");
  }

  private void learn(FakePeer peer) throws Exception {
    peer.send(update(ORIGIN + AS_PATH + NEXT_HOP, NLRI));
    await(
        () -> !events.isEmpty() && events.getLast().equals("learned " + PREFIX + " via 192.0.2.1"));
  }

  private void sessionResets(FakePeer peer, BgpSession session) throws Exception {
    peer.send(
        update(ORIGIN + AS_PATH + NEXT_HOP + "40630101", NLRI)); // unknown well-known attribute
    Notification n = peer.readNotification();
    assertThat(n.code()).isEqualTo(3);
    assertThat(n.subcode()).isEqualTo(2);
    assertThat(n.data()).isEqualTo(Hex.bytes("40630101"));
    await(() -> events.getLast().equals("down"));
    assertThat(events.subList(events.size() - 2, events.size()))
        .containsExactly("withdrawn " + PREFIX, "down");
    assertThat(session.status().status()).isEqualTo(SessionStatus.DOWN);

    expectNotification(
        peer, BgpCodecTest.MARKER.replaceFirst("ff", "fe") + "0013 04", 1, 1); // wrong marker
    expectNotification(peer, BgpCodecTest.MARKER + "0012 04", 1, 2); // bad length
    expectNotification(peer, BgpCodecTest.MARKER + "0013 09", 1, 3); // bad type
    byte[] badTotalLength = update(ORIGIN + AS_PATH + NEXT_HOP, NLRI);
    badTotalLength[22] = 0x7f;
    expectNotification(peer, Hex.of(badTotalLength), 3, 1); // attribute lengths overrun the message

    peer.acceptAndEstablish();
    peer.readRaw();
    learn(peer);
    byte[] truncated = update(ORIGIN + AS_PATH + NEXT_HOP, NLRI);
    peer.send(Arrays.copyOf(truncated, truncated.length - 3)); // truncated, then the peer vanishes
    peer.drop();
    await(() -> events.getLast().equals("down"));
    peer.acceptAndEstablish();
    await(() -> session.status().status() == SessionStatus.UP);
  }

  private void expectNotification(FakePeer peer, String hex, int code, int subcode)
      throws Exception {
    peer.acceptAndEstablish();
    peer.readRaw();
    peer.send(Hex.bytes(hex));
    Notification n = peer.readNotification();
    assertThat(n.code()).as(hex).isEqualTo(code);
    assertThat(n.subcode()).as(hex).isEqualTo(subcode);
    assertThat(peer.closedByPeer()).isTrue();
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out");
      }
      Thread.sleep(10);
    }
  }
}
