package doublezero.cli.device;

import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.output.Display;
import doublezero.cli.output.Formats;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.Location;
import java.util.Comparator;
import java.util.List;

/// The `device list` record (reference `smartcontract/cli/src/device/list.rs` `DeviceDisplay`):
/// table columns `account code contributor location exchange device_type public_ip dz_prefixes
/// users max_users status health mgmt_vrf owner`; JSON adds the skipped fields, in struct order,
/// with serde enum names. Sorted by exchange name, then code.
public final class DeviceDisplays {
  /// The table headers, in order.
  public static final List<String> HEADERS =
      List.of(
          "account",
          "code",
          "contributor",
          "location",
          "exchange",
          "device_type",
          "public_ip",
          "dz_prefixes",
          "users",
          "max_users",
          "status",
          "health",
          "mgmt_vrf",
          "owner");

  private DeviceDisplays() {}

  /// @param ledger the accounts
  /// @param devices the devices to show
  /// @return their display records, sorted like the reference
  public static List<Display> list(LedgerView ledger, List<Keyed<Device>> devices) {
    record Row(String exchangeName, String code, Display d) {}
    return devices.stream()
        .map(
            k -> {
              Device d = k.value();
              String contributor =
                  ledger.nameOf(d.contributorPk(), Contributor.class, Contributor::code);
              String locCode = ledger.nameOf(d.locationPk(), Location.class, Location::code);
              String locName = ledger.nameOf(d.locationPk(), Location.class, Location::name);
              String exCode = ledger.nameOf(d.exchangePk(), Exchange.class, Exchange::code);
              String exName = ledger.nameOf(d.exchangePk(), Exchange.class, Exchange::name);
              Display x =
                  new Display()
                      .key("account", k.key())
                      .text("code", d.code())
                      .number("bump_seed", d.bumpSeed())
                      .hidden()
                      .key("location_pk", d.locationPk())
                      .hidden()
                      .text("contributor_code", contributor)
                      .rename("contributor")
                      .text("location_code", locCode)
                      .rename("location")
                      .text("location_name", locName)
                      .hidden()
                      .key("exchange_pk", d.exchangePk())
                      .hidden()
                      .text("exchange_code", exCode)
                      .rename("exchange")
                      .text("exchange_name", exName)
                      .hidden()
                      .variant("device_type", d.deviceType())
                      .text("public_ip", d.publicIp().toString())
                      .text("dz_prefixes", Formats.networks(d.dzPrefixes()))
                      .number("users", d.usersCount())
                      .number("max_users", d.maxUsers())
                      .number("unicast_users_count", d.unicastUsersCount())
                      .hidden()
                      .number("max_unicast_users", d.maxUnicastUsers())
                      .hidden()
                      .number("multicast_subscribers_count", d.multicastSubscribersCount())
                      .hidden()
                      .number("max_multicast_subscribers", d.maxMulticastSubscribers())
                      .hidden()
                      .number("multicast_publishers_count", d.multicastPublishersCount())
                      .hidden()
                      .number("max_multicast_publishers", d.maxMulticastPublishers())
                      .hidden()
                      .variant("status", d.status())
                      .variant("health", d.deviceHealth())
                      .variant("desired_status", d.desiredStatus())
                      .hidden()
                      .text("mgmt_vrf", d.mgmtVrf())
                      .key("metrics_publisher_pk", d.metricsPublisherPk())
                      .hidden()
                      .number("reference_count", d.referenceCount())
                      .hidden()
                      .key("owner", d.owner());
              return new Row(exName, d.code(), x);
            })
        .sorted(Comparator.comparing(Row::exchangeName).thenComparing(Row::code))
        .map(Row::d)
        .toList();
  }
}
