package doublezero.geoprobe.reflector;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.offset.OffsetChain;
import doublezero.sdk.geolocation.twamp.SignedProbe;
import doublezero.sdk.geolocation.twamp.SignedReply;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/// The inbound flow over loopback: pairs answered and signed, unlisted keys ignored, the pair rate
/// limit held.
class SignedReflectorTest {
  private final Keypair probeKey = Keypair.generate();
  private final PublicKey account = Keypair.generate().publicKey();
  private final Keypair target = Keypair.generate();
  private final Keypair dzd = Keypair.generate();
  private final LocationOffset dzdOffset =
      LocationOffset.unsigned(
              dzd.publicKey(),
              Keypair.generate().publicKey(),
              77,
              52.0,
              5.0,
              400_000,
              400_000,
              Ipv4Address.parse("127.0.0.1"),
              List.of())
          .signedBy(dzd);

  private static Optional<SignedReply> exchange(
      DatagramSocket s, InetSocketAddress to, SignedProbe probe) throws Exception {
    byte[] out = probe.encode();
    s.send(new DatagramPacket(out, out.length, to));
    byte[] buf = new byte[SignedReply.MAX_BYTES];
    DatagramPacket in = new DatagramPacket(buf, buf.length);
    try {
      s.receive(in);
    } catch (SocketTimeoutException none) {
      return Optional.empty();
    }
    return Optional.of(SignedReply.decode(Arrays.copyOf(buf, in.getLength())));
  }

  @Test
  void onePairPerIntervalIsAnsweredAndUnlistedKeysAreIgnored() throws Exception {
    PairLimiter limiter = new PairLimiter(Duration.ofSeconds(29), Duration.ofSeconds(5));
    try (var reflector =
            new SignedReflector(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                probeKey,
                account,
                Set.of(target.publicKey()),
                () -> Optional.of(dzdOffset),
                limiter,
                Clock.systemUTC());
        var s = new DatagramSocket()) {
      s.setSoTimeout(1500);
      InetSocketAddress to =
          new InetSocketAddress(InetAddress.getLoopbackAddress(), reflector.port());
      SignedReply r0 = exchange(s, to, SignedProbe.sign(1, 10, 0, target)).orElseThrow();
      SignedReply r1 = exchange(s, to, SignedProbe.sign(2, 10, 5, target)).orElseThrow();
      for (SignedReply r : List.of(r0, r1)) {
        assertThat(r.signatureValid()).isTrue();
        assertThat(r.authority()).isEqualTo(probeKey.publicKey());
        assertThat(r.geoprobe()).isEqualTo(account);
        assertThat(OffsetChain.verify(r.offsets().getFirst())).isTrue();
      }
      assertThat(r0.sinceLastRxNs()).isZero();
      assertThat(r0.rttNs()).isEqualTo(400_000L);
      assertThat(r1.sinceLastRxNs()).isPositive();
      assertThat(r1.rttNs()).isEqualTo(400_000L + r1.sinceLastRxNs());
      assertThat(r1.probe().seq()).isEqualTo(2);
      assertThat(exchange(s, to, SignedProbe.sign(3, 11, 0, target))).isEmpty();
      assertThat(reflector.dropCount(SignedReflector.Drop.RATE_LIMITED)).isEqualTo(1);
      Keypair stranger = Keypair.generate();
      assertThat(exchange(s, to, SignedProbe.sign(1, 12, 0, stranger))).isEmpty();
      assertThat(reflector.dropCount(SignedReflector.Drop.UNLISTED)).isEqualTo(1);
      SignedProbe forged = new SignedProbe(9, 1, 1, target.publicKey(), new byte[64]);
      assertThat(exchange(s, to, forged)).isEmpty();
      assertThat(reflector.dropCount(SignedReflector.Drop.BAD_SIGNATURE)).isEqualTo(1);
      assertThat(reflector.answeredCount()).isEqualTo(2);
    }
  }

  @Test
  void limiterResetsAfterTheIntervalAndForgetsHalfPairs() throws Exception {
    PairLimiter l = new PairLimiter(Duration.ofSeconds(29), Duration.ofSeconds(5));
    PublicKey k = target.publicKey();
    InetAddress a = InetAddress.getByName("192.0.2.1");
    InetAddress b = InetAddress.getByName("192.0.2.2");
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    assertThat(l.admit(k, a, t)).isEqualTo(PairLimiter.Admission.FIRST_OF_PAIR);
    assertThat(l.admit(k, b, t)).isEqualTo(PairLimiter.Admission.SOURCE_CHANGED);
    assertThat(l.admit(k, a, t.plusMillis(10))).isEqualTo(PairLimiter.Admission.SECOND_OF_PAIR);
    assertThat(l.admit(k, a, t.plusSeconds(28))).isEqualTo(PairLimiter.Admission.RATE_LIMITED);
    assertThat(l.admit(k, a, t.plusSeconds(29))).isEqualTo(PairLimiter.Admission.FIRST_OF_PAIR);
    assertThat(l.admit(k, a, t.plusSeconds(35))).isEqualTo(PairLimiter.Admission.FIRST_OF_PAIR);
  }
}
