package doublezero.geoprobe.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.geoprobe.agent.GeoprobeAgentConfig;
import doublezero.sdk.geolocation.address.ProbeAddress;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/// The agent's flags as the reference spells them (§E.4: one dash, Go durations), our earlier
/// numeric spellings, the defaults, and the refusals.
class GeoprobeAgentFlagsTest {
  @TempDir Path dir;
  private Path keyFile;
  private final PublicKey account = Keypair.generate().publicKey();
  private final PublicKey device = Keypair.generate().publicKey();
  private final PublicKey publisher = Keypair.generate().publicKey();
  private final PublicKey target = Keypair.generate().publicKey();

  @BeforeEach
  void key() {
    keyFile = dir.resolve("probe.json");
    KeypairFile.write(keyFile, Keypair.generate());
  }

  private GeoprobeAgentConfig parse(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "-ledger-rpc-url",
                "http://127.0.0.1:8899",
                "-keypair",
                keyFile.toString(),
                "-geoprobe-pubkey",
                account.toBase58(),
                "-additional-parent",
                device.toBase58() + "," + publisher.toBase58()));
    args.addAll(List.of(extra));
    GeoprobeAgentMain main = new GeoprobeAgentMain();
    new CommandLine(main).parseArgs(args.toArray(String[]::new));
    return main.config();
  }

  @Test
  void referenceSpellingsWithOneDashAndGoDurations() {
    GeoprobeAgentConfig c =
        parse(
            "-additional-targets",
            "192.0.2.5,192.0.2.6:9000:9001",
            "-allowed-pubkeys",
            target.toBase58(),
            "-udp-listen-port",
            "18923",
            "-twamp-listen-port",
            "18925",
            "-signed-twamp-port",
            "18924",
            "-probe-interval",
            "1m30s",
            "-twamp-sender-timeout",
            "250ms",
            "-max-offset-age",
            "2h",
            "-verify-interval",
            "15s",
            "-verbose");
    assertThat(c.rpcUrl()).isEqualTo("http://127.0.0.1:8899");
    assertThat(c.geoprobe()).isEqualTo(account);
    assertThat(c.cliParents()).containsEntry(device, publisher).hasSize(1);
    assertThat(c.targets())
        .containsExactly(
            new ProbeAddress(Ipv4Address.parse("192.0.2.5"), 8923, 8925),
            new ProbeAddress(Ipv4Address.parse("192.0.2.6"), 9000, 9001));
    assertThat(c.allowed()).containsExactly(target);
    assertThat(c.offsetPort()).isEqualTo(18923);
    assertThat(c.twampPort()).isEqualTo(18925);
    assertThat(c.signedTwampPort()).isEqualTo(18924);
    assertThat(c.probeInterval()).isEqualTo(Duration.ofSeconds(90));
    assertThat(c.senderTimeout()).isEqualTo(Duration.ofMillis(250));
    assertThat(c.maxOffsetAge()).isEqualTo(Duration.ofHours(2));
    assertThat(c.verifyInterval()).isEqualTo(Duration.ofSeconds(15));
    assertThat(c.geolocationProgramId()).isNull();
  }

  @Test
  void defaultsAreTheReferences() {
    GeoprobeAgentConfig c = parse();
    assertThat(c.offsetPort()).isEqualTo(8923);
    assertThat(c.twampPort()).isEqualTo(8925);
    assertThat(c.signedTwampPort()).isEqualTo(8924);
    assertThat(c.probeInterval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(c.senderTimeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(c.maxOffsetAge()).isEqualTo(Duration.ofHours(1));
    assertThat(c.verifyInterval()).isEqualTo(Duration.ofSeconds(29));
    assertThat(c.discoveryInterval()).isEqualTo(Duration.ofSeconds(60));
    assertThat(c.maxSlotAge()).isEqualTo(9000);
    assertThat(c.targets()).isEmpty();
  }

  @Test
  void ourEarlierNumericSpellingsStillWork() {
    GeoprobeAgentConfig c =
        parse(
            "--probe-interval-seconds",
            "120",
            "--twamp-sender-timeout-ms",
            "300",
            "--max-offset-age-seconds",
            "600",
            "--verify-interval-seconds",
            "10",
            "--discovery-interval-seconds",
            "5",
            "--max-slot-age",
            "750");
    assertThat(c.probeInterval()).isEqualTo(Duration.ofMinutes(2));
    assertThat(c.senderTimeout()).isEqualTo(Duration.ofMillis(300));
    assertThat(c.maxOffsetAge()).isEqualTo(Duration.ofMinutes(10));
    assertThat(c.verifyInterval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(c.discoveryInterval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(c.maxSlotAge()).isEqualTo(750);
  }

  @Test
  void badValuesAreRefusedWithTheFlagNamed() {
    assertThatThrownBy(() -> parse("-probe-interval", "5"))
        .hasMessageContaining("'5' is not a Go duration");
    assertThatThrownBy(() -> parse("-probe-interval", "5m", "--probe-interval-seconds", "60"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("give --probe-interval or --probe-interval-seconds, not both");
    assertThatThrownBy(() -> parse("-probe-interval", "0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--probe-interval must be positive");
  }

  @Test
  void helpAndVersionTakeOneDashToo() {
    for (String flag : List.of("-version", "--version", "-V")) {
      StringWriter out = new StringWriter();
      CommandLine cmd = new CommandLine(new GeoprobeAgentMain());
      cmd.setOut(new PrintWriter(out));
      assertThat(cmd.execute(flag)).isZero();
      assertThat(out.toString()).contains("doublezero-geoprobe-agent 0.1.0");
    }
    StringWriter help = new StringWriter();
    CommandLine cmd = new CommandLine(new GeoprobeAgentMain());
    cmd.setOut(new PrintWriter(help));
    assertThat(cmd.execute("-help")).isZero();
    assertThat(help.toString())
        .contains("-probe-interval", "-twamp-sender-timeout", "-max-offset-age")
        .doesNotContain("--probe-interval-seconds");
  }
}
