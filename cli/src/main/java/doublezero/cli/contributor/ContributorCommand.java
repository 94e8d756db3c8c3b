package doublezero.cli.contributor;

import doublezero.cli.args.CodeConverter;
import doublezero.cli.args.PubkeyOrMeConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.command.GroupCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.output.Display;
import doublezero.cli.output.ListFormat;
import doublezero.cli.output.Listing;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `doublezero contributor create|update|list|get|delete` (update/get/delete in
/// [ContributorManageCommands]) (reference `smartcontract/cli/src/contributor/`). Project addition:
/// `create` without `--owner` makes the caller the owner.
@Command(
    name = "contributor",
    description = "Manage contributors.",
    subcommands = {
      ContributorCommand.Create.class,
      ContributorManageCommands.Update.class,
      ContributorCommand.ListCmd.class,
      ContributorManageCommands.Get.class,
      ContributorManageCommands.Delete.class
    })
public final class ContributorCommand extends GroupCommand {

  @Command(name = "create", description = "Create a contributor (owner defaults to you).")
  static final class Create extends CliCommand {
    @Option(
        names = "--code",
        required = true,
        converter = CodeConverter.class,
        description = "Contributor code.")
    String code;

    @Option(
        names = "--owner",
        converter = PubkeyOrMeConverter.class,
        description = "Owner pubkey or `me` (default: me).")
    String owner;

    @Override
    protected void execute(Session s) {
      PublicKey payer = s.signer().publicKey();
      PublicKey ownerPk = owner == null || owner.equals("me") ? payer : PublicKey.fromBase58(owner);
      LedgerView l = s.ledger();
      if (l.all(Contributor.class).stream().anyMatch(k -> k.value().code().equals(code))) {
        throw new CliException("Contributor with code '" + code + "' already exists");
      }
      GlobalState gs =
          l.globalState().orElseThrow(() -> new CliException("GlobalState not initialized"));
      Sender.send(
          s, ContributorInstructions.create(s.connection().programId(), gs, code, ownerPk, payer));
    }
  }

  @Command(name = "list", description = "List contributors.")
  static final class ListCmd extends CliCommand {
    @Mixin ListFormat format;

    @Override
    protected void execute(Session s) {
      List<Display> rows =
          s.ledger().all(Contributor.class).stream()
              .sorted(Comparator.comparing(k -> k.value().owner().toBase58()))
              .map(
                  k ->
                      new Display()
                          .key("account", k.key())
                          .text("code", k.value().code())
                          .variant("status", k.value().status())
                          .key("owner", k.value().owner()))
              .toList();
      Listing.print(s.out(), List.of("account", "code", "status", "owner"), rows, format);
    }
  }
}
