package doublezero.cli.keys;

import doublezero.cli.command.CliCommand;
import doublezero.cli.session.Session;
import picocli.CommandLine.Command;

/// `doublezero address`: prints the signer's public key (reference
/// `smartcontract/cli/src/address.rs`).
@Command(name = "address", description = "Print your DoubleZero address (the signer's public key).")
public final class AddressCommand extends CliCommand {
  @Override
  protected void execute(Session s) {
    s.out().println(s.signer().publicKey());
  }
}
