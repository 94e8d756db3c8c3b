package doublezero.geoprobe.targets;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.geoprobe.reflector.PairLimiter;
import doublezero.geoprobe.reflector.SignedReflector;
import doublezero.sdk.solana.key.Keypair;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/// The target sender against a real reflector on loopback: a pair answered, a second pair in the
/// same interval refused by the rate limit, an unlisted key and a wrong expected probe key get
/// nothing.
class PairSenderTest {
  @Test
  void pairAnsweredThenRateLimitedAndStrangersIgnored() throws Exception {
    Keypair probeKey = Keypair.generate();
    Keypair target = Keypair.generate();
    try (var reflector =
        new SignedReflector(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            probeKey,
            Keypair.generate().publicKey(),
            Set.of(target.publicKey()),
            Optional::empty,
            new PairLimiter(Duration.ofSeconds(29), Duration.ofSeconds(5)),
            Clock.systemUTC())) {
      InetSocketAddress to =
          new InetSocketAddress(InetAddress.getLoopbackAddress(), reflector.port());
      Duration t = Duration.ofMillis(800);
      PairSender.Pair pair =
          new PairSender(to, probeKey.publicKey(), target, t).send(10).orElseThrow();
      assertThat(pair.second().sinceLastRxNs()).isPositive();
      assertThat(pair.targetRttNs()).isPositive();
      assertThat(new PairSender(to, probeKey.publicKey(), target, t).send(20)).isEmpty();
      assertThat(reflector.dropCount(SignedReflector.Drop.RATE_LIMITED)).isEqualTo(1);
      assertThat(new PairSender(to, probeKey.publicKey(), Keypair.generate(), t).send(1)).isEmpty();
      assertThat(reflector.dropCount(SignedReflector.Drop.UNLISTED)).isEqualTo(1);
      assertThat(reflector.answeredCount()).isEqualTo(2);
    }
  }
}
