package doublezero.cli.permission;

import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.serviceability.instruction.CreatePermission;
import doublezero.sdk.serviceability.instruction.UpdatePermission;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Permission;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero permission set --user-payer <pk> [--add P]… [--remove P]…` (reference
/// `smartcontract/cli/src/permission/set.rs`): CreatePermission (#97) with the `--add` mask when
/// the user payer has no permission account yet (`--remove` is then refused), else UpdatePermission
/// (#98) with the add and remove masks. Prints `Signature: <sig>` and `Permissions: <names>` (the
/// account's permissions after the change).
@Command(name = "set", description = "Grant or update the permissions of a user payer.")
final class PermissionSetCommand extends CliCommand {
  @Option(
      names = "--user-payer",
      required = true,
      description = "Pubkey to grant/update permissions for.")
  String userPayer;

  @Option(
      names = "--add",
      paramLabel = "PERMISSION",
      converter = PermissionNameConverter.class,
      description = "Permission(s) to grant (repeat for multiple).")
  List<PermissionName> add = new ArrayList<>();

  @Option(
      names = "--remove",
      paramLabel = "PERMISSION",
      converter = PermissionNameConverter.class,
      description = "Permission(s) to revoke; only valid when updating an existing account.")
  List<PermissionName> remove = new ArrayList<>();

  @Override
  protected void execute(Session s) {
    if (add.isEmpty() && remove.isEmpty()) {
      throw new CliException("at least one --add or --remove flag is required");
    }
    Sender.checkBalance(s, s.signer());
    PublicKey payer = PermissionCommand.userPayer(userPayer);
    PublicKey program = s.connection().programId();
    PublicKey pda = ServiceabilityPdas.permission(program, payer).address();
    boolean exists = s.ledger().get(pda, Permission.class).isPresent();
    Instruction ix;
    U128 result = PermissionName.mask(add);
    if (!exists) {
      if (!remove.isEmpty()) {
        throw new CliException(
            "cannot --remove permissions from an account that does not exist yet");
      }
      if (s.ledger().globalState().isEmpty()) {
        throw new CliException("Globalstate not initialized");
      }
      ix =
          new CreatePermission(payer, result)
              .toInstruction(program, PermissionCommand.accounts(s, pda));
    } else {
      ix =
          new UpdatePermission(result, PermissionName.mask(remove))
              .toInstruction(program, PermissionCommand.accounts(s, pda));
    }
    String sig = Sender.sendQuietly(s, List.of(ix));
    if (exists) {
      result = PermissionCommand.find(s, pda).permissions();
    }
    s.out().println("Signature:   " + sig);
    s.out().println("Permissions: " + String.join(", ", PermissionName.names(result)));
  }
}
