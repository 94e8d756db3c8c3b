package doublezero.cli.device;

import doublezero.cli.args.Enums;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.output.ListFormat;
import doublezero.cli.output.Listing;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceHealth;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `doublezero device list [filters] [--json|--json-compact]` (reference
/// `smartcontract/cli/src/device/list.rs`).
@Command(name = "list", description = "List devices.")
final class DeviceListCommand extends CliCommand {
  @Option(
      names = {"-c", "--contributor"},
      description = "Filter by contributor (pubkey or code).")
  String contributor;

  @Option(names = "--exchange", description = "Filter by exchange (pubkey or code).")
  String exchange;

  @Option(names = "--location", description = "Filter by location (pubkey or code).")
  String location;

  @Option(names = "--device-type", description = "Filter by device type (hybrid, transit, edge).")
  String deviceType;

  @Option(names = "--status", description = "Filter by status.")
  String status;

  @Option(names = "--health", description = "Filter by health.")
  String health;

  @Option(
      names = "--desired-status",
      description = "Filter by desired status (pending, activated, drained).")
  String desiredStatus;

  @Option(names = "--code", description = "Filter by device code (partial match).")
  String code;

  @Mixin ListFormat format;

  @Override
  protected void execute(Session s) {
    LedgerView l = s.ledger();
    Predicate<Device> keep = d -> true;
    if (contributor != null) {
      var pk = l.contributor(contributor).key();
      keep = keep.and(d -> d.contributorPk().equals(pk));
    }
    if (exchange != null) {
      var pk = find(l, exchange, Exchange.class, "Exchange");
      keep = keep.and(d -> d.exchangePk().equals(pk));
    }
    if (location != null) {
      var pk = find(l, location, Location.class, "Location");
      keep = keep.and(d -> d.locationPk().equals(pk));
    }
    if (deviceType != null) {
      DeviceType t = Enums.parse(DeviceType.class, deviceType, "device type");
      keep = keep.and(d -> d.deviceType() == t);
    }
    if (status != null) {
      DeviceStatus t = Enums.parse(DeviceStatus.class, status, "status");
      keep = keep.and(d -> d.status() == t);
    }
    if (health != null) {
      DeviceHealth t = Enums.parse(DeviceHealth.class, health, "health");
      keep = keep.and(d -> d.deviceHealth() == t);
    }
    if (desiredStatus != null) {
      DeviceDesiredStatus t =
          Enums.parse(DeviceDesiredStatus.class, desiredStatus, "desired status");
      keep = keep.and(d -> d.desiredStatus() == t);
    }
    if (code != null) {
      keep = keep.and(d -> d.code().contains(code));
    }
    Predicate<Device> f = keep;
    List<Keyed<Device>> devices =
        l.all(Device.class).stream().filter(k -> f.test(k.value())).toList();
    Listing.print(s.out(), DeviceDisplays.HEADERS, DeviceDisplays.list(l, devices), format);
  }

  private static <T extends ServiceabilityAccount> PublicKey find(
      LedgerView l, String arg, Class<T> type, String noun) {
    Function<T, String> codeOf =
        v ->
            switch (v) {
              case Exchange e -> e.code();
              case Location e -> e.code();
              default -> "";
            };
    return l.all(type).stream()
        .filter(k -> k.key().toBase58().equals(arg) || codeOf.apply(k.value()).equals(arg))
        .map(Keyed::key)
        .findFirst()
        .orElseThrow(() -> new CliException(noun + " '" + arg + "' not found"));
  }
}
