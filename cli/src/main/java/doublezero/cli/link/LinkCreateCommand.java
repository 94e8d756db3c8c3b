package doublezero.cli.link;

import doublezero.cli.command.GroupCommand;
import picocli.CommandLine.Command;

/// `doublezero link create wan|dzx` (reference
/// `smartcontract/cli/src/link/{wan_create,dzx_create}.rs`).
@Command(
    name = "create",
    description = "Create a new link",
    subcommands = {LinkCreateWanCommand.class, LinkCreateDzxCommand.class})
final class LinkCreateCommand extends GroupCommand {}
