package doublezero.cli.globalconfig;

import doublezero.cli.args.U64Converter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.command.GroupCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.output.Detail;
import doublezero.cli.output.Display;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.GlobalStateAccounts;
import doublezero.sdk.serviceability.instruction.SetAirdrop;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero global-config airdrop set|get` (reference
/// `smartcontract/cli/src/globalconfig/airdrop/*.rs`): SetAirdrop (#68) `[globalstate, payer,
/// system]`; amounts in lamports.
@Command(
    name = "airdrop",
    description = "Set the global configuration airdrop values.",
    subcommands = {AirdropCommand.Set.class, AirdropCommand.Get.class})
final class AirdropCommand extends GroupCommand {

  @Command(name = "set", description = "Set the global configuration airdrops.")
  static final class Set extends CliCommand {
    @Option(
        names = "--contributor-airdrop-lamports",
        converter = U64Converter.class,
        description = "New contributor airdrop amount (lamports).")
    Long contributor;

    @Option(
        names = "--user-airdrop-lamports",
        converter = U64Converter.class,
        description = "New user airdrop amount (lamports).")
    Long user;

    @Override
    protected void execute(Session s) {
      Sender.checkBalance(s, s.signer());
      if (s.ledger().globalState().isEmpty()) {
        throw new CliException("GlobalState not initialized");
      }
      PublicKey p = s.connection().programId();
      Sender.send(
          s,
          new SetAirdrop(Optional.ofNullable(contributor), Optional.ofNullable(user))
              .toInstruction(
                  p,
                  new GlobalStateAccounts(
                      ServiceabilityPdas.globalState(p).address(), s.signer().publicKey())));
    }
  }

  @Command(name = "get", description = "Get the global configuration airdrops.")
  static final class Get extends CliCommand {
    @Option(names = "--json", description = "Output as JSON.")
    boolean json;

    @Override
    protected void execute(Session s) {
      GlobalState gs = GlobalConfigCommand.globalState(s);
      Detail.print(
          s.out(),
          new Display()
              .u64("contributor_airdrop_lamports", gs.contributorAirdropLamports())
              .u64("user_airdrop_lamports", gs.userAirdropLamports()),
          json);
    }
  }
}
