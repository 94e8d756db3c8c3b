package doublezero.cli.link;

import doublezero.cli.args.IfaceConverter;
import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.session.ActivationWait;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.AcceptLink;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.solana.key.PublicKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero link accept --code <pk|code> --side-z-interface <iface>` (reference
/// `smartcontract/cli/src/link/accept.rs`, SDK `commands/link/accept.rs`): AcceptLink (#66) with
/// accounts link, side Z's contributor, side Z, GlobalState; the link must be Requested and the
/// interface physical and unlinked.
@Command(name = "accept", description = "Accept a DZX link as side Z")
final class LinkAcceptCommand extends CliCommand {
  @Option(
      names = "--code",
      required = true,
      converter = PubkeyOrCodeConverter.class,
      description = "Link Pubkey or code")
  String code;

  @Option(
      names = "--side-z-interface",
      required = true,
      converter = IfaceConverter.class,
      description = "Device interface name for side Z.")
  String sideZInterface;

  @Option(
      names = {"-w", "--wait"},
      description = "Wait for the link to be activated")
  boolean wait;

  @Override
  protected void execute(Session s) {
    LedgerView l = s.ledger();
    Keyed<Link> k = l.link(code);
    Keyed<Device> z = l.device(k.value().sideZPk().toBase58());
    LinkInterfaces.checkPhysicalUnlinked(
        LinkInterfaces.find(z.value(), sideZInterface, "Z"), sideZInterface, "Z");
    if (l.globalState().isEmpty()) {
      throw new CliException("Globalstate not initialized");
    }
    if (k.value().status() != LinkStatus.REQUESTED) {
      throw new CliException("Link is not in Requested status");
    }
    PublicKey programId = s.connection().programId();
    Sender.send(
        s,
        new AcceptLink(sideZInterface)
            .toInstruction(
                programId,
                new AcceptLink.Accounts(
                    k.key(),
                    z.value().contributorPk(),
                    z.key(),
                    ServiceabilityPdas.globalState(programId).address(),
                    s.signer().publicKey())));
    if (wait) {
      ActivationWait.printStatus(s, ActivationWait.link(s, k.key()).status().rustDisplay());
    }
  }
}
