package doublezero.cli.exchange;

import doublezero.cli.args.CodeConverter;
import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.args.U16Converter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.command.GroupCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.output.Detail;
import doublezero.cli.output.ListFormat;
import doublezero.cli.output.Listing;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.CreateExchange;
import doublezero.sdk.serviceability.instruction.DeleteExchange;
import doublezero.sdk.serviceability.instruction.ExchangeAccounts;
import doublezero.sdk.serviceability.instruction.ExchangeGlobalConfigAccounts;
import doublezero.sdk.serviceability.instruction.UpdateExchange;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `doublezero exchange create|update|set-device|list|get|delete` (reference
/// `smartcontract/cli/src/exchange/*.rs`, SDK `smartcontract/sdk/rs/src/commands/exchange/*.rs`):
/// CreateExchange (#15) and UpdateExchange (#16) with `[exchange, globalconfig, globalstate, payer,
/// system]`, DeleteExchange (#19) with `[exchange, globalstate, payer, system]`, SetDeviceExchange
/// (#65) in [ExchangeSetDeviceCommand].
@Command(
    name = "exchange",
    description = "Manage exchanges.",
    subcommands = {
      ExchangeCommand.Create.class,
      ExchangeCommand.Update.class,
      ExchangeSetDeviceCommand.class,
      ExchangeCommand.ListCmd.class,
      ExchangeCommand.Get.class,
      ExchangeCommand.Delete.class
    })
public final class ExchangeCommand extends GroupCommand {

  static GlobalState globalState(Session s) {
    return s.ledger()
        .globalState()
        .orElseThrow(() -> new CliException("Globalstate not initialized"));
  }

  static ExchangeGlobalConfigAccounts withConfig(Session s, PublicKey exchange) {
    PublicKey program = s.connection().programId();
    return new ExchangeGlobalConfigAccounts(
        exchange,
        ServiceabilityPdas.globalConfig(program).address(),
        ServiceabilityPdas.globalState(program).address(),
        s.signer().publicKey());
  }

  @Command(
      name = "create",
      description = "Create a new exchange (the BGP community is assigned by the program).")
  static final class Create extends CliCommand {
    @Option(
        names = "--code",
        required = true,
        converter = CodeConverter.class,
        description = "Unique code for the exchange.")
    String code;

    @Option(names = "--name", required = true, description = "Name of the exchange.")
    String name;

    @Option(names = "--lat", required = true, description = "Latitude of the exchange.")
    double lat;

    @Option(names = "--lng", required = true, description = "Longitude of the exchange.")
    double lng;

    @Override
    protected void execute(Session s) {
      Sender.checkBalance(s, s.signer());
      GlobalState gs = globalState(s);
      PublicKey pda =
          ServiceabilityPdas.exchange(s.connection().programId(), gs.accountIndex().increment())
              .address();
      Sender.send(
          s,
          new CreateExchange(code, name, lat, lng, 0)
              .toInstruction(s.connection().programId(), withConfig(s, pda)));
    }
  }

  @Command(name = "update", description = "Update an existing exchange.")
  static final class Update extends CliCommand {
    @Option(
        names = "--pubkey",
        required = true,
        converter = PubkeyOrCodeConverter.class,
        description = "Exchange pubkey or code to update.")
    String pubkey;

    @Option(
        names = "--code",
        converter = CodeConverter.class,
        description = "Updated code for the exchange.")
    String code;

    @Option(names = "--name", description = "Updated name for the exchange.")
    String name;

    @Option(names = "--lat", description = "Updated latitude for the exchange.")
    Double lat;

    @Option(names = "--lng", description = "Updated longitude for the exchange.")
    Double lng;

    @Option(
        names = "--bgp-community",
        converter = U16Converter.class,
        description = "Re-assign BGP community value.")
    Integer bgpCommunity;

    @Override
    protected void execute(Session s) {
      Sender.checkBalance(s, s.signer());
      if (bgpCommunity != null
          && (bgpCommunity < GlobalConfig.BGP_COMMUNITY_MIN
              || bgpCommunity > GlobalConfig.BGP_COMMUNITY_MAX)) {
        throw new CliException(
            "BGP community "
                + bgpCommunity
                + " is out of valid range "
                + GlobalConfig.BGP_COMMUNITY_MIN
                + "-"
                + GlobalConfig.BGP_COMMUNITY_MAX);
      }
      Keyed<Exchange> e = s.ledger().exchange(pubkey);
      globalState(s);
      Sender.send(
          s,
          new UpdateExchange(
                  Optional.ofNullable(code),
                  Optional.ofNullable(name),
                  Optional.ofNullable(lat),
                  Optional.ofNullable(lng),
                  Optional.ofNullable(bgpCommunity))
              .toInstruction(s.connection().programId(), withConfig(s, e.key())));
    }
  }

  @Command(name = "list", description = "List all exchanges.")
  static final class ListCmd extends CliCommand {
    @Mixin ListFormat format;

    @Override
    protected void execute(Session s) {
      var ledger = s.ledger();
      Listing.print(
          s.out(),
          ExchangeDisplays.LIST_HEADERS,
          ledger.all(Exchange.class).stream()
              .sorted(ExchangeDisplays.ORDER)
              .map(k -> ExchangeDisplays.row(ledger, k))
              .toList(),
          format);
    }
  }

  @Command(name = "get", description = "Get details for a specific exchange.")
  static final class Get extends CliCommand {
    @Option(
        names = "--code",
        required = true,
        converter = CodeConverter.class,
        description = "Exchange pubkey or code to get details for.")
    String code;

    @Option(names = "--json", description = "Output as JSON.")
    boolean json;

    @Override
    protected void execute(Session s) {
      var ledger = s.ledger();
      Detail.print(s.out(), ExchangeDisplays.detail(ledger, ledger.exchange(code)), json);
    }
  }

  @Command(name = "delete", description = "Delete an exchange.")
  static final class Delete extends CliCommand {
    @Option(
        names = "--pubkey",
        required = true,
        converter = PubkeyOrCodeConverter.class,
        description = "Exchange pubkey or code to delete.")
    String pubkey;

    @Override
    protected void execute(Session s) {
      Sender.checkBalance(s, s.signer());
      Keyed<Exchange> e = s.ledger().exchange(pubkey);
      globalState(s);
      if (e.value().referenceCount() > 0) {
        throw new CliException(
            "Exchange cannot be deleted, it has " + e.value().referenceCount() + " references");
      }
      PublicKey program = s.connection().programId();
      Sender.send(
          s,
          new DeleteExchange()
              .toInstruction(
                  program,
                  new ExchangeAccounts(
                      e.key(),
                      ServiceabilityPdas.globalState(program).address(),
                      s.signer().publicKey())));
    }
  }
}
