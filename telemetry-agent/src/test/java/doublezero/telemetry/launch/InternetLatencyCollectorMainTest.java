package doublezero.telemetry.launch;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.environment.Environment;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.telemetry.internet.collector.CollectorConfig;
import doublezero.telemetry.internet.collector.ProviderSchedule;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class InternetLatencyCollectorMainTest {
  @TempDir Path dir;

  private InternetLatencyCollectorMain.Run parse(String... args) {
    CommandLine cmd = InternetLatencyCollectorMain.commandLine();
    CommandLine.ParseResult r = cmd.parseArgs(args);
    return (InternetLatencyCollectorMain.Run) r.subcommand().commandSpec().userObject();
  }

  @Test
  void flagsOfTheReferenceAndOursReachTheConfig() throws Exception {
    Path key = dir.resolve("k.json");
    KeypairFile.write(key, Keypair.generate());
    InternetLatencyCollectorMain.Run run =
        parse(
            "--env",
            "local",
            "run",
            "--keypair",
            key.toString(),
            "--state-dir",
            dir.toString(),
            "--dry-run",
            "--ledger-submission-interval",
            "30s",
            "--metrics-addr",
            "127.0.0.1:9999",
            "--ripeatlas-sampling-interval",
            "5m",
            "--wheresitup-sampling-interval",
            "3m");
    CollectorConfig c = run.config(Map.of("DZ_LEDGER_RPC_URL", "http://127.0.0.1:1"));
    assertThat(c.rpcUrl()).isEqualTo("http://127.0.0.1:1");
    assertThat(c.telemetryProgramId()).isEqualTo(Environment.LOCAL.telemetryProgramId());
    assertThat(c.dryRun()).isTrue();
    assertThat(c.submissionInterval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(c.metricsAddress().getPort()).isEqualTo(9999);
    List<ProviderSchedule> s = run.schedules(Map.of(), dir);
    assertThat(s).extracting(x -> x.provider().name()).containsExactly("ripeatlas", "wheresitup");
    assertThat(s.get(0).provider().samplingIntervalMicros()).isEqualTo(300_000_000L);
    assertThat(s.get(0).planInterval()).isEqualTo(Duration.ofHours(1));
    assertThat(s.get(1).provider().samplingIntervalMicros()).isEqualTo(180_000_000L);
    assertThat(s.get(1).collectInterval()).isEqualTo(Duration.ofMinutes(3));
  }

  @Test
  void aMissingKeypairIsOneErrorLineAndExitCode1() {
    CommandLine cmd = InternetLatencyCollectorMain.commandLine();
    PrintStream old = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThat(cmd.execute("--env", "local", "run", "--state-dir", dir.toString())).isEqualTo(1);
    } finally {
      System.setErr(old);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .isEqualTo("Error: --keypair is required\n");
  }
}
