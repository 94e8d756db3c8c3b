package doublezero.cli.user;

import doublezero.cli.command.GroupCommand;
import picocli.CommandLine.Command;

/// `doublezero user …` (reference `smartcontract/cli/src/user/`,
/// `client/doublezero/src/cli/user.rs`): list and get; hidden create, create-subscribe, subscribe,
/// update, delete and request-ban.
@Command(
    name = "user",
    description = "Manage users",
    subcommands = {
      UserCreateCommands.Create.class,
      UserCreateCommands.CreateSubscribe.class,
      UserCreateCommands.Subscribe.class,
      UserAdminCommands.Update.class,
      UserListCommand.class,
      UserGetCommand.class,
      UserAdminCommands.Delete.class,
      UserAdminCommands.RequestBan.class
    })
public final class UserCommand extends GroupCommand {}
