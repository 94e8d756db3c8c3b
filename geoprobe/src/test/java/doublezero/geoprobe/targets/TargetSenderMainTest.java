package doublezero.geoprobe.targets;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.geoprobe.reflector.PairLimiter;
import doublezero.geoprobe.reflector.SignedReflector;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/// `doublezero-geoprobe-target-sender`'s main run once against a signed reflector on loopback (the
/// inbound flow): the first pair is answered and printed with the probe's DZD offset, the second,
/// inside the reflector's verify interval, is held by the pair limit and printed as failed.
class TargetSenderMainTest {
  @TempDir Path dir;

  @Test
  void answeredPairThenRateLimitedPairPrinted() throws Exception {
    Keypair probeKey = Keypair.generate();
    Keypair target = Keypair.generate();
    Keypair dzdKey = Keypair.generate();
    LocationOffset dzd =
        LocationOffset.unsigned(
                dzdKey.publicKey(),
                Keypair.generate().publicKey(),
                77,
                40.7,
                -74.0,
                900_000,
                900_000,
                Ipv4Address.parse("45.33.10.7"),
                List.of())
            .signedBy(dzdKey);
    Path keyFile = dir.resolve("target.json");
    KeypairFile.write(keyFile, target);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    int exit;
    try (var reflector =
        new SignedReflector(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            probeKey,
            Keypair.generate().publicKey(),
            Set.of(target.publicKey()),
            () -> Optional.of(dzd),
            new PairLimiter(Duration.ofSeconds(29), Duration.ofSeconds(5)),
            Clock.systemUTC())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      exit =
          new CommandLine(new TargetSenderMain())
              .execute(
                  "-probe-ip",
                  "127.0.0.1",
                  "-probe-port",
                  String.valueOf(reflector.port()),
                  "-probe-pk",
                  probeKey.publicKey().toBase58(),
                  "-keypair",
                  keyFile.toString(),
                  "-count",
                  "2",
                  "-interval",
                  "10ms",
                  "-timeout",
                  "800ms",
                  "-verbose");
      assertThat(reflector.answeredCount()).isEqualTo(2);
      assertThat(reflector.dropCount(SignedReflector.Drop.RATE_LIMITED)).isPositive();
    } finally {
      System.setOut(saved);
    }
    assertThat(exit).isZero();
    // the reflector's log lines share standard output here; keep the sender's own lines
    List<String> lines =
        out.toString(StandardCharsets.UTF_8)
            .lines()
            .filter(l -> l.startsWith("sending ") || l.startsWith("pair="))
            .toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("sending probe=127.0.0.1:").contains("count=2");
    assertThat(lines.get(1))
        .startsWith("pair=ok probe_rtt_ns=")
        .contains(" offsets=1 lat=40.7 lng=-74.0");
    assertThat(lines.get(2)).isEqualTo("pair=failed seq=2");
  }
}
