package doublezero.sdk.geolocation.offset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Java-signed chains checked by `verify_chain.py` (Python `cryptography`); skipped when python3 or
/// the package is missing.
class IndependentVerifierTest {
  @TempDir Path dir;

  private record Run(int exit, String out) {}

  private Run python(byte[] offset) throws IOException, InterruptedException {
    Path script = dir.resolve("verify_chain.py");
    try (var in = getClass().getResourceAsStream("/geolocation/verify_chain.py")) {
      Files.write(script, in.readAllBytes());
    }
    Process p;
    try {
      p = new ProcessBuilder("python3", script.toString()).redirectErrorStream(true).start();
    } catch (IOException noPython) {
      assumeTrue(false, "python3 not installed");
      throw noPython;
    }
    p.getOutputStream().write(HexFormat.of().formatHex(offset).getBytes(StandardCharsets.US_ASCII));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assumeTrue(!out.contains("ModuleNotFoundError"), "python cryptography not installed");
    return new Run(p.exitValue(), out);
  }

  @Test
  void pythonAcceptsEveryLevelOfAJavaSignedFiveReferenceChainAndRejectsATamperedOne()
      throws Exception {
    List<LocationOffset> refs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Keypair dzd = Keypair.generate();
      refs.add(
          LocationOffset.unsigned(
                  dzd.publicKey(),
                  GeoVectors.DEVICE,
                  100 + i,
                  40.0 + i,
                  -3.0,
                  1000 * i,
                  1000 * i,
                  Ipv4Address.parse("192.0.2.9"),
                  List.of())
              .signedBy(dzd));
    }
    LocationOffset mid =
        LocationOffset.unsigned(
                GeoVectors.PROBE.publicKey(),
                GeoVectors.GEOPROBE,
                9,
                1,
                2,
                3,
                4,
                Ipv4Address.parse("192.0.2.8"),
                List.of(GeoVectors.dzdOffset()))
            .signedBy(GeoVectors.PROBE);
    refs.add(mid);
    LocationOffset top =
        LocationOffset.unsigned(
                GeoVectors.PROBE.publicKey(),
                GeoVectors.GEOPROBE,
                10,
                1,
                2,
                3,
                4,
                Ipv4Address.parse("192.0.2.7"),
                refs)
            .signedBy(GeoVectors.PROBE);
    assertThat(top.totalReferences()).isEqualTo(5);
    assertThat(OffsetChain.verify(LocationOffset.decode(top.encode()))).isTrue();
    Run ok = python(top.encode());
    assertThat(ok.exit()).as(ok.out()).isZero();
    assertThat(ok.out().lines().filter(l -> l.startsWith("ok")).count()).isEqualTo(6);
    byte[] bad = top.encode();
    bad[bad.length - 2] ^= 1;
    Run refused = python(bad);
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.out()).contains("bad 2");
  }
}
