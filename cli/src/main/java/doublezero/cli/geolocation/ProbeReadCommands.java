package doublezero.cli.geolocation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.args.Validators;
import doublezero.cli.command.CliCommand;
import doublezero.cli.output.Detail;
import doublezero.cli.output.Display;
import doublezero.cli.output.ListFormat;
import doublezero.cli.output.Listing;
import doublezero.cli.session.Session;
import doublezero.sdk.geolocation.pda.GeolocationPda;
import doublezero.sdk.geolocation.state.GeoProbe;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `doublezero geolocation probe get|list` (reference
/// `smartcontract/cli/src/geolocation/probe/{get,list}.rs`): `get` prints ` field | value` lines or
/// with `--json` the pretty object; `list` a psql table sorted by code, or `--json` /
/// `--json-compact` arrays. `parent_devices` is an array of base58 keys in JSON; the table of `get`
/// shows it as `[k1, k2]` and the `list` table shows only `parent_count`.
final class ProbeReadCommands {
  /// `probe list` columns, in order.
  static final List<String> LIST_HEADERS =
      List.of(
          "account", "code", "public_ip", "port", "exchange", "parent_count", "reference_count");

  private ProbeReadCommands() {}

  static Display row(DecodedAccount<GeoProbe> a) {
    GeoProbe p = a.state();
    return new Display()
        .key("account", a.address())
        .text("code", p.code())
        .text("public_ip", p.publicIp().toString())
        .number("port", p.locationOffsetPort())
        .key("exchange", p.exchangePk())
        .custom("parent_devices", "", parents(p))
        .hidden()
        .number("parent_count", p.parentDevices().size())
        .number("reference_count", p.referenceCount());
  }

  static Display detail(DecodedAccount<GeoProbe> a) {
    GeoProbe p = a.state();
    String shown =
        "["
            + p.parentDevices().stream().map(PublicKey::toBase58).collect(Collectors.joining(", "))
            + "]";
    return new Display()
        .key("account", a.address())
        .text("code", p.code())
        .key("owner", p.owner())
        .key("exchange", p.exchangePk())
        .text("public_ip", p.publicIp().toString())
        .number("port", p.locationOffsetPort())
        .custom("parent_devices", shown, parents(p))
        .key("signing_keypair", p.metricsPublisherPk())
        .number("reference_count", p.referenceCount());
  }

  private static ArrayNode parents(GeoProbe p) {
    ArrayNode arr = JsonNodeFactory.instance.arrayNode();
    p.parentDevices().forEach(k -> arr.add(k.toBase58()));
    return arr;
  }

  @Command(name = "get", description = "Get details of a specific probe.")
  static final class Get extends CliCommand {
    @Mixin GeoProgramOption program;

    @Option(
        names = "--probe",
        required = true,
        converter = PubkeyOrCodeConverter.class,
        description = "Probe pubkey or code to retrieve.")
    String probe;

    @Option(names = "--json", description = "Output as JSON.")
    boolean json;

    @Override
    protected void execute(Session s) {
      GeoContext geo = GeoContext.of(s, program);
      PublicKey key =
          Validators.asPubkey(probe)
              .orElseGet(() -> GeolocationPda.geoProbe(geo.programId(), probe).address());
      Detail.print(s.out(), detail(geo.probe(key, probe)), json);
    }
  }

  @Command(name = "list", description = "List all probes.")
  static final class ListCmd extends CliCommand {
    @Mixin GeoProgramOption program;
    @Mixin ListFormat format;

    @Override
    protected void execute(Session s) {
      if (format.json() && format.jsonCompact()) {
        throw usage("the argument '--json' cannot be used with '--json-compact'");
      }
      GeoContext geo = GeoContext.of(s, program);
      Listing.print(
          s.out(),
          LIST_HEADERS,
          geo.client().geoProbes().stream()
              .sorted(Comparator.comparing(a -> a.state().code()))
              .map(ProbeReadCommands::row)
              .toList(),
          format);
    }
  }
}
