package doublezero.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import doublezero.cli.CliRun;
import doublezero.cli.DoubleZeroCli;
import doublezero.cli.LocalCliNetwork;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `doublezero completion bash|zsh|fish` loaded into the real shells (bash completes `doublezero
/// device inter` to `interface`; fish lists the device subcommands with their descriptions; zsh
/// registers the function through bashcompinit), and `doublezero shell` driven over stdin in a
/// separate process against a live localnet. zsh and fish are installed by `.ci/run`; on a machine
/// without them those two checks are skipped.
class CompletionAndShellTest {
  @TempDir Path dir;

  String script(String shell) throws IOException {
    CliRun.Result r = new CliRun(dir).run("completion", shell);
    assertThat(r.code()).as(r.err()).isZero();
    Path f = dir.resolve("doublezero." + shell);
    Files.writeString(f, r.out());
    return f.toString();
  }

  static String run(List<String> command, String stdin, Path home) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    if (home != null) {
      pb.environment().put("HOME", home.toString());
    }
    Process p = pb.start();
    try (var in = p.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    assertThat(p.exitValue()).as("%s exit code; output:\n%s", command, out).isZero();
    return out;
  }

  static boolean installed(String shell) {
    return Files.isExecutable(Path.of("/usr/bin", shell))
        || Files.isExecutable(Path.of("/bin", shell));
  }

  @Test
  void bashCompletesSubcommandsAndOptions() throws Exception {
    String f = script("bash");
    String words =
        "source "
            + f
            + "; COMP_WORDS=(doublezero device inter); COMP_CWORD=2; COMP_LINE='doublezero device"
            + " inter'; COMP_POINT=${#COMP_LINE}; _complete_doublezero 2>/dev/null; printf '%s\\n"
            + "' \"${COMPREPLY[@]}\"";
    assertThat(run(List.of("bash", "-c", words), "", null).lines()).containsExactly("interface");
    String options =
        "source "
            + f
            + "; COMP_WORDS=(doublezero link create wan --side); COMP_CWORD=4;"
            + " COMP_LINE='doublezero link create wan --side'; COMP_POINT=${#COMP_LINE};"
            + " _complete_doublezero 2>/dev/null; printf '%s\\n"
            + "' \"${COMPREPLY[@]}\"";
    assertThat(run(List.of("bash", "-c", options), "", null).lines())
        .contains("--side-a", "--side-z", "--side-a-interface", "--side-z-interface");
  }

  @Test
  void fishListsSubcommandsWithDescriptions() throws Exception {
    assumeTrue(installed("fish"), "fish is not installed");
    String f = script("fish");
    String out =
        run(List.of("fish", "-c", "source " + f + "; complete -C 'doublezero device '"), "", null);
    assertThat(out.lines().map(l -> l.split("\t")[0]))
        .contains("create", "interface", "list", "suspend");
  }

  @Test
  void zshRegistersTheCompletionFunction() throws Exception {
    assumeTrue(installed("zsh"), "zsh is not installed");
    String f = script("zsh");
    String out =
        run(
            List.of(
                "zsh",
                "-c",
                "autoload -U compinit && compinit -u; source "
                    + f
                    + "; print -r -- $_comps[doublezero]"),
            "",
            null);
    assertThat(out).contains("_complete_doublezero");
  }

  @Test
  void treeCompleterOffersSubcommandsThenOptions() {
    var model = DoubleZeroCli.model();
    assertThat(ShellCommand.TreeCompleter.candidates(model, List.of()))
        .contains("device", "link", "exit", "quit");
    assertThat(ShellCommand.TreeCompleter.candidates(model, List.of("device", "interface")))
        .contains("create", "list", "delete");
    assertThat(ShellCommand.TreeCompleter.candidates(model, List.of("link", "create", "wan")))
        .contains("--side-a", "--mtu", "--bandwidth");
  }

  @NeedsLedgerInternals(
      "a ledger holding only its own accounts: counts the 'Los Angeles' rows of location list, and"
          + " the program scenario suites create more")
  @Test
  void shellRunsCommandsLineByLineUntilExit() throws Exception {
    try (LocalCliNetwork n = LocalCliNetwork.start(dir.resolve("net"))) {
      String java = ProcessHandle.current().info().command().orElse("java");
      String out =
          run(
              List.of(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  DoubleZeroCli.class.getName(),
                  "shell"),
              "location list\nexchange get --code nosuch\naddress\nexit\nlocation list\n",
              n.cli.home());
      assertThat(out).contains("lax", "ewr", "Los Angeles");
      assertThat(out).contains("Error: Exchange with code nosuch not found");
      assertThat(out).contains(n.user().toBase58());
      assertThat(out.split("Los Angeles", -1)).as("the line after exit did not run").hasSize(2);
    }
  }
}
