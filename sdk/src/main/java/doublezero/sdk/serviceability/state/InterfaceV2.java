package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldsBuilder;
import doublezero.sdk.net.NetworkV4;
import java.util.List;
import java.util.Objects;

/// Device interface, version 2, the current version (tag 1; Rust `InterfaceV2`,
/// `SVC/state/interface.rs`, reference `serviceability-state.md` §4.7.2). Size with the tag: 39 +
/// UTF-8 length of `name`.
///
/// @param status status
/// @param name name
/// @param interfaceType kind
/// @param interfaceCyoa customer-owned access mode (only on physical interfaces)
/// @param interfaceDia direct internet access mode
/// @param loopbackType loopback purpose
/// @param bandwidth bandwidth in bits per second (u64)
/// @param cir committed information rate in bits per second (u64)
/// @param mtu MTU in bytes (u16)
/// @param routingMode static or BGP
/// @param vlanId VLAN id (u16)
/// @param ipNet address
/// @param nodeSegmentIdx segment-routing node index (u16)
/// @param userTunnelEndpoint users terminate tunnels here
public record InterfaceV2(
    InterfaceStatus status,
    String name,
    InterfaceType interfaceType,
    InterfaceCyoa interfaceCyoa,
    InterfaceDia interfaceDia,
    LoopbackType loopbackType,
    long bandwidth,
    long cir,
    int mtu,
    RoutingMode routingMode,
    int vlanId,
    NetworkV4 ipNet,
    int nodeSegmentIdx,
    boolean userTunnelEndpoint)
    implements Interface {

  /// The MTU the program gives an interface upgraded from V1 and `InterfaceV2::default()`.
  public static final int DEFAULT_MTU = 1500;

  /// @throws NullPointerException when an object component is null
  public InterfaceV2 {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(interfaceType, "interfaceType");
    Objects.requireNonNull(interfaceCyoa, "interfaceCyoa");
    Objects.requireNonNull(interfaceDia, "interfaceDia");
    Objects.requireNonNull(loopbackType, "loopbackType");
    Objects.requireNonNull(routingMode, "routingMode");
    Objects.requireNonNull(ipNet, "ipNet");
  }

  static InterfaceV2 decodeBody(BorshReader s, String f) {
    return new InterfaceV2(
        s.enumU8(f + ".status", InterfaceStatus::fromWire, null),
        s.string(f + ".name"),
        s.enumU8(f + ".interface_type", InterfaceType::fromWire, null),
        s.enumU8(f + ".interface_cyoa", InterfaceCyoa::fromWire, null),
        s.enumU8(f + ".interface_dia", InterfaceDia::fromWire, null),
        s.enumU8(f + ".loopback_type", LoopbackType::fromWire, null),
        s.u64(f + ".bandwidth"),
        s.u64(f + ".cir"),
        s.u16(f + ".mtu"),
        s.enumU8(f + ".routing_mode", RoutingMode::fromWire, null),
        s.u16(f + ".vlan_id"),
        s.networkV4(f + ".ip_net"),
        s.u16(f + ".node_segment_idx"),
        s.bool(f + ".user_tunnel_endpoint"));
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public InterfaceV2 toCurrentVersion() {
    return this;
  }

  @Override
  public void encode(BorshWriter w) {
    w.u8(1)
        .u8(status.wireValue())
        .string(name)
        .u8(interfaceType.wireValue())
        .u8(interfaceCyoa.wireValue())
        .u8(interfaceDia.wireValue())
        .u8(loopbackType.wireValue())
        .u64(bandwidth)
        .u64(cir)
        .u16(mtu)
        .u8(routingMode.wireValue())
        .u16(vlanId)
        .networkV4(ipNet)
        .u16(nodeSegmentIdx)
        .bool(userTunnelEndpoint);
  }

  @Override
  public List<Field> fields() {
    return new FieldsBuilder()
        .variant("status", status.variantName(), status.wireValue())
        .text("name", name)
        .variant("interface_type", interfaceType.variantName(), interfaceType.wireValue())
        .variant("interface_cyoa", interfaceCyoa.variantName(), interfaceCyoa.wireValue())
        .variant("interface_dia", interfaceDia.variantName(), interfaceDia.wireValue())
        .variant("loopback_type", loopbackType.variantName(), loopbackType.wireValue())
        .u64("bandwidth", bandwidth)
        .u64("cir", cir)
        .u16("mtu", mtu)
        .variant("routing_mode", routingMode.variantName(), routingMode.wireValue())
        .u16("vlan_id", vlanId)
        .net("ip_net", ipNet)
        .u16("node_segment_idx", nodeSegmentIdx)
        .bool("user_tunnel_endpoint", userTunnelEndpoint)
        .build();
  }
}
