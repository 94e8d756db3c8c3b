package doublezero.geoprobe.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.solana.key.Keypair;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/// The two targets' flags as the reference spells them (§E.5, §E.6: one dash, Go durations), our
/// earlier numeric spellings, and the refusals.
class TargetFlagsTest {
  private static final String PK = Keypair.generate().publicKey().toBase58();

  private static TargetSenderMain sender(String... args) {
    TargetSenderMain m = new TargetSenderMain();
    new CommandLine(m).parseArgs(args);
    return m;
  }

  @Test
  void targetSenderTakesTheReferencesFlags() {
    TargetSenderMain m =
        sender(
            "-probe-ip",
            "192.0.2.1",
            "-probe-port",
            "18924",
            "-probe-pk",
            PK,
            "-keypair",
            "k.json",
            "-interval",
            "1m",
            "-count",
            "3",
            "-timeout",
            "500ms",
            "-log-format",
            "text",
            "-verbose");
    assertThat(m.probeIp).isEqualTo("192.0.2.1");
    assertThat(m.probePort).isEqualTo(18924);
    assertThat(m.count).isEqualTo(3);
    assertThat(m.interval()).isEqualTo(Duration.ofMinutes(1));
    assertThat(m.timeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(m.verbose).isTrue();

    TargetSenderMain d = sender("--probe-ip", "192.0.2.1", "--probe-pk", PK, "--keypair", "k");
    assertThat(d.probePort).isEqualTo(8924);
    assertThat(d.count).isZero();
    assertThat(d.interval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(d.timeout()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void targetSenderKeepsOurEarlierSpellingsAndRefusesBadOnes() {
    TargetSenderMain m =
        sender(
            "--probe-ip",
            "192.0.2.1",
            "--probe-pk",
            PK,
            "--keypair",
            "k",
            "--interval-seconds",
            "5",
            "--timeout-ms",
            "300");
    assertThat(m.interval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(m.timeout()).isEqualTo(Duration.ofMillis(300));
    TargetSenderMain both =
        sender(
            "--probe-ip",
            "192.0.2.1",
            "--probe-pk",
            PK,
            "--keypair",
            "k",
            "--timeout",
            "1s",
            "--timeout-ms",
            "300");
    assertThatThrownBy(both::timeout)
        .hasMessageContaining("give --timeout or --timeout-ms, not both");
    TargetSenderMain json =
        sender(
            "--probe-ip", "192.0.2.1", "--probe-pk", PK, "--keypair", "k", "-log-format", "json");
    assertThatThrownBy(json::call).hasMessageContaining("--log-format json is not supported");
    assertThatThrownBy(
            () -> sender("-probe-ip", "x", "-probe-pk", PK, "-keypair", "k", "-interval", "30"))
        .hasMessageContaining("'30' is not a Go duration");
  }

  @Test
  void targetTakesTheReferencesFlags() {
    TargetMain t = new TargetMain();
    new CommandLine(t)
        .parseArgs(
            "-udp-port",
            "18923",
            "-twamp-port",
            "18925",
            "-verify-signatures=false",
            "-rate-limit",
            "0",
            "-log-format",
            "text");
    assertThat(t.udpPort).isEqualTo(18923);
    assertThat(t.twampPort).isEqualTo(18925);
    assertThat(t.verify).isFalse();
    assertThat(t.rateLimit).isZero();

    TargetMain bare = new TargetMain();
    new CommandLine(bare).parseArgs("-verify-signatures");
    assertThat(bare.verify).isTrue();
    assertThat(bare.udpPort).isEqualTo(8923);
    assertThat(bare.twampPort).isEqualTo(8925);
    assertThat(bare.rateLimit).isEqualTo(10);
    assertThat(bare.logFormat.value()).isEqualTo("text");

    TargetMain json = new TargetMain();
    new CommandLine(json).parseArgs("-log-format", "json");
    assertThatThrownBy(json::call).hasMessageContaining("--log-format json is not supported");
  }
}
