package doublezero.cli.keys;

import doublezero.cli.command.CliCommand;
import doublezero.cli.output.Formats;
import doublezero.cli.session.Session;
import picocli.CommandLine.Command;

/// `doublezero balance`: prints the signer's balance as `{lamports / 1e9} Credits` with Rust `f64`
/// Display (`1 Credits`, `0.5 Credits`; reference `smartcontract/cli/src/balance.rs`).
@Command(name = "balance", description = "Print your balance in credits.")
public final class BalanceCommand extends CliCommand {
  @Override
  protected void execute(Session s) {
    long lamports = s.rpc().getBalance(s.signer().publicKey());
    s.out().println(Formats.f64(lamports / 1e9) + " Credits");
  }
}
