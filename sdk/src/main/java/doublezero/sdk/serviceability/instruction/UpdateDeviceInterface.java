package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.RoutingMode;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Instruction #76 `UpdateDeviceInterface` (args `DeviceInterfaceUpdateArgs`, processor
/// `PROC/device/interface/update.rs`; `serviceability-instructions.md` §1–§3). Overwrites interface
/// fields given as Some.
///
/// @param name `name`: String (u32 length + UTF-8)
/// @param loopbackType `loopback_type`: Option<LoopbackType>
/// @param vlanId `vlan_id`: Option<u16>
/// @param userTunnelEndpoint `user_tunnel_endpoint`: Option<bool>
/// @param status `status`: Option<InterfaceStatus>
/// @param ipNet `ip_net`: Option<NetworkV4>
/// @param nodeSegmentIdx `node_segment_idx`: Option<u16>
/// @param interfaceCyoa `interface_cyoa`: Option<InterfaceCyoa>
/// @param interfaceDia `interface_dia`: Option<InterfaceDia>
/// @param bandwidth `bandwidth`: Option<u64, unsigned>
/// @param cir `cir`: Option<u64, unsigned>
/// @param mtu `mtu`: Option<u16>
/// @param routingMode `routing_mode`: Option<RoutingMode>
public record UpdateDeviceInterface(
    String name,
    Optional<LoopbackType> loopbackType,
    Optional<Integer> vlanId,
    Optional<Boolean> userTunnelEndpoint,
    Optional<InterfaceStatus> status,
    Optional<NetworkV4> ipNet,
    Optional<Integer> nodeSegmentIdx,
    Optional<InterfaceCyoa> interfaceCyoa,
    Optional<InterfaceDia> interfaceDia,
    Optional<Long> bandwidth,
    Optional<Long> cir,
    Optional<Integer> mtu,
    Optional<RoutingMode> routingMode)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public UpdateDeviceInterface {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(loopbackType, "loopback_type");
    Objects.requireNonNull(vlanId, "vlan_id");
    vlanId.ifPresent(x -> Args.u16(x, "vlan_id"));
    Objects.requireNonNull(userTunnelEndpoint, "user_tunnel_endpoint");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(ipNet, "ip_net");
    Objects.requireNonNull(nodeSegmentIdx, "node_segment_idx");
    nodeSegmentIdx.ifPresent(x -> Args.u16(x, "node_segment_idx"));
    Objects.requireNonNull(interfaceCyoa, "interface_cyoa");
    Objects.requireNonNull(interfaceDia, "interface_dia");
    Objects.requireNonNull(bandwidth, "bandwidth");
    Objects.requireNonNull(cir, "cir");
    Objects.requireNonNull(mtu, "mtu");
    mtu.ifPresent(x -> Args.u16(x, "mtu"));
    Objects.requireNonNull(routingMode, "routing_mode");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.UPDATE_DEVICE_INTERFACE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.string(name);
    Args.writeOption(w, loopbackType, (ww, x) -> ww.u8(x.wireValue()));
    Args.writeOption(w, vlanId, (ww, x) -> ww.u16(x));
    Args.writeOption(w, userTunnelEndpoint, (ww, x) -> ww.bool(x));
    Args.writeOption(w, status, (ww, x) -> ww.u8(x.wireValue()));
    Args.writeOption(w, ipNet, (ww, x) -> ww.networkV4(x));
    Args.writeOption(w, nodeSegmentIdx, (ww, x) -> ww.u16(x));
    Args.writeOption(w, interfaceCyoa, (ww, x) -> ww.u8(x.wireValue()));
    Args.writeOption(w, interfaceDia, (ww, x) -> ww.u8(x.wireValue()));
    Args.writeOption(w, bandwidth, (ww, x) -> ww.u64(x));
    Args.writeOption(w, cir, (ww, x) -> ww.u64(x));
    Args.writeOption(w, mtu, (ww, x) -> ww.u16(x));
    Args.writeOption(w, routingMode, (ww, x) -> ww.u8(x.wireValue()));
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static UpdateDeviceInterface decodeArgs(BorshReader r) {
    return new UpdateDeviceInterface(
        r.string("name"),
        Args.readOption(
            r,
            "loopback_type",
            x -> x.enumU8("loopback_type", LoopbackType::fromWire, LoopbackType.defaultVariant())),
        Args.readOption(r, "vlan_id", x -> x.u16("vlan_id")),
        Args.readOption(r, "user_tunnel_endpoint", x -> x.bool("user_tunnel_endpoint")),
        Args.readOption(
            r,
            "status",
            x -> x.enumU8("status", InterfaceStatus::fromWire, InterfaceStatus.defaultVariant())),
        Args.readOption(r, "ip_net", x -> x.networkV4("ip_net")),
        Args.readOption(r, "node_segment_idx", x -> x.u16("node_segment_idx")),
        Args.readOption(
            r,
            "interface_cyoa",
            x ->
                x.enumU8(
                    "interface_cyoa", InterfaceCyoa::fromWire, InterfaceCyoa.defaultVariant())),
        Args.readOption(
            r,
            "interface_dia",
            x -> x.enumU8("interface_dia", InterfaceDia::fromWire, InterfaceDia.defaultVariant())),
        Args.readOption(r, "bandwidth", x -> x.u64("bandwidth")),
        Args.readOption(r, "cir", x -> x.u64("cir")),
        Args.readOption(r, "mtu", x -> x.u16("mtu")),
        Args.readOption(
            r,
            "routing_mode",
            x -> x.enumU8("routing_mode", RoutingMode::fromWire, RoutingMode.defaultVariant())));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `UpdateDeviceInterface`, in the order the reference SDK (or, where it has no
  /// builder, the processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends
  /// the payer (writable signer) and the system program (marked writable, as the reference SDK
  /// does; the runtime downgrades it), §0.2.
  ///
  /// @param device the device account (writable)
  /// @param contributor the contributor account (writable)
  /// @param globalState the global state account (writable)
  /// @param segmentRoutingIds the segment routing ids account (absent → not sent) (writable)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey device,
      PublicKey contributor,
      PublicKey globalState,
      Optional<PublicKey> segmentRoutingIds,
      PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(device, "device");
      Objects.requireNonNull(contributor, "contributor");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(segmentRoutingIds, "segmentRoutingIds");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(device));
      m.add(AccountMeta.writable(contributor));
      m.add(AccountMeta.writable(globalState));
      segmentRoutingIds.ifPresent(k -> m.add(AccountMeta.writable(k)));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
