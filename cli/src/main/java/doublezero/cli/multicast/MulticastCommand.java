package doublezero.cli.multicast;

import doublezero.cli.command.GroupCommand;
import picocli.CommandLine.Command;

/// `doublezero multicast group …` (reference
/// `client/doublezero/src/cli/{multicast,multicastgroup}.rs`,
/// `smartcontract/cli/src/multicastgroup/`): allowlist, create, update, list, get, delete.
@Command(
    name = "multicast",
    description = "Manage multicast",
    subcommands = {MulticastCommand.Group.class})
public final class MulticastCommand extends GroupCommand {
  @Command(
      name = "group",
      description = "Manage multicast groups",
      subcommands = {
        MulticastAllowlistCommands.Allowlist.class,
        MulticastGroupWriteCommands.Create.class,
        MulticastGroupWriteCommands.Update.class,
        MulticastGroupListCommand.class,
        MulticastGroupGetCommand.class,
        MulticastGroupDeleteCommand.class
      })
  static final class Group extends GroupCommand {}
}
