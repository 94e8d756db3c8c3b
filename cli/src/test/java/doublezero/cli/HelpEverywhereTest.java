package doublezero.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/// `-h` and `--help` on every command and subcommand of the tree (issue 17: `doublezero keygen
/// --help` answered `Unknown option: '--help'`). The rows come from walking the whole picocli
/// model, so a command added later is covered without touching this test. Each run goes through the
/// normal entry point, which builds only the named command ([CommandTree#register]), so the test
/// also covers that path.
class HelpEverywhereTest {
  @TempDir static Path home;

  static Stream<String> commands() {
    List<String> out = new ArrayList<>();
    walk(DoubleZeroCli.model(), "", out);
    return out.stream();
  }

  private static void walk(CommandLine cl, String path, List<String> out) {
    out.add(path);
    cl.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (name.equals(sub.getCommandName())) {
                walk(sub, (path + " " + name).strip(), out);
              }
            });
  }

  @ParameterizedTest(name = "doublezero {0} --help / -h")
  @MethodSource("commands")
  void helpPrintsUsageAndExitsZero(String path) {
    for (String flag : List.of("--help", "-h")) {
      List<String> args =
          new ArrayList<>(path.isEmpty() ? List.of() : Arrays.asList(path.split(" ")));
      args.add(flag);
      CliRun.Result r = new CliRun(home).run(args.toArray(String[]::new));
      assertThat(r.code()).as("%s: exit code, err=%s", args, r.err()).isZero();
      assertThat(r.err()).as("%s: stderr", args).isEmpty();
      String usage = ("Usage: doublezero " + path).strip();
      assertThat(r.out().lines().filter(l -> l.startsWith(usage + " ") || l.equals(usage)))
          .as("%s: a line starting with '%s' in %s", args, usage, r.out())
          .isNotEmpty();
    }
  }

  @Test
  void theTreeIsLargeAndHelpCommandStillWorks() {
    assertThat(commands().count()).isGreaterThan(100);
    CliRun.Result r = new CliRun(home).run("help", "device");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: doublezero device ");
  }

  @Test
  void lazyTableNamesEveryTopLevelCommandInOrder() {
    List<String> model = new ArrayList<>(DoubleZeroCli.model().getSubcommands().keySet());
    model.remove("help");
    assertThat(CommandTree.NAMES).isEqualTo(model);
    for (String name : CommandTree.NAMES) {
      assertThat(CommandTree.command(name).getAnnotation(Command.class).name()).isEqualTo(name);
    }
    assertThat(CommandTree.command("nope")).isNull();
  }

  @Test
  void firstWordSkipsGlobalOptionsAndTheirValues() {
    CommandLine root = new CommandLine(new DoubleZeroCli(null, null, null));
    assertThat(
            CommandTree.firstWord(
                root, new String[] {"--env", "local", "--verbose", "device", "list"}))
        .contains("device");
    assertThat(CommandTree.firstWord(root, new String[] {"--url=http://x", "-e", "device", "user"}))
        .contains("user");
    assertThat(
            CommandTree.firstWord(
                root,
                new String[] {
                  "--timeout", "5", "--keypair", "k", "--ws", "w", "--program-id", "p", "link"
                }))
        .contains("link");
    assertThat(CommandTree.firstWord(root, new String[] {"--version"})).isEmpty();
    assertThat(CommandTree.firstWord(root, new String[] {"@args.txt"})).contains("@args.txt");
  }

  @Test
  void versionAloneAndUnknownCommands() {
    CliRun cli = new CliRun(home);
    assertThat(cli.run("--version").out()).startsWith("doublezero ");
    assertThat(cli.run("-V").code()).isZero();
    assertThat(CliMain.version())
        .startsWith("doublezero ")
        .endsWith("(compatible with DoubleZero v0.12.0)");
    CliRun.Result typo = cli.run("devic", "list");
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains("'devic'");
    CliRun.Result none = cli.run();
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).startsWith("Missing required subcommand");
  }
}
