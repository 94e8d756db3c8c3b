package doublezero.cli.daemon;

import doublezero.cli.command.GroupCommand;
import picocli.CommandLine.Command;

/// `doublezero connect` (reference `client/doublezero/src/command/connect.rs`, §C.2): `ibrl` and
/// `multicast`.
@Command(
    name = "connect",
    description = "Connect your server to a DoubleZero device",
    subcommands = {ConnectIbrlCommand.class, ConnectMulticastCommand.class})
public final class ConnectCommand extends GroupCommand {}
