package doublezero.cli.migrate;

import doublezero.cli.command.CliCommand;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.Migrate;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import picocli.CommandLine.Command;

/// Hidden `doublezero migrate` (reference `smartcontract/cli/src/migrate.rs`, SDK
/// `commands/migrate.rs`): every user still at its old index-derived PDA is moved to its
/// `(client_ip, user_type)` PDA with one Migrate (#0) `[old user, new user, payer, system]` each,
/// printing `Migrated user from <old> to <new>: <sig>`; then the JSON string `"Migration completed
/// successfully"` (no trailing newline, as `serde_json::to_writer_pretty` writes it).
@Command(name = "migrate", hidden = true, description = "Migrate accounts to their current layout.")
public final class MigrateCommand extends CliCommand {
  @Override
  protected void execute(Session s) {
    PublicKey p = s.connection().programId();
    List<Keyed<User>> users = s.ledger().all(User.class);
    for (Keyed<User> u : users) {
      PublicKey old = ServiceabilityPdas.userV1(p, u.value().index()).address();
      if (!old.equals(u.key())) {
        continue;
      }
      PublicKey fresh =
          ServiceabilityPdas.userV2(p, u.value().clientIp(), u.value().userType()).address();
      String sig =
          Sender.sendQuietly(
              s,
              List.of(
                  new Migrate()
                      .toInstruction(p, new Migrate.Accounts(old, fresh, s.signer().publicKey()))));
      s.out().println("Migrated user from " + old + " to " + fresh + ": " + sig);
    }
    s.out().print("\"Migration completed successfully\"");
  }
}
