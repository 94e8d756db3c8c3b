package doublezero.cli.deviceinterface;

import doublezero.cli.args.BandwidthConverter;
import doublezero.cli.args.IfaceConverter;
import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.args.U16Converter;
import doublezero.cli.args.WireEnumArgs;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.session.ActivationWait;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.UpdateDeviceInterface;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.InterfaceType;
import doublezero.sdk.serviceability.state.InterfaceV2;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.RoutingMode;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/// `doublezero device interface update <DEVICE> <NAME>` (reference
/// `smartcontract/cli/src/device/interface/ update.rs`, SDK `commands/device/interface/update.rs`):
/// UpdateDeviceInterface (#76) with the given fields; accounts device, its contributor, GlobalState
/// (+ SegmentRoutingIds when `--node-segment-idx` is given and `OnChainAllocation` is on).
@Command(name = "update", description = "Update a device interface")
final class InterfaceUpdateCommand extends CliCommand {
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

  @Option(names = "--interface-cyoa", description = "Interface CYOA")
  String interfaceCyoa;

  @Option(names = "--interface-dia", description = "DIA Port (none, dia)")
  String interfaceDia;

  @Option(
      names = "--bandwidth",
      converter = BandwidthConverter.class,
      description = "Bandwidth (Kbps, Mbps, Gbps)")
  Long bandwidth;

  @Option(
      names = "--cir",
      converter = BandwidthConverter.class,
      description = "Committed Information Rate")
  Long cir;

  @Option(names = "--mtu", converter = U16Converter.class, description = "MTU")
  Integer mtu;

  @Option(names = "--routing-mode", description = "Routing mode (static, bgp)")
  String routingMode;

  @Option(names = "--vlan-id", converter = U16Converter.class, description = "VLAN ID")
  Integer vlanId;

  @Option(
      names = "--user-tunnel-endpoint",
      arity = "1",
      description = "Can terminate a user tunnel? (true, false)")
  Boolean userTunnelEndpoint;

  @Option(names = "--status", description = "Interface status")
  String status;

  @Option(names = "--ip-net", description = "IP network (CIDR notation)")
  String ipNet;

  @Option(
      names = "--node-segment-idx",
      converter = U16Converter.class,
      description = "Node segment index")
  Integer nodeSegmentIdx;

  @Option(
      names = {"-w", "--wait"},
      description = "Wait for the device interface to be activated")
  boolean wait;

  @Override
  protected void execute(Session s) {
    Optional<LoopbackType> loopback = parsed(() -> InterfaceChoices.loopback(loopbackType));
    Optional<InterfaceCyoa> cyoa = parsed(() -> InterfaceChoices.cyoa(interfaceCyoa));
    Optional<InterfaceDia> dia = parsed(() -> InterfaceChoices.dia(interfaceDia));
    Optional<RoutingMode> routing = parsed(() -> InterfaceChoices.routing(routingMode));
    LedgerView l = s.ledger();
    Keyed<Device> d = InterfaceSupport.device(l, device);
    InterfaceV2 iface = InterfaceSupport.find(d.value(), name);
    if (iface.interfaceType() == InterfaceType.PHYSICAL && loopback.isPresent()) {
      throw new CliException("Loopback type cannot be set on Physical interface type");
    }
    Optional<NetworkV4> net = Optional.ofNullable(ipNet).map(InterfaceUpdateCommand::network);
    if (mtu != null) {
      InterfaceSupport.checkMtu(
          iface.interfaceCyoa() != InterfaceCyoa.NONE || iface.interfaceDia() != InterfaceDia.NONE,
          mtu);
    }
    net.ifPresent(n -> InterfaceSupport.checkIpFree(l, d, n, name));
    Optional<InterfaceStatus> st = Optional.ofNullable(status).map(InterfaceUpdateCommand::status);
    GlobalState gs = InterfaceSupport.globalState(l);
    PublicKey programId = s.connection().programId();
    Optional<PublicKey> segmentIds =
        nodeSegmentIdx != null && InterfaceSupport.allocation(gs, programId).isPresent()
            ? Optional.of(ServiceabilityPdas.segmentRoutingIds(programId).address())
            : Optional.empty();
    UpdateDeviceInterface args =
        new UpdateDeviceInterface(
            name,
            loopback,
            Optional.ofNullable(vlanId),
            Optional.ofNullable(userTunnelEndpoint),
            st,
            net,
            Optional.ofNullable(nodeSegmentIdx),
            cyoa,
            dia,
            Optional.ofNullable(bandwidth),
            Optional.ofNullable(cir),
            Optional.ofNullable(mtu),
            routing);
    Sender.send(
        s,
        args.toInstruction(
            programId,
            new UpdateDeviceInterface.Accounts(
                d.key(),
                d.value().contributorPk(),
                ServiceabilityPdas.globalState(programId).address(),
                segmentIds,
                s.signer().publicKey())));
    if (wait) {
      ActivationWait.printStatus(
          s, ActivationWait.deviceInterface(s, d.key(), name).status().rustDisplay());
    }
  }

  private static NetworkV4 network(String text) {
    try {
      return NetworkV4.parse(text);
    } catch (RuntimeException e) {
      throw new CliException("Invalid IP network: " + text);
    }
  }

  private static InterfaceStatus status(String text) {
    try {
      return WireEnumArgs.fromStr(
          InterfaceStatus.class, text, true, "Invalid interface status", InterfaceStatus.INVALID);
    } catch (IllegalArgumentException e) {
      throw new CliException("Invalid status: " + e.getMessage());
    }
  }
}
