package doublezero.localnet.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `solana-test-validator-scripts/`: without the Agave toolchain, `start-validator.sh` and
/// `build-programs.sh` print one line saying how to install it and exit 2 (nothing started, nothing
/// written); every script is `shellcheck` clean (skipped, with a message, when Debian's
/// `shellcheck` is not installed).
class ValidatorScriptsTest {
  /// The tools' directories only (bash, coreutils, curl), so no Solana toolchain is found.
  private static final String BARE_PATH = "/usr/bin:/bin";

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Path scripts() {
    Path root = Path.of("").toAbsolutePath().getParent();
    Path s = root.resolve("solana-test-validator-scripts");
    assertThat(s).as("the scripts directory beside the module").isDirectory();
    return s;
  }

  static Run run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("PATH", BARE_PATH);
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  static boolean onBarePath(String tool) {
    return Stream.of(BARE_PATH.split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
  }

  @Test
  void startValidatorWithoutTheToolchainPrintsOneInstallLineAndExits2() throws Exception {
    assumeTrue(
        !onBarePath("solana-test-validator"), "solana-test-validator is installed in " + BARE_PATH);
    Path ledger = dir.resolve("ledger");
    Run r =
        run(
            List.of(
                "bash",
                scripts().resolve("start-validator.sh").toString(),
                "--ledger",
                ledger.toString(),
                "--serviceability-so",
                "s.so",
                "--telemetry-so",
                "t.so",
                "--geolocation-so",
                "g.so"));
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList())
        .singleElement()
        .asString()
        .startsWith("solana-test-validator not found: install the Agave toolchain with ")
        .contains("https://release.anza.xyz/stable/install");
    assertThat(ledger).doesNotExist();
  }

  @Test
  void buildProgramsWithoutTheToolchainPrintsOneLineAndExits2() throws Exception {
    assumeTrue(!onBarePath("cargo-build-sbf"), "cargo-build-sbf is installed in " + BARE_PATH);
    Run r = run(List.of("bash", scripts().resolve("build-programs.sh").toString(), dir.toString()));
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err().lines().toList()).singleElement().asString().contains("not found: install");
  }

  @Test
  void everyScriptIsShellcheckClean() throws Exception {
    List<String> command = new ArrayList<>(List.of("shellcheck", "-x"));
    try (Stream<Path> files = Files.list(scripts())) {
      files
          .filter(f -> f.toString().endsWith(".sh"))
          .sorted()
          .forEach(f -> command.add(f.toString()));
    }
    assertThat(command).hasSizeGreaterThan(6);
    assumeTrue(
        onBarePath("shellcheck"),
        "shellcheck is not installed (apt-get install shellcheck): scripts not checked");
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(scripts().toFile()).redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }
}
