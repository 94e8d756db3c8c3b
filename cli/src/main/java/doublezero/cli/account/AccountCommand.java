package doublezero.cli.account;

import doublezero.cli.args.Validators;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.session.Session;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.serviceability.state.ServiceabilityAccounts;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.AccountInfo;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero account --pubkey P [--logs]` (reference `smartcontract/cli/src/account.rs`): the
/// account's type and contents (`{Name} ({args})`, see [AccountText]), a blank line,
/// `Transactions:`, then for each instruction of each transaction naming the account, newest first,
/// `{time}: {Instruction} ({args})` and `\t\t\tpubkey: {account}, signature: {sig}`; with `--logs`
/// each transaction's log lines follow as ` - {line}` and a blank line. An account the program does
/// not own prints `None ()`. The subcommand `account decode` decodes raw account data offline.
///
/// Errors: a `--pubkey` that is not a 43–44 character base58 key is a usage error `Invalid pubkey`
/// (exit 2); a missing account is `Error: AccountNotFound: pubkey=P` (exit 1).
@Command(
    name = "account",
    description = "Get Account",
    subcommands = {AccountDecodeCommand.class})
public final class AccountCommand extends CliCommand {
  @Option(
      names = "--pubkey",
      paramLabel = "PUBKEY",
      description = "Public key of the account to retrieve")
  String pubkey;

  @Option(names = "--logs", description = "Include transaction logs in the output")
  boolean logs;

  @Override
  protected void execute(Session s) {
    PublicKey key = parsePubkey(pubkey);
    AccountInfo info =
        s.rpc()
            .getAccountInfo(key)
            .orElseThrow(() -> new CliException("AccountNotFound: pubkey=" + key));
    PrintWriter out = s.out();
    out.println(summary(info, s.connection().programId()));
    out.println();
    List<TransactionHistory.Entry> history;
    try {
      history = TransactionHistory.entries(s.rpc(), s.connection().programId(), key);
    } catch (RuntimeException e) {
      out.println("Error: " + e.getMessage());
      return;
    }
    out.println("Transactions:");
    for (TransactionHistory.Entry t : history) {
      out.println(
          t.time()
              + ": "
              + t.name()
              + " ("
              + t.args()
              + ")\n\t\t\tpubkey: "
              + t.account()
              + ", signature: "
              + t.signature());
      if (logs) {
        t.logs().forEach(l -> out.println("  - " + l));
        out.println();
      }
    }
  }

  /// The reference's `parse_pubkey` rule ([Validators#asPubkey]); anything else is `Invalid
  /// pubkey`.
  private PublicKey parsePubkey(String text) {
    if (text == null) {
      throw usage("Missing required option: '--pubkey=PUBKEY'");
    }
    return Validators.asPubkey(text).orElseThrow(() -> usage("Invalid pubkey"));
  }

  private static String summary(AccountInfo info, PublicKey program) {
    if (!info.owner().equals(program)) {
      return "None ()";
    }
    try {
      return AccountText.summary(ServiceabilityAccounts.decode(info.data()));
    } catch (DecodeException e) {
      throw new CliException("cannot decode the account: " + e.getMessage(), e);
    }
  }
}
