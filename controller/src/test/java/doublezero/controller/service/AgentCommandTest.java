package doublezero.controller.service;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.controller.launch.ControllerMain;
import doublezero.controller.state.E2eScenarios;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/// `doublezero-controller agent` (§B.2, reference `cmd/controller/main.go::AgentCommand`) against a
/// running controller: it prints one device's config and exits 0; an unknown pubkey or no
/// controller gives one `Error:` line and exit 1.
class AgentCommandTest {
  /// What one run of the launcher printed.
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int exit = ControllerMain.run(args);
      return new Run(
          exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void printsTheConfigWithTheUnknownPeersRemoved() throws Exception {
    E2eScenarios.Scenario s = E2eScenarios.all().get(1);
    assertThat(s.name()).isEqualTo("remove_unknown_peers_successfully");
    String expected = TestControllers.expected(s);
    try (FakeLedger ledger = new FakeLedger();
        ControllerDaemon c = TestControllers.start(ledger, s, 65342, null, null, null)) {
      String port = Integer.toString(c.port());
      Run r =
          run(
              "agent",
              "-device-pubkey",
              E2eScenarios.DEVICE,
              "-controller-addr",
              "127.0.0.1",
              "-controller-port",
              port,
              "-unknown-peers",
              String.join(",", s.peers()));
      assertThat(r.err()).isEmpty();
      assertThat(r.exit()).isZero();
      assertThat(r.out()).isEqualTo(expected).contains("no neighbor 169.254.0.7");

      Run noPeers =
          run(
              "agent",
              "--device-pubkey",
              E2eScenarios.DEVICE,
              "--controller-addr",
              "127.0.0.1",
              "--controller-port",
              port);
      assertThat(noPeers.exit()).isZero();
      assertThat(noPeers.out())
          .as("without -unknown-peers nothing is removed")
          .startsWith("!")
          .doesNotContain("no neighbor 169.254.0.7");
    }
  }

  @Test
  void unknownPubkeyIsOneErrorLine() throws Exception {
    try (FakeLedger ledger = new FakeLedger();
        ControllerDaemon c = TestControllers.start(ledger, 65342)) {
      Run r =
          run(
              "agent",
              "-device-pubkey",
              "nope",
              "-controller-addr",
              "127.0.0.1",
              "-controller-port",
              Integer.toString(c.port()));
      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEqualTo("Error: NOT_FOUND: pubkey nope not found\n");
    }
  }

  @Test
  void noControllerIsOneErrorLine() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    Run r =
        run(
            "agent",
            "-device-pubkey",
            E2eScenarios.DEVICE,
            "-controller-addr",
            "127.0.0.1",
            "-controller-port",
            Integer.toString(closed));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith("Error: UNAVAILABLE: ")
        .endsWith("\n")
        .doesNotContain("Exception");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void withoutAPubkeyItIsAUsageError() {
    Run r = run("agent", "-controller-port", "1");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("-device-pubkey");
  }
}
