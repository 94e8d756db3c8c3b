package doublezero.agent.eos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The default `-diff-source cli` (§C.1): the session diff is the output of `Cli -p 15 -c "show
/// session-config named <session> diffs"`; a non-zero exit or a missing binary is an [EosException]
/// naming the command. A script stands in for `/usr/bin/Cli`.
class CliSessionDiffTest {
  @TempDir Path dir;

  Path script(String body) throws Exception {
    Path p = dir.resolve("Cli");
    Files.writeString(p, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
    return p;
  }

  @Test
  void theDiffIsTheCommandsOutput() throws Exception {
    Path cli = script("for a in \"$@\"; do echo \"[$a]\"; done");
    assertThat(new CliSessionDiff(List.of(cli.toString())).diff("doublezero-agent-7"))
        .isEqualTo("[-p]\n[15]\n[-c]\n[show session-config named doublezero-agent-7 diffs]\n");
  }

  @Test
  void aFailingCliIsAnError() throws Exception {
    Path cli = script("echo '% Invalid input'; exit 3");
    assertThatThrownBy(() -> new CliSessionDiff(List.of(cli.toString())).diff("s1"))
        .isInstanceOf(EosException.class)
        .hasMessage(
            "\"show session-config named s1 diffs\" failed with exit 3, output: % Invalid input\n");
    assertThatThrownBy(
            () -> new CliSessionDiff(List.of(dir.resolve("missing").toString())).diff("s1"))
        .isInstanceOf(EosException.class)
        .hasMessageStartingWith("cannot run /usr/bin/Cli: ");
  }
}
