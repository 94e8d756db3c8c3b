package doublezero.cli.deviceinterface;

import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.output.Display;
import doublezero.cli.output.Formats;
import doublezero.cli.output.ListFormat;
import doublezero.cli.output.Listing;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.InterfaceV2;
import java.math.BigInteger;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/// `doublezero device interface list [DEVICE]` (reference
/// `smartcontract/cli/src/device/interface/list.rs`): one row per interface of the device (or of
/// every device, in ledger order). Enum cells show the Rust `Display` in the table and the serde
/// variant in JSON; `bandwidth`/`cir` are bandwidth strings in the table and numbers in JSON;
/// `status` is the `Display` string in both.
@Command(name = "list", description = "List device interfaces")
public final class InterfaceListCommand extends CliCommand {
  /// The table headers, in order.
  public static final List<String> HEADERS =
      List.of(
          "device",
          "name",
          "interface_type",
          "loopback_type",
          "interface_cyoa",
          "interface_dia",
          "bandwidth",
          "cir",
          "mtu",
          "routing_mode",
          "vlan_id",
          "ip_net",
          "node_segment_idx",
          "user_tunnel_endpoint",
          "status");

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DEVICE",
      converter = PubkeyOrCodeConverter.class,
      description = "Device Pubkey or Code (empty for all)")
  String device;

  @Mixin ListFormat format;

  @Override
  protected void execute(Session s) {
    LedgerView l = s.ledger();
    List<Keyed<Device>> devices;
    if (device != null) {
      try {
        devices = List.of(l.device(device));
      } catch (CliException e) {
        throw new CliException("Device not found");
      }
    } else {
      devices = l.all(Device.class);
    }
    List<Display> rows =
        devices.stream()
            .flatMap(
                k ->
                    k.value().interfaces().stream()
                        .map(i -> row(k.value().code(), i.toCurrentVersion())))
            .toList();
    Listing.print(s.out(), HEADERS, rows, format);
  }

  /// @param deviceCode the device's code
  /// @param i the interface
  /// @return the reference's `DeviceInterfaceDisplay`
  public static Display row(String deviceCode, InterfaceV2 i) {
    return new Display()
        .text("device", deviceCode)
        .text("name", i.name())
        .variant("interface_type", i.interfaceType())
        .variant("loopback_type", i.loopbackType())
        .variant("interface_cyoa", i.interfaceCyoa())
        .variant("interface_dia", i.interfaceDia())
        .custom("bandwidth", Formats.bandwidth(i.bandwidth()), u64(i.bandwidth()))
        .custom("cir", Formats.bandwidth(i.cir()), u64(i.cir()))
        .number("mtu", i.mtu())
        .variant("routing_mode", i.routingMode())
        .number("vlan_id", i.vlanId())
        .text("ip_net", i.ipNet().toString())
        .number("node_segment_idx", i.nodeSegmentIdx())
        .bool("user_tunnel_endpoint", i.userTunnelEndpoint())
        .text("status", i.status().rustDisplay());
  }

  private static com.fasterxml.jackson.databind.JsonNode u64(long v) {
    return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.numberNode(
        new BigInteger(Long.toUnsignedString(v)));
  }
}
