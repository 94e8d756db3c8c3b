package doublezero.geoprobe.twamp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/// The plain reflector echoes TWAMP-light packets and drops anything else; the pinger measures it,
/// and reports nothing for a port where no one answers.
class TwampPingerTest {
  private final InetAddress lo = InetAddress.getLoopbackAddress();

  @Test
  void measuresThroughTheReflectorWhichDropsGarbage() throws Exception {
    try (PlainReflector r = PlainReflector.start(new InetSocketAddress(lo, 0));
        DatagramSocket s = new DatagramSocket()) {
      OptionalLong rtt =
          TwampPinger.measure(new InetSocketAddress(lo, r.port()), Duration.ofSeconds(1));
      assertThat(rtt).isPresent();
      assertThat(rtt.getAsLong()).isPositive().isLessThan(Duration.ofSeconds(1).toNanos());
      // the reflector counts a reply after sending it: the pinger may see it first
      long counted = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (r.reflectedCount() < 2 && System.nanoTime() < counted) {
        Thread.sleep(10);
      }
      assertThat(r.reflectedCount()).isEqualTo(2);
      byte[] bad = new byte[48];
      bad[47] = 1;
      s.send(new DatagramPacket(bad, bad.length, lo, r.port()));
      s.send(new DatagramPacket(new byte[10], 10, lo, r.port()));
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (r.droppedCount() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(r.droppedCount()).isEqualTo(2);
      assertThat(r.reflectedCount()).isEqualTo(2);
    }
  }

  @Test
  void silentTargetGivesNothing() throws Exception {
    try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(lo, 0))) {
      assertThat(
              TwampPinger.measure(
                  new InetSocketAddress(lo, silent.getLocalPort()), Duration.ofMillis(200)))
          .isEmpty();
    }
  }
}
