package doublezero.cli.user;

import doublezero.cli.GroupCommand;
import picocli.CommandLine.Command;

/// `doublezero user …` (reference `smartcontract/cli/src/user/`).
@Command(name = "user", description = "Manage users.", subcommands = {UserListCommand.class})
public final class UserCommand extends GroupCommand {}
