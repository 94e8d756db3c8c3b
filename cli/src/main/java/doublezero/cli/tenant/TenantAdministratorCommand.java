package doublezero.cli.tenant;

import doublezero.cli.args.MeKey;
import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.command.GroupCommand;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.TenantAddAdministrator;
import doublezero.sdk.serviceability.instruction.TenantRemoveAdministrator;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero tenant administrator add|remove --pubkey <pk|code> --administrator <pk>` (reference
/// `smartcontract/cli/src/tenant/{add,remove}_administrator.rs`): TenantAddAdministrator (#91) /
/// TenantRemoveAdministrator (#92) with `[tenant, globalstate (read-only), payer, system]`.
@Command(
    name = "administrator",
    description = "Manage tenant administrators.",
    subcommands = {TenantAdministratorCommand.Add.class, TenantAdministratorCommand.Remove.class})
final class TenantAdministratorCommand extends GroupCommand {

  abstract static class Change extends CliCommand {
    @Option(
        names = "--pubkey",
        required = true,
        converter = PubkeyOrCodeConverter.class,
        description = "Tenant pubkey or code.")
    String pubkey;

    @Option(names = "--administrator", required = true, description = "Administrator pubkey.")
    String administrator;

    abstract Instruction instruction(Session s, PublicKey tenant, PublicKey admin);

    @Override
    protected void execute(Session s) {
      Sender.checkBalance(s, s.signer());
      Keyed<Tenant> t = s.ledger().tenant(pubkey);
      PublicKey admin = MeKey.parse(administrator, "Invalid administrator pubkey");
      Sender.send(s, instruction(s, t.key(), admin));
    }
  }

  @Command(name = "add", description = "Add an administrator to a tenant.")
  static final class Add extends Change {
    @Override
    Instruction instruction(Session s, PublicKey tenant, PublicKey admin) {
      return new TenantAddAdministrator(admin)
          .toInstruction(s.connection().programId(), TenantCommand.accounts(s, tenant));
    }
  }

  @Command(name = "remove", description = "Remove an administrator from a tenant.")
  static final class Remove extends Change {
    @Override
    Instruction instruction(Session s, PublicKey tenant, PublicKey admin) {
      return new TenantRemoveAdministrator(admin)
          .toInstruction(s.connection().programId(), TenantCommand.accounts(s, tenant));
    }
  }
}
