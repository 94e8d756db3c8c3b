package doublezero.controller.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/// Flag handling of `doublezero-controller start` (§B.2): user mistakes give one `Error:` line and
/// exit 1, usage errors exit 2, nothing starts.
class ControllerMainTest {
  static int run(ByteArrayOutputStream err, String... args) {
    PrintStream old = System.err;
    System.setErr(new PrintStream(err, true));
    try {
      return ControllerMain.run(args);
    } finally {
      System.setErr(old);
    }
  }

  @Test
  void missingFlagsWithoutEnv() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(err, "start", "-program-id", "7CTniUa88iJKUHTrCkB4TjAoG6TD7AMivhQeuqN2LPtX"))
        .isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "Error: -program-id, -solana-rpc-endpoint and a non-zero -device-local-asn"
                + " are required without -env\n");
  }

  @Test
  void badValues() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(err, "start", "-env", "moon")).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("Error: -env: Invalid environment moon")
        .doesNotContain("Exception");
    err.reset();
    assertThat(
            run(
                err,
                "start",
                "-program-id",
                "nope",
                "-solana-rpc-endpoint",
                "http://x",
                "-device-local-asn",
                "65342"))
        .isEqualTo(1);
    assertThat(err.toString()).isEqualTo("Error: -program-id nope is not a public key\n");
    err.reset();
    assertThat(run(err, "start", "-env", "localnet", "-tls-cert", "/nonexistent")).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("Error: -tls-cert and -tls-key go together\n");
    err.reset();
    assertThat(run(err, "start", "-listen-port", "x")).isEqualTo(2);
  }
}
