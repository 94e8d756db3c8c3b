package doublezero.cli.account;

import doublezero.cli.args.Validators;
import doublezero.cli.command.CliCommand;
import doublezero.cli.session.Session;
import doublezero.sdk.solana.key.PublicKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero log --pubkey P` (reference `smartcontract/cli/src/logcommand.rs`, SDK `client.rs`
/// `get_logs`): the program log lines of every transaction that names the account, newest
/// transaction first, one per line. Transactions the node cannot return are skipped. A `--pubkey`
/// that is not a 43–44 character base58 key is a usage error `Invalid pubkey` (exit 2).
@Command(name = "log", description = "Get logs")
public final class LogCommand extends CliCommand {
  @Option(
      names = "--pubkey",
      required = true,
      paramLabel = "PUBKEY",
      description = "Public key of the user to get logs for")
  String pubkey;

  @Override
  protected void execute(Session s) {
    PublicKey key = Validators.asPubkey(pubkey).orElseThrow(() -> usage("Invalid pubkey"));
    TransactionHistory.logs(s.rpc(), key).forEach(s.out()::println);
  }
}
