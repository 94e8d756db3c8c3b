package doublezero.cli;

import doublezero.cli.accesspass.AccessPassCommand;
import doublezero.cli.account.AccountCommand;
import doublezero.cli.account.AccountsCommand;
import doublezero.cli.account.LogCommand;
import doublezero.cli.config.ConfigCommand;
import doublezero.cli.contributor.ContributorCommand;
import doublezero.cli.device.DeviceCommand;
import doublezero.cli.exchange.ExchangeCommand;
import doublezero.cli.export.ExportCommand;
import doublezero.cli.globalconfig.GlobalConfigCommand;
import doublezero.cli.keys.AddressCommand;
import doublezero.cli.keys.BalanceCommand;
import doublezero.cli.keys.InitCommand;
import doublezero.cli.keys.KeygenCommand;
import doublezero.cli.link.LinkCommand;
import doublezero.cli.location.LocationCommand;
import doublezero.cli.migrate.MigrateCommand;
import doublezero.cli.multicast.MulticastCommand;
import doublezero.cli.permission.PermissionCommand;
import doublezero.cli.resource.ResourceCommand;
import doublezero.cli.shell.CompletionCommand;
import doublezero.cli.shell.ShellCommand;
import doublezero.cli.tenant.TenantCommand;
import doublezero.cli.user.UserCommand;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/// The top-level commands, in the reference's order (`client/doublezero/src/cli/command.rs`, `cli-doublezerod.md`
/// §A.4), and which of them an invocation needs.
///
/// Building picocli's model of all 24 commands (about 200 classes, each reflected) costs more than the JVM's own
/// start-up, so an invocation builds only the command its arguments name ([#register]): the first word that is not a
/// global flag or a global flag's value. When that word names no command (none given, `help`, a typo, an `@file`),
/// the whole tree is built so that the usage listing and picocli's suggestions stay complete; `--version` alone
/// needs none.
final class CommandTree {
  private CommandTree() {}

  /// The top-level command names, in the order of the usage listing.
  static final List<String> NAMES = List.of("init", "migrate", "address", "balance", "config", "global-config",
      "account", "accounts", "location", "exchange", "contributor", "permission", "tenant", "device", "link",
      "access-pass", "user", "multicast", "resource", "export", "keygen", "log", "completion", "shell");

  /// @param name a top-level command name
  /// @return its command class, or null when no command has that name; only the named class is loaded
  static Class<?> command(String name) {
    return switch (name) {
      case "init" -> InitCommand.class;
      case "migrate" -> MigrateCommand.class;
      case "address" -> AddressCommand.class;
      case "balance" -> BalanceCommand.class;
      case "config" -> ConfigCommand.class;
      case "global-config" -> GlobalConfigCommand.class;
      case "account" -> AccountCommand.class;
      case "accounts" -> AccountsCommand.class;
      case "location" -> LocationCommand.class;
      case "exchange" -> ExchangeCommand.class;
      case "contributor" -> ContributorCommand.class;
      case "permission" -> PermissionCommand.class;
      case "tenant" -> TenantCommand.class;
      case "device" -> DeviceCommand.class;
      case "link" -> LinkCommand.class;
      case "access-pass" -> AccessPassCommand.class;
      case "user" -> UserCommand.class;
      case "multicast" -> MulticastCommand.class;
      case "resource" -> ResourceCommand.class;
      case "export" -> ExportCommand.class;
      case "keygen" -> KeygenCommand.class;
      case "log" -> LogCommand.class;
      case "completion" -> CompletionCommand.class;
      case "shell" -> ShellCommand.class;
      default -> null;
    };
  }

  /// Adds every top-level command and `help` (picocli's, without its own `-h`/`--help`: the root's inherited one
  /// takes its place).
  ///
  /// @param cmd the root command line
  static void registerAll(CommandLine cmd) {
    for (String name : NAMES) {
      cmd.addSubcommand(command(name));
    }
    CommandLine help = new CommandLine(new CommandLine.HelpCommand());
    help.getCommandSpec().remove(help.getCommandSpec().findOption("--help"));
    cmd.addSubcommand("help", help);
  }

  /// Adds what `args` need: the one command they name, nothing for `--version` alone, else the whole tree.
  ///
  /// @param cmd  the root command line (global options already in its model)
  /// @param args the invocation's arguments
  static void register(CommandLine cmd, String[] args) {
    Optional<String> word = firstWord(cmd, args);
    Class<?> named = word.map(CommandTree::command).orElse(null);
    if (named != null) {
      cmd.addSubcommand(named);
    } else if (word.isPresent() || !versionOnly(args)) {
      registerAll(cmd);
    }
  }

  /// @param cmd  the root command line
  /// @param args the invocation's arguments
  /// @return the first argument that is neither a root option nor the value of one (`--` and `@file` count as
  ///         words, which name no command), or empty when every argument is an option
  static Optional<String> firstWord(CommandLine cmd, String[] args) {
    Set<String> takesValue = new HashSet<>();
    for (OptionSpec o : cmd.getCommandSpec().options()) {
      if (o.arity().max() > 0) {
        takesValue.addAll(List.of(o.names()));
      }
    }
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--") || a.startsWith("@") || !a.startsWith("-") || a.equals("-")) {
        return Optional.of(a); // `--` and `@file` name no command: the whole tree is built
      }
      if (takesValue.contains(a)) {
        i++;
      }
    }
    return Optional.empty();
  }

  private static boolean versionOnly(String[] args) {
    boolean version = false;
    for (String a : args) {
      if (a.equals("-h") || a.equals("--help")) {
        return false;
      }
      version |= a.equals("-V") || a.equals("--version");
    }
    return version;
  }
}
