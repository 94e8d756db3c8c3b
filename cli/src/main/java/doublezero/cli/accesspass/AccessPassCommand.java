package doublezero.cli.accesspass;

import doublezero.cli.args.Ipv4Converter;
import doublezero.cli.args.PubkeyConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.command.GroupCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.output.Detail;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.instruction.CloseAccessPass;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.solana.key.PublicKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero access-pass set|close|list|get|user-balances|fund` (reference
/// `client/doublezero/src/cli/accesspass.rs`, `smartcontract/cli/src/accesspass/`).
@Command(
    name = "access-pass",
    description = "Manage access passes",
    subcommands = {
      AccessPassSetCommand.class,
      AccessPassCommand.Close.class,
      AccessPassListCommand.class,
      AccessPassCommand.Get.class,
      AccessPassUserBalancesCommand.class,
      AccessPassFundCommand.class
    })
public final class AccessPassCommand extends GroupCommand {

  /// `access-pass close --pubkey <pk>`: CloseAccessPass (#69) with the pass and GlobalState.
  @Command(name = "close", description = "Close access pass")
  static final class Close extends CliCommand {
    @Option(
        names = "--pubkey",
        required = true,
        converter = PubkeyConverter.class,
        description = "Access pass public key")
    PublicKey pubkey;

    @Override
    protected void execute(Session s) {
      PublicKey payer = s.signer().publicKey();
      Sender.checkBalance(s, s.signer());
      if (s.ledger().globalState().isEmpty()) {
        throw new CliException("Globalstate not initialized");
      }
      PublicKey program = s.connection().programId();
      Sender.send(
          s,
          new CloseAccessPass()
              .toInstruction(
                  program,
                  new CloseAccessPass.Accounts(
                      pubkey, ServiceabilityPdas.globalState(program).address(), payer)));
    }
  }

  /// `access-pass get --client-ip <ip> --user-payer <pk> [--json]`.
  @Command(name = "get", description = "Get access pass details")
  static final class Get extends CliCommand {
    @Option(
        names = "--client-ip",
        required = true,
        converter = Ipv4Converter.class,
        description = "Client IP address")
    Ipv4Address clientIp;

    @Option(
        names = "--user-payer",
        required = true,
        converter = PubkeyConverter.class,
        description = "User payer public key")
    PublicKey userPayer;

    @Option(names = "--json", description = "Output as JSON")
    boolean json;

    @Override
    protected void execute(Session s) {
      long epoch = s.rpc().getEpochInfo().epoch();
      LedgerView l = s.ledger();
      PublicKey pda = ServiceabilityPdas.accessPass(l.programId(), clientIp, userPayer).address();
      AccessPass p =
          l.get(pda, AccessPass.class).orElseThrow(() -> new CliException("Access Pass not found"));
      Detail.print(s.out(), AccessPassDisplays.detail(l, pda, p, epoch), json);
    }
  }
}
