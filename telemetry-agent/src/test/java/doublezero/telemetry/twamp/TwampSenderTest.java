package doublezero.telemetry.twamp;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.twamp.TwampPacket;
import doublezero.telemetry.net.ProbeSocket;
import doublezero.telemetry.net.ReceivedDatagram;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TwampSenderTest {
  private static final InetSocketAddress REFLECTOR = new InetSocketAddress("172.16.0.1", 862);
  private static final InetSocketAddress STRANGER = new InetSocketAddress("172.16.0.9", 862);
  private static final Duration TIMEOUT = Duration.ofMillis(200);

  /// A socket whose replies are produced, per sent packet, by a script.
  static final class ScriptedSocket implements ProbeSocket {
    final List<byte[]> sent = new ArrayList<>();
    final Deque<ReceivedDatagram> inbox = new ArrayDeque<>();
    Function<byte[], List<ReceivedDatagram>> script = p -> List.of();
    boolean kernel = true;

    @Override
    public void send(byte[] data) {
      sent.add(data.clone());
      inbox.addAll(script.apply(data));
    }

    @Override
    public ReceivedDatagram receive(Duration timeout) {
      return inbox.poll();
    }

    @Override
    public InetSocketAddress localAddress() {
      return new InetSocketAddress("172.16.0.0", 40000);
    }

    @Override
    public InetSocketAddress remoteAddress() {
      return REFLECTOR;
    }

    @Override
    public boolean kernelTimestamps() {
      return kernel;
    }

    @Override
    public void close() {}
  }

  private static long nowNanos() {
    Instant i = Instant.now();
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }

  private static ReceivedDatagram from(InetSocketAddress src, byte[] data, long kernelDelayNanos) {
    long now = nowNanos();
    return new ReceivedDatagram(data, src, now + kernelDelayNanos, now + kernelDelayNanos + 5_000);
  }

  @Test
  void acceptsTheEchoOfTheProbeJustSent() {
    ScriptedSocket s = new ScriptedSocket();
    s.script = p -> List.of(from(REFLECTOR, p, 2_000_000));
    try (TwampSender sender = new TwampSender(s)) {
      ProbeOutcome o = sender.probe(TIMEOUT);
      assertThat(o).isInstanceOf(ProbeOutcome.Reply.class);
      assertThat(((ProbeOutcome.Reply) o).nanos()).isBetween(1_900_000L, 50_000_000L);
      assertThat(((ProbeOutcome.Reply) o).kernelTimestamp()).isTrue();
      assertThat(TwampPacket.decode(s.sent.getFirst()).sequence()).isEqualTo(1);
    }
  }

  @Test
  void skipsStaleDuplicatedForeignAndMalformedReplies() throws IOException {
    ScriptedSocket s = new ScriptedSocket();
    List<byte[]> history = new ArrayList<>();
    s.script =
        p -> {
          List<ReceivedDatagram> out = new ArrayList<>();
          if (!history.isEmpty()) {
            out.add(
                from(REFLECTOR, history.getLast(), 0)); // stale: the previous probe's reply, late
          }
          out.add(from(STRANGER, p, 0)); // foreign: right bytes, wrong source
          byte[] padded = p.clone();
          padded[20] = 1;
          out.add(from(REFLECTOR, padded, 0)); // malformed
          history.add(p);
          return out;
        };
    try (TwampSender sender = new TwampSender(s)) {
      assertThat(sender.probe(TIMEOUT)).isInstanceOf(ProbeOutcome.Lost.class);
      assertThat(sender.skipped()).isEqualTo(2);
      assertThat(sender.probe(TIMEOUT)).isInstanceOf(ProbeOutcome.Lost.class);
      assertThat(sender.skipped()).isEqualTo(5);
    }
  }

  @Test
  void aDuplicatedReplyCountsOnce() {
    ScriptedSocket s = new ScriptedSocket();
    // the reflector is "replayed": each probe sees its own reply twice, then a replay of probe 1's
    // reply
    List<byte[]> first = new ArrayList<>();
    s.script =
        p -> {
          if (first.isEmpty()) {
            first.add(p);
            return List.of(from(REFLECTOR, p, 1_000), from(REFLECTOR, p, 1_000));
          }
          return List.of(from(REFLECTOR, first.getFirst(), 1_000));
        };
    try (TwampSender sender = new TwampSender(s)) {
      assertThat(sender.probe(TIMEOUT)).isInstanceOf(ProbeOutcome.Reply.class);
      // the second copy of reply 1 and the replay are both skipped: probe 2 is lost
      assertThat(sender.probe(TIMEOUT)).isInstanceOf(ProbeOutcome.Lost.class);
      assertThat(sender.skipped()).isEqualTo(2);
    }
  }

  @Test
  void aKernelSocketWithoutTimestampIsAFailureAndUserspaceSocketsUseTheirOwnTime() {
    ScriptedSocket s = new ScriptedSocket();
    s.script =
        p ->
            List.of(
                new ReceivedDatagram(
                    p, REFLECTOR, ReceivedDatagram.NO_KERNEL_TIMESTAMP, nowNanos() + 3_000_000));
    try (TwampSender sender = new TwampSender(s)) {
      assertThat(sender.probe(TIMEOUT)).isInstanceOf(ProbeOutcome.Failed.class);
      s.kernel = false;
      ProbeOutcome o = sender.probe(TIMEOUT);
      assertThat(o).isInstanceOf(ProbeOutcome.Reply.class);
      assertThat(((ProbeOutcome.Reply) o).kernelTimestamp()).isFalse();
    }
  }

  @Test
  void sequenceNumbersCountUpFromOne() {
    ScriptedSocket s = new ScriptedSocket();
    try (TwampSender sender = new TwampSender(s)) {
      for (int i = 0; i < 3; i++) {
        sender.probe(Duration.ZERO);
      }
    }
    assertThat(s.sent)
        .extracting(b -> TwampPacket.decode(b).sequence())
        .containsExactly(1L, 2L, 3L);
  }
}
