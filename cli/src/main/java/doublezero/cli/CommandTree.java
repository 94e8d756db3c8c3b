package doublezero.cli;

import doublezero.cli.accesspass.AccessPassCommand;
import doublezero.cli.account.AccountCommand;
import doublezero.cli.account.AccountsCommand;
import doublezero.cli.account.LogCommand;
import doublezero.cli.export.ExportCommand;
import doublezero.cli.config.ConfigCommand;
import doublezero.cli.daemon.ConnectCommand;
import doublezero.cli.daemon.DisableCommand;
import doublezero.cli.daemon.DisconnectCommand;
import doublezero.cli.daemon.EnableCommand;
import doublezero.cli.daemon.LatencyCommand;
import doublezero.cli.daemon.RoutesCommand;
import doublezero.cli.daemon.StatusCommand;
import doublezero.cli.keys.AddressCommand;
import doublezero.cli.keys.BalanceCommand;
import doublezero.cli.keys.InitCommand;
import doublezero.cli.keys.KeygenCommand;
import doublezero.cli.device.DeviceCommand;
import doublezero.cli.link.LinkCommand;
import doublezero.cli.multicast.MulticastCommand;
import doublezero.cli.resource.ResourceCommand;
import doublezero.cli.user.UserCommand;
import doublezero.cli.shell.CompletionCommand;
import doublezero.cli.shell.ShellCommand;
import doublezero.cli.contributor.ContributorCommand;
import doublezero.cli.exchange.ExchangeCommand;
import doublezero.cli.globalconfig.GlobalConfigCommand;
import doublezero.cli.location.LocationCommand;
import doublezero.cli.migrate.MigrateCommand;
import doublezero.cli.permission.PermissionCommand;
import doublezero.cli.tenant.TenantCommand;
import java.util.List;
import picocli.CommandLine;

/// The top-level commands, in the reference's order (`client/doublezero/src/cli/command.rs`, `cli-doublezerod.md`
/// §A.4).
final class CommandTree {
  private CommandTree() {}

  static final List<Class<?>> TOP = List.of(
      InitCommand.class, MigrateCommand.class, ConnectCommand.class, StatusCommand.class, DisconnectCommand.class,
      LatencyCommand.class, RoutesCommand.class, EnableCommand.class, DisableCommand.class, AddressCommand.class, BalanceCommand.class, ConfigCommand.class,
      GlobalConfigCommand.class, AccountCommand.class, AccountsCommand.class, LocationCommand.class,
      ExchangeCommand.class, ContributorCommand.class, PermissionCommand.class, TenantCommand.class,
      DeviceCommand.class, LinkCommand.class,
      AccessPassCommand.class, UserCommand.class, MulticastCommand.class, ResourceCommand.class,
      ExportCommand.class, KeygenCommand.class, LogCommand.class, CompletionCommand.class, ShellCommand.class);

  static void register(CommandLine cmd) {
    for (Class<?> c : TOP) {
      cmd.addSubcommand(c);
    }
    cmd.addSubcommand(new CommandLine.HelpCommand());
  }
}
