package doublezero.cli.link;

import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.args.WireEnumArgs;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.SetLinkHealth;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkHealth;
import doublezero.sdk.solana.key.PublicKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// Hidden `doublezero link set-health --pubkey <pk|code> --health <h>` (reference
/// `smartcontract/cli/src/link/sethealth.rs`, SDK `commands/link/sethealth.rs`): SetLinkHealth
/// (#84) with accounts link and GlobalState. Health: `unknown`, `pending`, `ready-for-service`,
/// `impaired`.
@Command(name = "set-health", hidden = true, description = "Set the health of a link")
final class LinkSetHealthCommand extends CliCommand {
  @Option(
      names = "--pubkey",
      required = true,
      converter = PubkeyOrCodeConverter.class,
      description = "Link Pubkey or code")
  String pubkey;

  @Option(
      names = "--health",
      required = true,
      description = "Link health (unknown, pending, ready-for-service, impaired)")
  String health;

  @Override
  protected void execute(Session s) {
    LinkHealth h =
        parsed(
                () ->
                    WireEnumArgs.option(LinkHealth.class, "--health", health, "Invalid LinkHealth"))
            .orElseThrow();
    Keyed<Link> k = s.ledger().link(pubkey);
    if (s.ledger().globalState().isEmpty()) {
      throw new CliException("Globalstate not initialized");
    }
    PublicKey programId = s.connection().programId();
    Sender.send(
        s,
        new SetLinkHealth(h)
            .toInstruction(
                programId,
                new SetLinkHealth.Accounts(
                    k.key(),
                    ServiceabilityPdas.globalState(programId).address(),
                    s.signer().publicKey())));
  }
}
