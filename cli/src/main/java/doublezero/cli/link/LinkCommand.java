package doublezero.cli.link;

import doublezero.cli.command.GroupCommand;
import picocli.CommandLine.Command;

/// `doublezero link …` (reference `smartcontract/cli/src/link/`).
@Command(
    name = "link",
    description = "Manage links",
    subcommands = {
      LinkCreateCommand.class,
      LinkAcceptCommand.class,
      LinkUpdateCommand.class,
      LinkListCommand.class,
      LinkGetCommand.class,
      LinkDeleteCommand.class,
      LinkSetHealthCommand.class
    })
public final class LinkCommand extends GroupCommand {}
