package doublezero.cli.location;

import doublezero.cli.args.CodeConverter;
import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.args.U32Converter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.command.GroupCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.output.Detail;
import doublezero.cli.output.ListFormat;
import doublezero.cli.output.Listing;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.CreateLocation;
import doublezero.sdk.serviceability.instruction.DeleteLocation;
import doublezero.sdk.serviceability.instruction.LocationAccounts;
import doublezero.sdk.serviceability.instruction.UpdateLocation;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `doublezero location create|update|list|get|delete` (reference
/// `smartcontract/cli/src/location/*.rs`, SDK `smartcontract/sdk/rs/src/commands/location/*.rs`):
/// CreateLocation (#10), UpdateLocation (#11), DeleteLocation (#14), each with the accounts
/// `[location, globalstate, payer, system]`.
@Command(
    name = "location",
    description = "Manage locations.",
    subcommands = {
      LocationCommand.Create.class,
      LocationCommand.Update.class,
      LocationCommand.ListCmd.class,
      LocationCommand.Get.class,
      LocationCommand.Delete.class
    })
public final class LocationCommand extends GroupCommand {

  static GlobalState globalState(Session s) {
    return s.ledger()
        .globalState()
        .orElseThrow(() -> new CliException("Globalstate not initialized"));
  }

  static LocationAccounts accounts(Session s, PublicKey location) {
    PublicKey program = s.connection().programId();
    return new LocationAccounts(
        location, ServiceabilityPdas.globalState(program).address(), s.signer().publicKey());
  }

  @Command(name = "create", description = "Create a new location.")
  static final class Create extends CliCommand {
    @Option(
        names = "--code",
        required = true,
        converter = CodeConverter.class,
        description = "Unique location code.")
    String code;

    @Option(names = "--name", required = true, description = "Location name.")
    String name;

    @Option(names = "--country", required = true, description = "Country of the location.")
    String country;

    @Option(names = "--lat", required = true, description = "Latitude of the location.")
    double lat;

    @Option(names = "--lng", required = true, description = "Longitude of the location.")
    double lng;

    @Option(names = "--loc-id", converter = U32Converter.class, description = "Location ID.")
    Long locId;

    @Override
    protected void execute(Session s) {
      Sender.checkBalance(s, s.signer());
      GlobalState gs = globalState(s);
      PublicKey pda =
          ServiceabilityPdas.location(s.connection().programId(), gs.accountIndex().increment())
              .address();
      Sender.send(
          s,
          new CreateLocation(code, name, country, lat, lng, locId == null ? 0 : locId)
              .toInstruction(s.connection().programId(), accounts(s, pda)));
    }
  }

  @Command(name = "update", description = "Update an existing location.")
  static final class Update extends CliCommand {
    @Option(
        names = "--pubkey",
        required = true,
        converter = PubkeyOrCodeConverter.class,
        description = "Location pubkey or code to update.")
    String pubkey;

    @Option(
        names = "--code",
        converter = CodeConverter.class,
        description = "Updated code for the location.")
    String code;

    @Option(names = "--name", description = "Updated name for the location.")
    String name;

    @Option(names = "--country", description = "Updated country for the location.")
    String country;

    @Option(names = "--lat", description = "Updated latitude for the location.")
    Double lat;

    @Option(names = "--lng", description = "Updated longitude for the location.")
    Double lng;

    @Option(
        names = "--loc-id",
        converter = U32Converter.class,
        description = "Updated location ID.")
    Long locId;

    @Override
    protected void execute(Session s) {
      Sender.checkBalance(s, s.signer());
      Keyed<Location> l = s.ledger().location(pubkey);
      globalState(s);
      Sender.send(
          s,
          new UpdateLocation(
                  Optional.ofNullable(code),
                  Optional.ofNullable(name),
                  Optional.ofNullable(country),
                  Optional.ofNullable(lat),
                  Optional.ofNullable(lng),
                  Optional.ofNullable(locId))
              .toInstruction(s.connection().programId(), accounts(s, l.key())));
    }
  }

  @Command(name = "list", description = "List all locations.")
  static final class ListCmd extends CliCommand {
    @Mixin ListFormat format;

    @Override
    protected void execute(Session s) {
      Listing.print(
          s.out(),
          LocationDisplays.LIST_HEADERS,
          s.ledger().all(Location.class).stream()
              .sorted(LocationDisplays.ORDER)
              .map(LocationDisplays::row)
              .toList(),
          format);
    }
  }

  @Command(name = "get", description = "Get details for a specific location.")
  static final class Get extends CliCommand {
    @Option(
        names = "--code",
        required = true,
        converter = PubkeyOrCodeConverter.class,
        description = "Location pubkey or code to get details for.")
    String code;

    @Option(names = "--json", description = "Output as JSON.")
    boolean json;

    @Override
    protected void execute(Session s) {
      Detail.print(s.out(), LocationDisplays.detail(s.ledger().location(code)), json);
    }
  }

  @Command(name = "delete", description = "Delete a location.")
  static final class Delete extends CliCommand {
    @Option(
        names = "--pubkey",
        required = true,
        converter = PubkeyOrCodeConverter.class,
        description = "Location pubkey or code to delete.")
    String pubkey;

    @Override
    protected void execute(Session s) {
      Sender.checkBalance(s, s.signer());
      Keyed<Location> l = s.ledger().location(pubkey);
      globalState(s);
      if (l.value().referenceCount() > 0) {
        throw new CliException(
            "Location cannot be deleted, it has " + l.value().referenceCount() + " references");
      }
      Sender.send(
          s, new DeleteLocation().toInstruction(s.connection().programId(), accounts(s, l.key())));
    }
  }
}
