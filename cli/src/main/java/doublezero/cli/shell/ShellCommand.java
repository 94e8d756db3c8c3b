package doublezero.cli.shell;

import doublezero.cli.command.CliCommand;
import doublezero.cli.config.CliEnv;
import doublezero.cli.session.Session;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/// `doublezero shell`: an interactive prompt (jline) that runs `doublezero` commands line by line,
/// with tab completion of subcommands and options from the command tree; the global flags given to
/// `shell` apply to every line. `exit`, `quit` or Ctrl-D leave. The commands it runs never read
/// stdin (no piped keypair): the keypair comes from `--keypair`, `DOUBLEZERO_KEYPAIR` or the
/// config's `keypair_path`.
@Command(name = "shell", description = "Interactive DoubleZero shell with completion.")
public final class ShellCommand extends CliCommand {
  @Override
  protected void execute(Session s) throws Exception {
    CommandLine model = root().fullTree();
    // stdin is the shell's command stream: the commands it runs must not take it for a piped
    // keypair
    CliEnv inner =
        new CliEnv(
            s.env().vars(),
            s.env().home(),
            InputStream.nullInputStream(),
            false,
            s.env().stderrTty());
    try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
      LineReader reader =
          LineReaderBuilder.builder()
              .terminal(terminal)
              .appName("doublezero")
              .completer(new TreeCompleter(model))
              .build();
      while (true) {
        String line;
        try {
          line = reader.readLine("doublezero> ");
        } catch (UserInterruptException e) {
          continue;
        } catch (EndOfFileException e) {
          return;
        }
        List<String> words =
            reader.getParser().parse(line, line.length()).words().stream()
                .filter(w -> !w.isEmpty())
                .toList();
        if (words.isEmpty()) {
          continue;
        }
        if (words.getFirst().equals("exit") || words.getFirst().equals("quit")) {
          return;
        }
        List<String> args = new ArrayList<>(globalArgs(s));
        args.addAll(words);
        root().runNested(s.out(), s.err(), inner, args.toArray(String[]::new));
      }
    }
  }

  private static List<String> globalArgs(Session s) {
    List<String> a = new ArrayList<>();
    s.options().env().ifPresent(v -> a.addAll(List.of("--env", v)));
    s.options().url().ifPresent(v -> a.addAll(List.of("--url", v)));
    s.options().ws().ifPresent(v -> a.addAll(List.of("--ws", v)));
    s.options().programId().ifPresent(v -> a.addAll(List.of("--program-id", v)));
    s.options().keypair().ifPresent(v -> a.addAll(List.of("--keypair", v)));
    s.options()
        .timeout()
        .ifPresent(v -> a.addAll(List.of("--timeout", Long.toString(v.toSeconds()))));
    return a;
  }

  /// Completes the word under the cursor from the picocli model: subcommand names, then option
  /// names.
  static final class TreeCompleter implements Completer {
    private final CommandLine root;

    TreeCompleter(CommandLine root) {
      this.root = root;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
      candidates(root, line.words().subList(0, line.wordIndex()))
          .forEach(c -> candidates.add(new Candidate(c)));
    }

    /// @param root the command tree
    /// @param words the words before the one being completed
    /// @return the possible next words
    static List<String> candidates(CommandLine root, List<String> words) {
      CommandLine cmd = root;
      for (String w : words) {
        CommandLine sub = cmd.getSubcommands().get(w);
        if (sub != null) {
          cmd = sub;
        }
      }
      List<String> out = new ArrayList<>(cmd.getSubcommands().keySet());
      cmd.getCommandSpec().options().forEach(o -> out.addAll(List.of(o.names())));
      if (cmd == root) {
        out.addAll(List.of("exit", "quit"));
      }
      return out;
    }
  }
}
