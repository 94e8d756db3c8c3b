package doublezero.cli.deviceinterface;

import doublezero.cli.args.BandwidthConverter;
import doublezero.cli.args.IfaceConverter;
import doublezero.cli.args.NetworkConverter;
import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.args.U16Converter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.session.ActivationWait;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.CreateDeviceInterface;
import doublezero.sdk.serviceability.instruction.DeviceContributorInterfaceAccounts;
import doublezero.sdk.serviceability.instruction.InterfaceAllocationAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.RoutingMode;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/// `doublezero device interface create <DEVICE> <NAME>` (reference
/// `smartcontract/cli/src/device/interface/ create.rs`, SDK `commands/device/interface/create.rs`):
/// CreateDeviceInterface (#73) with accounts device, its contributor, GlobalState (+
/// DeviceTunnelBlock, SegmentRoutingIds with `OnChainAllocation`). The MTU defaults to 1500 for a
/// CYOA/DIA interface and 2048 otherwise, and must equal it.
@Command(name = "create", description = "Create a device interface")
final class InterfaceCreateCommand extends CliCommand {
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

  @Option(names = "--loopback-type", description = "Loopback type (vpnv4, ipv4, pim-rp-addr)")
  String loopbackType;

  @Option(
      names = "--interface-cyoa",
      description =
          "Interface CYOA (gre-over-dia, gre-over-fabric, "
              + "gre-over-private-peering, gre-over-public-peering, gre-over-cable)")
  String interfaceCyoa;

  @Option(names = "--interface-dia", description = "DIA Port (none, dia)")
  String interfaceDia;

  @Option(names = "--ip-net", converter = NetworkConverter.class, description = "IP Network")
  NetworkV4 ipNet;

  @Option(
      names = "--bandwidth",
      required = true,
      converter = BandwidthConverter.class,
      description = "Bandwidth. Accepts values in Kbps, Mbps, or Gbps.")
  long bandwidth;

  @Option(
      names = "--cir",
      defaultValue = "0bps",
      converter = BandwidthConverter.class,
      description = "Committed Information Rate. Accepts values in Kbps, Mbps, or Gbps.")
  long cir;

  @Option(
      names = "--mtu",
      converter = U16Converter.class,
      description = "MTU (derived if not specified: 1500 for CYOA/DIA, 2048 for WAN/DZX)")
  Integer mtu;

  @Option(
      names = "--routing-mode",
      defaultValue = "static",
      description = "Routing mode (static, bgp)")
  String routingMode;

  @Option(
      names = "--vlan-id",
      defaultValue = "0",
      converter = U16Converter.class,
      description = "VLAN ID (default: 0)")
  int vlanId;

  @Option(
      names = "--user-tunnel-endpoint",
      arity = "1",
      description = "Can terminate a user tunnel? (true, false)")
  Boolean userTunnelEndpoint;

  @Option(
      names = {"-w", "--wait"},
      description = "Wait for the device interface to be activated")
  boolean wait;

  @Override
  protected void execute(Session s) {
    Optional<LoopbackType> loopback = parsed(() -> InterfaceChoices.loopback(loopbackType));
    Optional<InterfaceCyoa> cyoa = parsed(() -> InterfaceChoices.cyoa(interfaceCyoa));
    Optional<InterfaceDia> dia = parsed(() -> InterfaceChoices.dia(interfaceDia));
    RoutingMode routing = parsed(() -> InterfaceChoices.routing(routingMode)).orElseThrow();
    LedgerView l = s.ledger();
    Keyed<Device> d = InterfaceSupport.device(l, device);
    if (d.value().interfaces().stream().anyMatch(i -> i.toCurrentVersion().name().equals(name))) {
      throw new CliException("Interface with name '" + name + "' already exists");
    }
    boolean cyoaOrDia = cyoa.isPresent() || dia.orElse(InterfaceDia.NONE) == InterfaceDia.DIA;
    int effectiveMtu = mtu != null ? mtu : cyoaOrDia ? 1500 : 2048;
    if (mtu != null) {
      InterfaceSupport.checkMtu(cyoaOrDia, mtu);
    }
    if (ipNet != null) {
      InterfaceSupport.checkIpFree(l, d, ipNet, null);
    }
    GlobalState gs = InterfaceSupport.globalState(l);
    PublicKey programId = s.connection().programId();
    Optional<InterfaceAllocationAccounts> alloc = InterfaceSupport.allocation(gs, programId);
    CreateDeviceInterface args =
        new CreateDeviceInterface(
            name,
            loopback.orElse(LoopbackType.NONE),
            vlanId,
            Optional.ofNullable(ipNet),
            userTunnelEndpoint != null && userTunnelEndpoint,
            cyoa.orElse(InterfaceCyoa.NONE),
            dia.orElse(InterfaceDia.NONE),
            bandwidth,
            cir,
            effectiveMtu,
            routing,
            alloc.isPresent());
    Sender.send(
        s,
        args.toInstruction(
            programId,
            new DeviceContributorInterfaceAccounts(
                d.key(),
                d.value().contributorPk(),
                ServiceabilityPdas.globalState(programId).address(),
                alloc,
                s.signer().publicKey())));
    if (wait) {
      ActivationWait.printStatus(
          s, ActivationWait.deviceInterface(s, d.key(), name).status().rustDisplay());
    }
  }
}
