package doublezero.telemetry.twamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import doublezero.sdk.twamp.TwampPacket;
import doublezero.telemetry.net.ChannelProbeSocket;
import doublezero.telemetry.net.KernelTimestampSocket;
import doublezero.telemetry.net.ProbeSockets;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/// The reflector and both socket kinds over 127.0.0.1.
class LoopbackTwampTest {
  private static final InetSocketAddress ANY_LOCAL = new InetSocketAddress("127.0.0.1", 0);

  @Test
  void kernelTimestampedProbesGetAnRttFromTheReflector() throws IOException {
    assertThat(ProbeSockets.kernelTimestampsAvailable()).isTrue();
    try (TwampReflector r = TwampReflector.start(ANY_LOCAL);
        TwampSender s =
            new TwampSender(KernelTimestampSocket.open(ANY_LOCAL, r.localAddress(), null))) {
      for (int i = 0; i < 20; i++) {
        ProbeOutcome o = s.probe(Duration.ofSeconds(1));
        assertThat(o).isInstanceOf(ProbeOutcome.Reply.class);
        ProbeOutcome.Reply reply = (ProbeOutcome.Reply) o;
        assertThat(reply.kernelTimestamp()).isTrue();
        assertThat(reply.nanos()).isBetween(0L, 200_000_000L);
      }
      // the reflector counts a reply after sending it: the sender may see it first
      await()
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(() -> assertThat(r.reflected()).isEqualTo(20));
    }
  }

  @Test
  void theChannelFallbackMeasuresToo() throws IOException {
    try (TwampReflector r = TwampReflector.start(ANY_LOCAL);
        TwampSender s = new TwampSender(ChannelProbeSocket.open(ANY_LOCAL, r.localAddress()))) {
      ProbeOutcome o = s.probe(Duration.ofSeconds(1));
      assertThat(o).isInstanceOf(ProbeOutcome.Reply.class);
      assertThat(((ProbeOutcome.Reply) o).kernelTimestamp()).isFalse();
    }
  }

  @Test
  void aProbeToASilentPortIsLost() throws IOException {
    try (DatagramChannel silent = DatagramChannel.open().bind(ANY_LOCAL);
        TwampSender s =
            new TwampSender(
                KernelTimestampSocket.open(
                    ANY_LOCAL, (InetSocketAddress) silent.getLocalAddress(), null))) {
      assertThat(s.probe(Duration.ofMillis(100))).isInstanceOf(ProbeOutcome.Lost.class);
    }
  }

  @Test
  void reflectorEchoesOnlyValidPackets() throws IOException {
    try (TwampReflector r = TwampReflector.start(ANY_LOCAL);
        DatagramChannel c = DatagramChannel.open()) {
      c.bind(ANY_LOCAL);
      c.socket().setSoTimeout(300);
      byte[] good = TwampPacket.of(5, Instant.now()).encode();
      byte[] padded = good.clone();
      padded[47] = 1;
      for (byte[] bad : new byte[][] {new byte[47], new byte[49], padded, new byte[0]}) {
        c.send(ByteBuffer.wrap(bad), r.localAddress());
      }
      c.send(ByteBuffer.wrap(good), r.localAddress());
      ByteBuffer in = ByteBuffer.allocate(100);
      c.configureBlocking(true);
      c.receive(in);
      in.flip();
      byte[] echoed = new byte[in.remaining()];
      in.get(echoed);
      assertThat(echoed).isEqualTo(good);
      await()
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(
              () -> {
                assertThat(r.refused()).isEqualTo(4);
                assertThat(r.reflected()).isEqualTo(1);
              });
    }
  }

  @Test
  void bindingToAMissingInterfaceNamesTheCallAndErrno() {
    assertThatThrownBy(
            () ->
                KernelTimestampSocket.open(
                    ANY_LOCAL, new InetSocketAddress("127.0.0.1", 9), "nope0"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("SO_BINDTODEVICE, nope0")
        .hasMessageContaining("errno 19");
  }
}
