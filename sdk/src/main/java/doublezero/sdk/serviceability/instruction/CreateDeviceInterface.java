package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.RoutingMode;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;
import java.util.Optional;

/// Instruction #73 `CreateDeviceInterface` (args `DeviceInterfaceCreateArgs`, processor
/// `PROC/device/interface/create.rs`; `serviceability-instructions.md` §1–§3). Adds an interface to
/// a device (Pending, or allocated on chain).
///
/// @param name `name`: String (u32 length + UTF-8)
/// @param loopbackType `loopback_type`: LoopbackType
/// @param vlanId `vlan_id`: u16
/// @param ipNet `ip_net`: Option<NetworkV4>
/// @param userTunnelEndpoint `user_tunnel_endpoint`: bool
/// @param interfaceCyoa `interface_cyoa`: InterfaceCyoa
/// @param interfaceDia `interface_dia`: InterfaceDia
/// @param bandwidth `bandwidth`: u64, unsigned
/// @param cir `cir`: u64, unsigned
/// @param mtu `mtu`: u16
/// @param routingMode `routing_mode`: RoutingMode
/// @param useOnchainAllocation `use_onchain_allocation`: bool
public record CreateDeviceInterface(
    String name,
    LoopbackType loopbackType,
    int vlanId,
    Optional<NetworkV4> ipNet,
    boolean userTunnelEndpoint,
    InterfaceCyoa interfaceCyoa,
    InterfaceDia interfaceDia,
    long bandwidth,
    long cir,
    int mtu,
    RoutingMode routingMode,
    boolean useOnchainAllocation)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public CreateDeviceInterface {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(loopbackType, "loopback_type");
    Args.u16(vlanId, "vlan_id");
    Objects.requireNonNull(ipNet, "ip_net");
    Objects.requireNonNull(interfaceCyoa, "interface_cyoa");
    Objects.requireNonNull(interfaceDia, "interface_dia");
    Args.u16(mtu, "mtu");
    Objects.requireNonNull(routingMode, "routing_mode");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.CREATE_DEVICE_INTERFACE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.string(name);
    w.u8(loopbackType.wireValue());
    w.u16(vlanId);
    Args.writeOption(w, ipNet, (ww, x) -> ww.networkV4(x));
    w.bool(userTunnelEndpoint);
    w.u8(interfaceCyoa.wireValue());
    w.u8(interfaceDia.wireValue());
    w.u64(bandwidth);
    w.u64(cir);
    w.u16(mtu);
    w.u8(routingMode.wireValue());
    w.bool(useOnchainAllocation);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static CreateDeviceInterface decodeArgs(BorshReader r) {
    return new CreateDeviceInterface(
        r.string("name"),
        r.enumU8("loopback_type", LoopbackType::fromWire, LoopbackType.defaultVariant()),
        r.u16("vlan_id"),
        Args.readOption(r, "ip_net", x -> x.networkV4("ip_net")),
        r.bool("user_tunnel_endpoint"),
        r.enumU8("interface_cyoa", InterfaceCyoa::fromWire, InterfaceCyoa.defaultVariant()),
        r.enumU8("interface_dia", InterfaceDia::fromWire, InterfaceDia.defaultVariant()),
        r.u64("bandwidth"),
        r.u64("cir"),
        r.u16("mtu"),
        r.enumU8("routing_mode", RoutingMode::fromWire, RoutingMode.defaultVariant()),
        r.bool("use_onchain_allocation"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [DeviceContributorInterfaceAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(
      PublicKey programId, DeviceContributorInterfaceAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
