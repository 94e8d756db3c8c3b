package doublezero.cli.deviceinterface;

import doublezero.cli.args.IfaceConverter;
import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.output.Detail;
import doublezero.cli.output.Display;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.InterfaceV2;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/// `doublezero device interface get <DEVICE> <NAME> [--json]` (reference
/// `smartcontract/cli/src/device/interface/ get.rs`): `name status loopback_type interface_cyoa
/// bandwidth cir mtu routing_mode vlan_id ip_net node_segment_idx user_tunnel_endpoint device_pk`
/// as `key | value` lines; bandwidth and cir in bits per second.
@Command(name = "get", description = "Get details for a device interface")
final class InterfaceGetCommand extends CliCommand {
  @Parameters(
      index = "0",
      paramLabel = "DEVICE",
      converter = PubkeyOrCodeConverter.class,
      description = "Device Pubkey or Code")
  String device;

  @Parameters(
      index = "1",
      paramLabel = "NAME",
      converter = IfaceConverter.class,
      description = "Interface name")
  String name;

  @Option(names = "--json", description = "Output as JSON")
  boolean json;

  @Override
  protected void execute(Session s) {
    Keyed<Device> d = s.ledger().device(device);
    InterfaceV2 i =
        d.value().interfaces().stream()
            .map(x -> x.toCurrentVersion())
            .filter(x -> x.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
            .findFirst()
            .orElseThrow(() -> new CliException("Interface '" + name + "' not found"));
    Display out =
        new Display()
            .text("name", i.name())
            .text("status", i.status().rustDisplay())
            .text("loopback_type", i.loopbackType().rustDisplay())
            .text("interface_cyoa", i.interfaceCyoa().rustDisplay())
            .u64("bandwidth", i.bandwidth())
            .u64("cir", i.cir())
            .number("mtu", i.mtu())
            .text("routing_mode", i.routingMode().rustDisplay())
            .number("vlan_id", i.vlanId())
            .text("ip_net", i.ipNet().toString())
            .number("node_segment_idx", i.nodeSegmentIdx())
            .bool("user_tunnel_endpoint", i.userTunnelEndpoint())
            .key("device_pk", d.key());
    Detail.print(s.out(), out, json);
  }
}
