package doublezero.telemetry.probe;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import doublezero.telemetry.journal.Circuit;
import doublezero.telemetry.net.ProbeSockets;
import doublezero.telemetry.peer.Peer;
import doublezero.telemetry.peer.Tunnel;
import doublezero.telemetry.twamp.ProbeOutcome;
import doublezero.telemetry.twamp.TwampReflector;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// A whole tick probed over real loopback sockets, from one thread (production on Linux) and on one
/// pooled thread per probe (the fallback): each peer gets its own outcome (reply, delayed reply,
/// loss, failure) whatever the others do, and the RTTs are the kernel's.
class SenderPoolTest {
  private static final Duration TIMEOUT = Duration.ofMillis(800);

  private static Peer peer(String source, String target, String iface) {
    return new Peer(
        new Circuit(
            Keypair.generate().publicKey(),
            Keypair.generate().publicKey(),
            Keypair.generate().publicKey()),
        Optional.of(new Tunnel(iface, Ipv4Address.parse(source), Ipv4Address.parse(target))));
  }

  /// Echoes each datagram after `delay`.
  private static void delayedEcho(DatagramChannel ch, Duration delay) {
    Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              ByteBuffer buf = ByteBuffer.allocate(2048);
              try {
                while (true) {
                  buf.clear();
                  var from = ch.receive(buf);
                  Thread.sleep(delay);
                  buf.flip();
                  ch.send(buf, from);
                }
              } catch (IOException | InterruptedException e) {
                // closed: the test is over
              }
            });
  }

  @ParameterizedTest(name = "oneThread={0}")
  @ValueSource(booleans = {true, false})
  void everyPeerGetsItsOwnOutcome(boolean oneThread) throws Exception {
    assertThat(ProbeSockets.kernelTimestampsAvailable()).isTrue();
    try (TwampReflector r = TwampReflector.start(new InetSocketAddress("127.0.0.1", 0));
        DatagramChannel silent = DatagramChannel.open();
        DatagramChannel slow = DatagramChannel.open();
        SenderPool pool =
            new SenderPool(r.localAddress().getPort(), TIMEOUT, Duration.ofMinutes(5), 30, true)) {
      int port = r.localAddress().getPort();
      silent.bind(new InetSocketAddress("127.0.0.2", port));
      slow.bind(new InetSocketAddress("127.0.0.3", port));
      delayedEcho(slow, Duration.ofMillis(300));
      List<Peer> peers = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        peers.add(peer("127.0.0.1", "127.0.0.1", "lo"));
      }
      peers.add(peer("127.0.0.1", "127.0.0.2", "lo"));
      peers.add(peer("127.0.0.1", "127.0.0.3", "lo"));
      peers.add(peer("127.0.0.1", "127.0.0.1", "no-such-if0"));
      for (int tick = 0; tick < 3; tick++) {
        long before = Sampler.nowMicros();
        long t0 = System.nanoTime();
        List<Probed> out = pool.probeAll(peers);
        long took = System.nanoTime() - t0;
        assertThat(out).hasSize(peers.size());
        for (int i = 0; i < 20; i++) {
          assertThat(out.get(i).outcome()).isInstanceOf(ProbeOutcome.Reply.class);
          ProbeOutcome.Reply reply = (ProbeOutcome.Reply) out.get(i).outcome();
          assertThat(reply.kernelTimestamp()).isTrue();
          assertThat(reply.nanos()).isBetween(1L, 100_000_000L);
          assertThat(out.get(i).timestampMicros()).isBetween(before, Sampler.nowMicros());
        }
        assertThat(out.get(20).outcome()).isInstanceOf(ProbeOutcome.Lost.class);
        ProbeOutcome.Reply delayed = (ProbeOutcome.Reply) out.get(21).outcome();
        assertThat(delayed.nanos()).isBetween(300_000_000L, TIMEOUT.toNanos());
        assertThat(out.get(22).outcome())
            .isInstanceOfSatisfying(
                ProbeOutcome.Failed.class, f -> assertThat(f.reason()).contains("no-such-if0"));
        assertThat(took)
            .as("one shared deadline")
            .isBetween(TIMEOUT.toNanos(), 2 * TIMEOUT.toNanos());
      }
    }
  }
}
