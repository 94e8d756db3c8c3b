package doublezero.agent.launch;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.agent.eos.CliSessionDiff;
import doublezero.agent.eos.EapiClient;
import doublezero.agent.eos.EapiSessionDiff;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/// The agent launcher's flags (reference `controlplane/agent/cmd/agent/main.go`, §C.2): the
/// reference's defaults, its single-dash spellings (also `-flag=value`, as Go's `flag` accepts) and
/// the double-dash ones, and bad values as one `Error:` line with a non-zero exit before anything
/// starts.
class AgentMainTest {
  static AgentMain parse(String... args) {
    AgentMain m = new AgentMain();
    new CommandLine(m).parseArgs(args);
    return m;
  }

  @Test
  void defaultsAreTheReferenceValues() {
    AgentMain m = parse();
    assertThat(m.pubkey).isEqualTo("frtyt4WKYudUpqTsvJzwN6Bd4btYxrkaYNhBNAaUVGWn");
    assertThat(m.controller).isEqualTo("18.116.166.35:7000");
    assertThat(m.device).isEqualTo("127.0.0.1:9543");
    assertThat(m.sleepSeconds).isEqualTo(5.0);
    assertThat(m.controllerTimeoutSeconds).isEqualTo(30.0);
    assertThat(m.maxLockAgeSeconds).isEqualTo(3600);
    assertThat(m.verbose).isFalse();
    assertThat(m.metricsEnable).isFalse();
    assertThat(m.metricsAddr).isEqualTo(":8080");
    assertThat(AgentMain.address(m.metricsAddr)).isEqualTo(new InetSocketAddress("0.0.0.0", 8080));
    // beyond the reference
    assertThat(m.recheckSeconds).isEqualTo(60);
    assertThat(m.dryRun).isFalse();
    assertThat(m.diffSource).isEqualTo("cli");
    try (EapiClient eapi = new EapiClient("127.0.0.1:1", Duration.ofSeconds(1))) {
      assertThat(m.sessionDiff(eapi))
          .as("the reference's /usr/bin/Cli")
          .isInstanceOf(CliSessionDiff.class);
      m.validate();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", "--"})
  void everyFlagInBothSpellings(String dash) {
    AgentMain m =
        parse(
            dash + "pubkey",
            "DevicePubkey111",
            dash + "controller",
            "10.0.0.1:7000",
            dash + "device",
            "127.0.0.1:50051",
            dash + "sleep-interval-in-seconds",
            "0.5",
            dash + "controller-timeout-in-seconds",
            "2.5",
            dash + "max-lock-age-in-seconds",
            "120",
            dash + "config-cache-timeout-in-seconds",
            "0",
            dash + "verbose",
            dash + "metrics-enable",
            dash + "metrics-addr",
            "127.0.0.1:9100",
            dash + "dry-run",
            dash + "diff-source",
            "eapi");
    assertThat(m.pubkey).isEqualTo("DevicePubkey111");
    assertThat(m.controller).isEqualTo("10.0.0.1:7000");
    assertThat(m.device).isEqualTo("127.0.0.1:50051");
    assertThat(m.sleepSeconds).isEqualTo(0.5);
    assertThat(m.controllerTimeoutSeconds).isEqualTo(2.5);
    assertThat(m.maxLockAgeSeconds).isEqualTo(120);
    assertThat(m.recheckSeconds).isZero();
    assertThat(m.verbose).isTrue();
    assertThat(m.metricsEnable).isTrue();
    assertThat(AgentMain.address(m.metricsAddr))
        .isEqualTo(new InetSocketAddress("127.0.0.1", 9100));
    assertThat(m.dryRun).isTrue();
    try (EapiClient eapi = new EapiClient("127.0.0.1:1", Duration.ofSeconds(1))) {
      assertThat(m.sessionDiff(eapi)).isInstanceOf(EapiSessionDiff.class);
    }
    m.validate();
  }

  @Test
  void goStyleEqualsValues() {
    AgentMain m = parse("-controller=10.0.0.2:7000", "-sleep-interval-in-seconds=1");
    assertThat(m.controller).isEqualTo("10.0.0.2:7000");
    assertThat(m.sleepSeconds).isEqualTo(1.0);
  }

  static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return AgentMain.run(args);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void badValuesAreOneErrorLineAndNothingStarts() {
    String[][] cases = {
      {"-sleep-interval-in-seconds", "0"},
      {"-controller-timeout-in-seconds", "-1"},
      {"-max-lock-age-in-seconds", "-5"},
      {"-diff-source", "ssh"},
      {"-pubkey", " "},
    };
    String[] messages = {
      "Error: -sleep-interval-in-seconds must be positive, got 0.0\n",
      "Error: -controller-timeout-in-seconds must be positive\n",
      "Error: -max-lock-age-in-seconds and -config-cache-timeout-in-seconds must be >= 0\n",
      "Error: -diff-source must be cli or eapi, got ssh\n",
      "Error: -pubkey is empty\n",
    };
    for (int i = 0; i < cases.length; i++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      assertThat(run(out, err, cases[i])).as(String.join(" ", cases[i])).isEqualTo(1);
      assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(messages[i]);
      assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
  }

  @Test
  void usageErrorsExitTwoAndVersionExitsZero() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(out, err, "-sleep-interval-in-seconds", "soon")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("soon").doesNotContain("Exception:");
    err.reset();
    assertThat(run(out, err, "-no-such-flag")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("-no-such-flag");
    out.reset();
    assertThat(run(out, err, "-version")).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("version: 0.1.0, commit: none, date: unknown\n");
  }
}
