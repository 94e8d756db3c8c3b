package doublezero.cli;

import doublezero.cli.accesspass.AccessPassCommand;
import doublezero.cli.account.AccountCommand;
import doublezero.cli.account.AccountsCommand;
import doublezero.cli.account.LogCommand;
import doublezero.cli.command.GroupCommand;
import doublezero.cli.configcommand.ConfigCommand;
import doublezero.cli.contributor.ContributorCommand;
import doublezero.cli.daemon.ConnectCommand;
import doublezero.cli.daemon.DisableCommand;
import doublezero.cli.daemon.DisconnectCommand;
import doublezero.cli.daemon.EnableCommand;
import doublezero.cli.daemon.LatencyCommand;
import doublezero.cli.daemon.RoutesCommand;
import doublezero.cli.daemon.StatusCommand;
import doublezero.cli.device.DeviceCommand;
import doublezero.cli.exchange.ExchangeCommand;
import doublezero.cli.export.ExportCommand;
import doublezero.cli.geolocation.GeolocationCommand;
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
import doublezero.cli.telemetry.TelemetryCommand;
import doublezero.cli.tenant.TenantCommand;
import doublezero.cli.user.UserCommand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/// The top-level commands, in the reference's order (`client/doublezero/src/cli/command.rs`,
/// `cli-doublezerod.md` §A.4), and which of them an invocation needs.
///
/// Building picocli's model of all 24 commands (about 200 classes, each reflected) costs more than
/// the JVM's own start-up, so an invocation builds only the command its arguments name
/// ([#register]): the first word that is not a global flag or a global flag's value. When that word
/// names no command (none given, `help`, a typo, an `@file`), the whole tree is built so that the
/// usage listing and picocli's suggestions stay complete; `--version` alone needs none.
final class CommandTree {
  private CommandTree() {}

  /// The top-level command names, in the order of the usage listing.
  static final List<String> NAMES =
      List.of(
          "init",
          "migrate",
          "connect",
          "status",
          "disconnect",
          "latency",
          "routes",
          "enable",
          "disable",
          "address",
          "balance",
          "config",
          "global-config",
          "account",
          "accounts",
          "location",
          "exchange",
          "contributor",
          "permission",
          "tenant",
          "device",
          "link",
          "telemetry",
          "access-pass",
          "user",
          "multicast",
          "resource",
          "geolocation",
          "export",
          "keygen",
          "log",
          "completion",
          "shell");

  /// @param name a top-level command name
  /// @return its command class, or null when no command has that name; only the named class is
  ///   loaded
  static Class<?> command(String name) {
    return switch (name) {
      case "init" -> InitCommand.class;
      case "migrate" -> MigrateCommand.class;
      case "connect" -> ConnectCommand.class;
      case "status" -> StatusCommand.class;
      case "disconnect" -> DisconnectCommand.class;
      case "latency" -> LatencyCommand.class;
      case "routes" -> RoutesCommand.class;
      case "enable" -> EnableCommand.class;
      case "disable" -> DisableCommand.class;
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
      case "telemetry" -> TelemetryCommand.class;
      case "access-pass" -> AccessPassCommand.class;
      case "user" -> UserCommand.class;
      case "multicast" -> MulticastCommand.class;
      case "resource" -> ResourceCommand.class;
      case "geolocation" -> GeolocationCommand.class;
      case "export" -> ExportCommand.class;
      case "keygen" -> KeygenCommand.class;
      case "log" -> LogCommand.class;
      case "completion" -> CompletionCommand.class;
      case "shell" -> ShellCommand.class;
      default -> null;
    };
  }

  /// Adds every top-level command and `help` (picocli's, without its own `-h`/`--help`: the root's
  /// inherited one takes its place).
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

  /// Adds what `args` need: the one command they name, nothing for `--version` alone, else the
  /// whole tree.
  ///
  /// @param cmd the root command line (global options already in its model)
  /// @param args the invocation's arguments
  static void register(CommandLine cmd, String[] args) {
    Optional<String> word = firstWord(cmd, args);
    Class<?> named = word.map(CommandTree::command).orElse(null);
    if (named != null) {
      if (!registerGroupPath(cmd, named, secondWord(cmd, args, word.get()))) {
        cmd.addSubcommand(named);
      }
    } else if (word.isPresent() || !versionOnly(args)) {
      registerAll(cmd);
    }
  }

  /// For a group whose subcommand the arguments name, builds the group without reflecting it and
  /// only that subcommand in full; its siblings become stand-ins that carry only the name, aliases,
  /// header, description and visibility of their `@Command` (what the group's usage listing shows).
  /// A stand-in is never executed: a command runs only when named, and then it is the real one.
  ///
  /// @return false when `type` is not a group or `sub` names none of its subcommands (then it is
  ///   built as usual)
  private static boolean registerGroupPath(CommandLine cmd, Class<?> type, Optional<String> sub) {
    Command group = type.getAnnotation(Command.class);
    if (sub.isEmpty()
        || group.subcommands().length == 0
        || !GroupCommand.class.isAssignableFrom(type)) {
      return false;
    }
    Class<?> target = null;
    for (Class<?> c : group.subcommands()) {
      if (names(c.getAnnotation(Command.class)).contains(sub.get())) {
        target = c;
      }
    }
    if (target == null) {
      return false;
    }
    CommandLine groupLine = new CommandLine(standIn(group, new Object()));
    cmd.addSubcommand(group.name(), groupLine, group.aliases());
    for (Class<?> c : group.subcommands()) {
      Command a = c.getAnnotation(Command.class);
      if (c == target) {
        groupLine.addSubcommand(a.name(), new CommandLine(c), a.aliases());
      } else {
        groupLine.addSubcommand(a.name(), new CommandLine(standIn(a, null)), a.aliases());
      }
    }
    return true;
  }

  private static CommandSpec standIn(Command a, Object userObject) {
    CommandSpec spec =
        userObject == null ? CommandSpec.create() : CommandSpec.wrapWithoutInspection(userObject);
    spec.name(a.name()).aliases(a.aliases());
    spec.usageMessage().header(a.header()).description(a.description()).hidden(a.hidden());
    return spec;
  }

  private static List<String> names(Command a) {
    List<String> n = new ArrayList<>(List.of(a.aliases()));
    n.add(a.name());
    return n;
  }

  /// @return the argument after `first` that is not a root option or its value (the group's
  ///   subcommand, if any)
  private static Optional<String> secondWord(CommandLine cmd, String[] args, String first) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(first)) {
        String[] rest = new String[args.length - i - 1];
        System.arraycopy(args, i + 1, rest, 0, rest.length);
        return firstWord(cmd, rest);
      }
    }
    return Optional.empty();
  }

  /// @param cmd the root command line
  /// @param args the invocation's arguments
  /// @return the first argument that is neither a root option nor the value of one (`--` and
  ///   `@file` count as words, which name no command), or empty when every argument is an option
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
