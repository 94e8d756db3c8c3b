package doublezero.cli.shell;

import doublezero.cli.command.CliCommand;
import doublezero.cli.session.Session;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/// `doublezero completion bash|zsh|fish`: prints a completion script for the whole command tree
/// (reference `client/doublezero/src/main.rs` uses clap_complete). bash and zsh share picocli's
/// script (zsh through `bashcompinit`); fish gets `complete -c doublezero` lines per command and
/// option.
@Command(name = "completion", description = "Print a shell completion script: bash, zsh or fish.")
public final class CompletionCommand extends CliCommand {
  @Parameters(paramLabel = "SHELL", description = "bash, zsh or fish")
  Shell shell;

  /// The supported shells.
  enum Shell {
    bash,
    zsh,
    fish
  }

  @Override
  protected void execute(Session s) {
    CommandLine model = root().fullTree();
    switch (shell) {
      case bash -> s.out().print(AutoComplete.bash("doublezero", model));
      case zsh ->
          s.out()
              .print(
                  "autoload -U +X bashcompinit && bashcompinit\n"
                      + AutoComplete.bash("doublezero", model));
      case fish -> s.out().print(fish(model));
    }
  }

  static String fish(CommandLine root) {
    StringBuilder sb = new StringBuilder("complete -c doublezero -f\n");
    fish(sb, root, "");
    return sb.toString();
  }

  private static void fish(StringBuilder sb, CommandLine cmd, String path) {
    String cond =
        path.isEmpty()
            ? "__fish_use_subcommand"
            : "__fish_seen_subcommand_from " + path.substring(path.lastIndexOf(' ') + 1);
    for (Map.Entry<String, CommandLine> e : cmd.getSubcommands().entrySet()) {
      CommandSpec sub = e.getValue().getCommandSpec();
      if (sub.usageMessage().hidden() || !sub.name().equals(e.getKey())) {
        continue;
      }
      String desc =
          sub.usageMessage().description().length > 0 ? sub.usageMessage().description()[0] : "";
      sb.append("complete -c doublezero -n '")
          .append(cond)
          .append("' -a ")
          .append(e.getKey())
          .append(" -d '")
          .append(desc.replace("'", ""))
          .append("'\n");
      fish(sb, e.getValue(), path + " " + e.getKey());
    }
    if (!path.isEmpty()) {
      for (CommandLine.Model.OptionSpec o : cmd.getCommandSpec().options()) {
        for (String name : o.names()) {
          if (name.startsWith("--")) {
            sb.append("complete -c doublezero -n '")
                .append(cond)
                .append("' -l ")
                .append(name.substring(2))
                .append('\n');
          }
        }
      }
    }
  }
}
