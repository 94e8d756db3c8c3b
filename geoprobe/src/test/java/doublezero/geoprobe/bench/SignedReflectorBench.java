package doublezero.geoprobe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import doublezero.geoprobe.reflector.PairLimiter;
import doublezero.geoprobe.reflector.SignedReflector;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.twamp.SignedProbe;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.LoggerFactory;

/// Benchmark for docs/benchmarks.md, run only with `-Dgeoprobe.bench=true`: replies per second of
/// the signed-TWAMP reflector on loopback, each reply embedding one 174-byte DZD offset and signed
/// with Ed25519. The pair limit is set to a zero interval so one allowlisted key may send back to
/// back; the reflector's per-probe log line is turned off (WARN); a window of 64 outstanding probes
/// keeps the reflector busy without overrunning its socket buffer.
class SignedReflectorBench {
  private static final int WINDOW = 64;

  @Test
  @EnabledIfSystemProperty(named = "geoprobe.bench", matches = "true")
  void repliesPerSecond() throws Exception {
    // one INFO line per answered probe is the daemon's contract; here it would measure the console
    ((Logger) LoggerFactory.getLogger(SignedReflector.class)).setLevel(Level.WARN);
    Keypair probeKey = Keypair.generate();
    Keypair dzd = Keypair.generate();
    Keypair target = Keypair.generate();
    LocationOffset offset =
        LocationOffset.unsigned(
                dzd.publicKey(),
                dzd.publicKey(),
                1,
                34.05,
                -118.24,
                500_000,
                500_000,
                Ipv4Address.parse("127.0.0.1"),
                List.of())
            .signedBy(dzd);
    byte[][] probes = new byte[4096][];
    for (int i = 0; i < probes.length; i++) {
      probes[i] = SignedProbe.sign(i, 0, 0, target).encode();
    }
    InetAddress lo = InetAddress.getLoopbackAddress();
    try (SignedReflector r =
            new SignedReflector(
                new InetSocketAddress(lo, 0),
                probeKey,
                Keypair.generate().publicKey(),
                Set.of(target.publicKey()),
                () -> Optional.of(offset),
                new PairLimiter(Duration.ZERO, Duration.ofSeconds(5)),
                Clock.systemUTC());
        DatagramSocket ch = new DatagramSocket(new InetSocketAddress(lo, 0))) {
      ch.connect(new InetSocketAddress(lo, r.port()));
      ch.setSoTimeout(200);
      run(ch, probes, Duration.ofSeconds(3));
      long before = r.answeredCount();
      long t0 = System.nanoTime();
      long received = run(ch, probes, Duration.ofSeconds(10));
      double seconds = (System.nanoTime() - t0) / 1e9;
      long answered = r.answeredCount() - before;
      System.out.printf(
          "signed reflector: %d replies in %.2f s = %.0f replies/s (received %d)%n",
          answered, seconds, answered / seconds, received);
      assertThat(received).isPositive();
    }
  }

  /// Keeps [#WINDOW] probes outstanding for `length`; returns the replies received.
  private static long run(DatagramSocket ch, byte[][] probes, Duration length) throws Exception {
    DatagramPacket in = new DatagramPacket(new byte[2048], 2048);
    long end = System.nanoTime() + length.toNanos();
    long sent = 0;
    long outstanding = 0;
    long received = 0;
    while (System.nanoTime() < end) {
      while (outstanding < WINDOW) {
        byte[] p = probes[(int) (sent % probes.length)];
        ch.send(new DatagramPacket(p, p.length));
        sent++;
        outstanding++;
      }
      try {
        ch.receive(in);
        received++;
        outstanding--;
      } catch (SocketTimeoutException e) {
        outstanding = 0; // replies lost: refill the window
      }
    }
    return received;
  }
}
