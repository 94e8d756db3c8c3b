package doublezero.cli.globalconfig;

import doublezero.cli.args.MeKey;
import doublezero.cli.command.CliCommand;
import doublezero.cli.command.GroupCommand;
import doublezero.cli.output.Detail;
import doublezero.cli.output.Display;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.GlobalStateAccounts;
import doublezero.sdk.serviceability.instruction.SetAuthority;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero global-config authority set|get` (reference
/// `smartcontract/cli/src/globalconfig/authority/*.rs`): SetAuthority (#2) `[globalstate, payer,
/// system]`; `get` shows `activator_authority` and `access_authority` (the sentinel authority).
@Command(
    name = "authority",
    description = "Set the global configuration authority.",
    subcommands = {AuthorityCommand.Set.class, AuthorityCommand.Get.class})
final class AuthorityCommand extends GroupCommand {

  @Command(name = "set", description = "Set the global configuration authority.")
  static final class Set extends CliCommand {
    @Option(
        names = "--activator-authority",
        description = "New activator authority pubkey or `me`.")
    String activator;

    @Option(names = "--sentinel-authority", description = "New sentinel authority pubkey or `me`.")
    String sentinel;

    @Option(names = "--health-oracle", description = "New health oracle pubkey or `me`.")
    String healthOracle;

    @Option(
        names = "--reservation-authority",
        description = "New reservation authority pubkey or `me`.")
    String reservation;

    @Override
    protected void execute(Session s) {
      PublicKey payer = s.signer().publicKey();
      Sender.checkBalance(s, s.signer());
      SetAuthority ix =
          new SetAuthority(
              key(activator, payer),
              key(sentinel, payer),
              key(healthOracle, payer),
              key(reservation, payer));
      GlobalConfigCommand.globalState(s);
      PublicKey p = s.connection().programId();
      Sender.send(
          s,
          ix.toInstruction(
              p, new GlobalStateAccounts(ServiceabilityPdas.globalState(p).address(), payer)));
    }

    private static Optional<PublicKey> key(String arg, PublicKey payer) {
      return Optional.ofNullable(arg).map(a -> MeKey.resolve(a, payer));
    }
  }

  @Command(name = "get", description = "Get the global configuration authority.")
  static final class Get extends CliCommand {
    @Option(names = "--json", description = "Output as JSON.")
    boolean json;

    @Override
    protected void execute(Session s) {
      GlobalState gs = GlobalConfigCommand.globalState(s);
      Detail.print(
          s.out(),
          new Display()
              .key("activator_authority", gs.activatorAuthorityPk())
              .key("access_authority", gs.sentinelAuthorityPk()),
          json);
    }
  }
}
