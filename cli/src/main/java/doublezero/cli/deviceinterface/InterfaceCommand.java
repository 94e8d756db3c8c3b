package doublezero.cli.deviceinterface;

import doublezero.cli.command.GroupCommand;
import picocli.CommandLine.Command;

/// `doublezero device interface …` (reference `smartcontract/cli/src/device/interface/`): the
/// device and the interface name are positional arguments.
@Command(
    name = "interface",
    description = "Manage device interfaces",
    subcommands = {
      InterfaceCreateCommand.class,
      InterfaceUpdateCommand.class,
      InterfaceListCommand.class,
      InterfaceGetCommand.class,
      InterfaceDeleteCommand.class
    })
public final class InterfaceCommand extends GroupCommand {}
