package doublezero.controller.service;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.DoubleZeroCli;
import doublezero.cli.config.CliEnv;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/// Runs the `doublezero` CLI in-process with its home in a temporary directory, as a user at a
/// shell would.
final class CliRunner {
  private final Path home;

  CliRunner(Path home) {
    this.home = home;
  }

  /// Runs the CLI and requires exit code 0 (the command line and stderr name a failure).
  ///
  /// @param args the CLI arguments
  /// @return standard output
  String ok(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        DoubleZeroCli.run(
            new PrintWriter(out), new PrintWriter(err), CliEnv.of(Map.of(), home), args);
    assertThat(code).as(String.join(" ", args) + "\n" + err).isZero();
    return out.toString();
  }
}
