package doublezero.cli.device;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import doublezero.cli.args.CodeConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.output.Detail;
import doublezero.cli.output.Display;
import doublezero.cli.output.Formats;
import doublezero.cli.output.PsqlTable;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.InterfaceV2;
import doublezero.sdk.serviceability.state.Location;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero device get --code <code|pubkey> [--json]` (reference
/// `smartcontract/cli/src/device/get.rs`): the device as `key | value` lines (statuses as their
/// `Display` strings, also in JSON), then, when it has interfaces, a blank line and their psql
/// table; JSON adds `contributor_pk`, `location_pk`, `exchange_pk` and `interfaces`.
@Command(name = "get", description = "Get details for a specific device")
final class DeviceGetCommand extends CliCommand {
  @Option(
      names = "--code",
      required = true,
      converter = CodeConverter.class,
      description = "Device Pubkey or code to retrieve")
  String code;

  @Option(names = "--json", description = "Output as JSON")
  boolean json;

  @Override
  protected void execute(Session s) {
    LedgerView l = s.ledger();
    Keyed<Device> k = l.device(code);
    Display d = display(l, k);
    Detail.print(s.out(), d, json);
    List<InterfaceV2> ifaces =
        k.value().interfaces().stream().map(i -> i.toCurrentVersion()).toList();
    if (!json && !ifaces.isEmpty()) {
      List<Display> rows = ifaces.stream().map(DeviceGetCommand::iface).toList();
      s.out().println();
      s.out()
          .println(
              PsqlTable.render(
                  rows.getFirst().headers(), rows.stream().map(Display::row).toList()));
      s.out().flush();
    }
  }

  /// @param l the ledger (for contributor, location and exchange codes; empty when unknown)
  /// @param k the device
  /// @return the reference's `DeviceDisplay` of `get.rs`
  static Display display(LedgerView l, Keyed<Device> k) {
    Device v = k.value();
    ArrayNode ifaces = JsonNodeFactory.instance.arrayNode();
    v.interfaces().forEach(i -> ifaces.add(iface(i.toCurrentVersion()).json()));
    return new Display()
        .key("account", k.key())
        .text("code", v.code())
        .key("contributor_pk", v.contributorPk())
        .hidden()
        .text(
            "contributor",
            l.get(v.contributorPk(), Contributor.class).map(Contributor::code).orElse(""))
        .key("location_pk", v.locationPk())
        .hidden()
        .text("location", l.get(v.locationPk(), Location.class).map(Location::code).orElse(""))
        .key("exchange_pk", v.exchangePk())
        .hidden()
        .text("exchange", l.get(v.exchangePk(), Exchange.class).map(Exchange::code).orElse(""))
        .text("device_type", v.deviceType().rustDisplay())
        .text("public_ip", v.publicIp().toString())
        .text("dz_prefixes", Formats.networks(v.dzPrefixes()))
        .key("metrics_publisher", v.metricsPublisherPk())
        .text("mgmt_vrf", v.mgmtVrf())
        .custom("interfaces", "", ifaces)
        .hidden()
        .number("max_users", v.maxUsers())
        .number("users_count", v.usersCount())
        .number("reference_count", v.referenceCount())
        .number("max_unicast_users", v.maxUnicastUsers())
        .number("unicast_users_count", v.unicastUsersCount())
        .number("max_multicast_subscribers", v.maxMulticastSubscribers())
        .number("multicast_subscribers_count", v.multicastSubscribersCount())
        .number("max_multicast_publishers", v.maxMulticastPublishers())
        .number("multicast_publishers_count", v.multicastPublishersCount())
        .number("reserved_seats", v.reservedSeats())
        .text("desired_status", v.desiredStatus().rustDisplay())
        .text("status", v.status().rustDisplay())
        .text("health", v.deviceHealth().rustDisplay())
        .key("owner", v.owner());
  }

  /// @param i an interface
  /// @return the reference's `InterfaceDisplay` of `device/get.rs`
  static Display iface(InterfaceV2 i) {
    return new Display()
        .text("name", i.name())
        .text("status", i.status().rustDisplay())
        .text("interface_type", i.interfaceType().rustDisplay())
        .text("cyoa", i.interfaceCyoa().rustDisplay())
        .text("dia", i.interfaceDia().rustDisplay())
        .text("loopback", i.loopbackType().rustDisplay())
        .text("ip_net", i.ipNet().toString())
        .number("vlan_id", i.vlanId())
        .text("bandwidth", Formats.bandwidth(i.bandwidth()))
        .u64("bandwidth_bps", i.bandwidth())
        .hidden()
        .text("cir", Formats.bandwidth(i.cir()))
        .u64("cir_bps", i.cir())
        .hidden()
        .number("mtu", i.mtu())
        .text("routing", i.routingMode().rustDisplay())
        .number("seg_idx", i.nodeSegmentIdx())
        .bool("tunnel_endpoint", i.userTunnelEndpoint());
  }
}
