package doublezero.doublezerod.multicast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import doublezero.doublezerod.multicast.IpCapture.Packet;
import doublezero.doublezerod.netns.Netns;
import doublezero.doublezerod.pim.GroupEntry;
import doublezero.doublezerod.pim.PimCodec;
import doublezero.doublezerod.pim.PimMessage;
import doublezero.doublezerod.pim.PimMessage.Hello;
import doublezero.doublezerod.pim.PimMessage.JoinPrune;
import doublezero.sdk.net.Ipv4Address;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The subscriber's PIM and the publisher's heartbeat on a real interface: two namespaces joined by
/// a veth pair named like the multicast tunnel (`doublezero1` on the client side); the device side
/// captures with raw sockets and decodes what arrives, IP header included.
class MulticastNamespaceTest {
  private static final Ipv4Address DEVICE = Ipv4Address.parse("169.254.0.0");
  private static final Ipv4Address CLIENT = Ipv4Address.parse("169.254.0.1");
  private static final Ipv4Address G1 = Ipv4Address.parse("239.0.0.1");
  private static final Ipv4Address G2 = Ipv4Address.parse("239.0.0.2");
  private static final Ipv4Address G3 = Ipv4Address.parse("239.0.0.3");

  @Test
  void subscriberSendsHelloJoinsGroupChangesAndAFinalPruneWithTtlOne() throws Exception {
    assumeTrue(Netns.available(), "needs root and iproute2");
    try (Netns client = Netns.create("mcc");
        Netns device = Netns.create("mcd")) {
      client.veth("doublezero1", "169.254.0.1/31", device, "dzdev", "169.254.0.0/31");
      try (IpCapture pim =
          IpCapture.open(
              device, PimCodec.IP_PROTOCOL, "dzdev", List.of(PimSocket.ALL_PIM_ROUTERS))) {
        PimSocket socket = client.call(() -> PimSocket.open("doublezero1"));
        PimJoiner joiner =
            PimJoiner.start(
                socket, DEVICE, List.of(G1, G2), Duration.ofMinutes(5), client.threads());
        try {
          assertThat(pimMessage(pim)).isEqualTo(Hello.standard(105, 3614426332L, 1));
          assertThat(pimMessage(pim)).isEqualTo(joinPrune(120, true, G1, G2));
          joiner.updateGroups(List.of(G2, G3));
          assertThat(pimMessage(pim)).isEqualTo(joinPrune(5, false, G1));
          assertThat(pimMessage(pim)).isEqualTo(joinPrune(120, true, G3));
        } finally {
          joiner.close();
        }
        assertThat(pimMessage(pim)).isEqualTo(joinPrune(5, false, G2, G3));
        assertThat(joiner.sent()).isEqualTo(5);
        assertThat(joiner.failed()).isZero();
      }
    }
  }

  @Test
  void publisherHeartbeatsLeaveFromDzIpWithTtl32ToPort5765() throws Exception {
    assumeTrue(Netns.available(), "needs root and iproute2");
    Ipv4Address dzIp = Ipv4Address.parse("100.0.0.5");
    try (Netns client = Netns.create("mcc");
        Netns device = Netns.create("mcd")) {
      client.veth("doublezero1", "169.254.0.1/31", device, "dzdev", "169.254.0.0/31");
      client.exec("ip", "addr", "add", "100.0.0.5/32", "dev", "doublezero1");
      device.exec("ip", "route", "add", "100.0.0.5/32", "via", CLIENT.toString());
      try (IpCapture udp = IpCapture.open(device, 17, "dzdev", List.of(G1, G2))) {
        HeartbeatSender sender =
            client.call(
                () ->
                    HeartbeatSender.start(
                        "doublezero1",
                        dzIp,
                        List.of(G1),
                        Duration.ofMillis(300),
                        client.threads()));
        try {
          Packet first = udp.next(3_000);
          assertThat(first).isNotNull();
          assertThat(first.source()).isEqualTo(dzIp);
          assertThat(first.destination()).isEqualTo(G1);
          assertThat(first.ttl()).isEqualTo(32);
          ByteBuffer u = ByteBuffer.wrap(first.payload());
          assertThat(u.getShort(2) & 0xFFFF).isEqualTo(HeartbeatCodec.PORT);
          byte[] payload = Arrays.copyOfRange(first.payload(), 8, first.payload().length);
          assertThat(payload).containsExactly(0x44, 0x5A, 0x00, 0x01);
          assertThat(HeartbeatCodec.decode(payload)).isEqualTo(1);
          sender.updateGroups(List.of(G2));
          Packet toG2 = nextTo(udp, G2);
          assertThat(toG2.ttl()).isEqualTo(32);
        } finally {
          sender.close();
        }
        assertThat(sender.failed()).isZero();
        assertThat(sender.sent()).isGreaterThanOrEqualTo(2);
      }
    }
  }

  private static Packet nextTo(IpCapture capture, Ipv4Address group) {
    long deadline = System.currentTimeMillis() + 3_000;
    while (System.currentTimeMillis() < deadline) {
      Packet p = capture.next(500);
      if (p != null && p.destination().equals(group)) {
        return p;
      }
    }
    throw new AssertionError("no heartbeat to " + group);
  }

  private static PimMessage pimMessage(IpCapture capture) {
    Packet p = capture.next(3_000);
    assertThat(p).as("a PIM message within 3 s").isNotNull();
    assertThat(p.source()).isEqualTo(CLIENT);
    assertThat(p.destination()).isEqualTo(PimSocket.ALL_PIM_ROUTERS);
    assertThat(p.ttl()).isEqualTo(1);
    return PimCodec.decode(p.payload());
  }

  private static JoinPrune joinPrune(int holdtime, boolean join, Ipv4Address... groups) {
    return new JoinPrune(
        DEVICE,
        holdtime,
        Arrays.stream(groups)
            .map(
                g ->
                    join
                        ? GroupEntry.starGJoin(g, PimJoiner.RENDEZVOUS_POINT)
                        : GroupEntry.starGPrune(g, PimJoiner.RENDEZVOUS_POINT))
            .toList());
  }
}
