package doublezero.cli.daemon;

import doublezero.cli.command.GroupCommand;
import picocli.CommandLine.Command;

/// `doublezero connect` (reference `client/doublezero/src/command/connect.rs`, §C.2): `ibrl` today;
/// multicast comes with its own issue.
@Command(
    name = "connect",
    description = "Connect your server to a DoubleZero device",
    subcommands = ConnectIbrlCommand.class)
public final class ConnectCommand extends GroupCommand {}
