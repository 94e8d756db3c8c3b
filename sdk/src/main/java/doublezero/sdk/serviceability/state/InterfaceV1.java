package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldsBuilder;
import doublezero.sdk.net.NetworkV4;
import java.util.List;
import java.util.Objects;

/// Device interface, version 1 (tag 0; Rust `InterfaceV1`, `SVC/state/interface.rs`, reference
/// `serviceability-state.md` §4.7.2). Size with the tag: 18 + UTF-8 length of `name`.
///
/// @param status status
/// @param name name
/// @param interfaceType kind
/// @param loopbackType loopback purpose
/// @param vlanId VLAN id (u16)
/// @param ipNet address
/// @param nodeSegmentIdx segment-routing node index (u16)
/// @param userTunnelEndpoint users terminate tunnels here
public record InterfaceV1(
    InterfaceStatus status,
    String name,
    InterfaceType interfaceType,
    LoopbackType loopbackType,
    int vlanId,
    NetworkV4 ipNet,
    int nodeSegmentIdx,
    boolean userTunnelEndpoint)
    implements Interface {

  /// @throws NullPointerException when an object component is null
  public InterfaceV1 {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(interfaceType, "interfaceType");
    Objects.requireNonNull(loopbackType, "loopbackType");
    Objects.requireNonNull(ipNet, "ipNet");
  }

  static InterfaceV1 decodeBody(BorshReader s, String f) {
    return new InterfaceV1(
        s.enumU8(f + ".status", InterfaceStatus::fromWire, null),
        s.string(f + ".name"),
        s.enumU8(f + ".interface_type", InterfaceType::fromWire, null),
        s.enumU8(f + ".loopback_type", LoopbackType::fromWire, null),
        s.u16(f + ".vlan_id"),
        s.networkV4(f + ".ip_net"),
        s.u16(f + ".node_segment_idx"),
        s.bool(f + ".user_tunnel_endpoint"));
  }

  @Override
  public int version() {
    return 0;
  }

  @Override
  public InterfaceV2 toCurrentVersion() {
    return new InterfaceV2(
        status,
        name,
        interfaceType,
        InterfaceCyoa.NONE,
        InterfaceDia.NONE,
        loopbackType,
        0,
        0,
        InterfaceV2.DEFAULT_MTU,
        RoutingMode.STATIC,
        vlanId,
        ipNet,
        nodeSegmentIdx,
        userTunnelEndpoint);
  }

  @Override
  public void encode(BorshWriter w) {
    w.u8(0)
        .u8(status.wireValue())
        .string(name)
        .u8(interfaceType.wireValue())
        .u8(loopbackType.wireValue())
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
        .variant("loopback_type", loopbackType.variantName(), loopbackType.wireValue())
        .u16("vlan_id", vlanId)
        .net("ip_net", ipNet)
        .u16("node_segment_idx", nodeSegmentIdx)
        .bool("user_tunnel_endpoint", userTunnelEndpoint)
        .build();
  }
}
