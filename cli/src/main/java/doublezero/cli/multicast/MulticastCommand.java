package doublezero.cli.multicast;

import doublezero.cli.GroupCommand;
import picocli.CommandLine.Command;

/// `doublezero multicast group …` (reference `smartcontract/cli/src/multicastgroup/`).
@Command(name = "multicast", description = "Manage multicast groups.", subcommands = {MulticastCommand.Group.class})
public final class MulticastCommand extends GroupCommand {
  @Command(name = "group", description = "Manage multicast groups.", subcommands = {MulticastGroupListCommand.class})
  static final class Group extends GroupCommand {}
}
