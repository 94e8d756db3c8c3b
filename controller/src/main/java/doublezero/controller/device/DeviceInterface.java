package doublezero.controller.device;

import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.LinkStatus;
import java.util.Objects;

/// One interface of a device as the controller renders it (reference `models.go` `Interface`, §B.5
/// rule 2, §B.7 item 8).
///
/// @param name interface name as on chain, e.g. `Switch1/1/2.100`
/// @param vlanId 802.1Q tag (0 = none)
/// @param ip the address with its prefix length, host bits kept; null when unassigned (`0.0.0.0/0`)
/// @param nodeSegmentIdx segment-routing index (only on VPNv4 loopbacks; 0 = none)
/// @param mtu MTU in bytes (0 renders as 2048 on physical interfaces)
/// @param subInterface the name matches `^(.+)\.(\d+)$`
/// @param subInterfaceParent a synthetic parent of a sub-interface (not on chain)
/// @param kind loopback / physical / unknown
/// @param loopbackRole VPNv4 / IPv4 / other
/// @param metric ISIS metric in microseconds (0 = none)
/// @param link the interface is a side of an Activated, SoftDrained or HardDrained link
/// @param linkStatus that link's status (`Pending` when not a link)
/// @param cyoa the interface has a CYOA type other than None
/// @param dia the interface has a DIA type other than None
public record DeviceInterface(
    String name,
    int vlanId,
    NetworkV4 ip,
    int nodeSegmentIdx,
    int mtu,
    boolean subInterface,
    boolean subInterfaceParent,
    InterfaceKind kind,
    LoopbackRole loopbackRole,
    long metric,
    boolean link,
    LinkStatus linkStatus,
    boolean cyoa,
    boolean dia) {

  /// @throws NullPointerException when name, kind, loopbackRole or linkStatus is null
  public DeviceInterface {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(loopbackRole, "loopbackRole");
    Objects.requireNonNull(linkStatus, "linkStatus");
  }

  /// @return whether an address is assigned
  public boolean hasIp() {
    return ip != null;
  }

  /// @return whether this is a loopback
  public boolean isLoopback() {
    return kind == InterfaceKind.LOOPBACK;
  }

  /// @return whether this is a physical port, VLAN or sub-interface
  public boolean isPhysical() {
    return kind == InterfaceKind.PHYSICAL;
  }

  /// @return whether this is the VPNv4 loopback
  public boolean isVpnv4Loopback() {
    return isLoopback() && loopbackRole == LoopbackRole.VPNV4;
  }

  /// @return whether this is the IPv4 loopback
  public boolean isIpv4Loopback() {
    return isLoopback() && loopbackRole == LoopbackRole.IPV4;
  }

  /// @return whether the name starts with `Vlan` (an SVI: no `no switchport`)
  public boolean isVlanInterface() {
    return name.startsWith("Vlan");
  }

  /// @param newMetric ISIS metric (µs)
  /// @param newMtu MTU to render
  /// @param status the link's status
  /// @return a copy marked as a link side
  public DeviceInterface asLink(long newMetric, int newMtu, LinkStatus status) {
    return new DeviceInterface(
        name,
        vlanId,
        ip,
        nodeSegmentIdx,
        newMtu,
        subInterface,
        subInterfaceParent,
        kind,
        loopbackRole,
        newMetric,
        true,
        status,
        cyoa,
        dia);
  }

  /// @return a copy that is not a link side (metric 0, status Pending)
  public DeviceInterface asNonLink() {
    return new DeviceInterface(
        name,
        vlanId,
        ip,
        nodeSegmentIdx,
        mtu,
        subInterface,
        subInterfaceParent,
        kind,
        loopbackRole,
        0,
        false,
        LinkStatus.PENDING,
        cyoa,
        dia);
  }
}
