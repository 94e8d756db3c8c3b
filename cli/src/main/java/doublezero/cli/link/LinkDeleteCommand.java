package doublezero.cli.link;

import doublezero.cli.args.PubkeyConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.DeleteLink;
import doublezero.sdk.serviceability.instruction.LinkTeardownAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero link delete --pubkey <pk>` (reference `smartcontract/cli/src/link/delete.rs`, SDK
/// `commands/link/delete.rs`; the flag takes an address only): DeleteLink (#34) with accounts link,
/// its contributor, GlobalState (+ side A, side Z, DeviceTunnelBlock, LinkIds, link owner with
/// `OnChainAllocation`).
@Command(name = "delete", description = "Delete a link")
final class LinkDeleteCommand extends CliCommand {
  @Option(
      names = "--pubkey",
      required = true,
      converter = PubkeyConverter.class,
      description = "Link Pubkey to delete")
  PublicKey pubkey;

  @Override
  protected void execute(Session s) {
    LedgerView l = s.ledger();
    Keyed<Link> k = l.link(pubkey.toBase58());
    GlobalState gs =
        l.globalState().orElseThrow(() -> new CliException("Globalstate not initialized"));
    boolean onchain = gs.featureFlags().isSet(FeatureFlag.ON_CHAIN_ALLOCATION);
    PublicKey programId = s.connection().programId();
    Link v = k.value();
    Optional<LinkTeardownAccounts> teardown =
        onchain
            ? Optional.of(
                new LinkTeardownAccounts(
                    v.sideAPk(),
                    v.sideZPk(),
                    ServiceabilityPdas.deviceTunnelBlock(programId).address(),
                    ServiceabilityPdas.linkIds(programId).address(),
                    v.owner()))
            : Optional.empty();
    Sender.send(
        s,
        new DeleteLink(onchain)
            .toInstruction(
                programId,
                new DeleteLink.Accounts(
                    k.key(),
                    v.contributorPk(),
                    ServiceabilityPdas.globalState(programId).address(),
                    teardown,
                    s.signer().publicKey())));
  }
}
