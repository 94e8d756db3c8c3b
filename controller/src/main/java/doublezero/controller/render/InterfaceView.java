package doublezero.controller.render;

import doublezero.controller.device.DeviceInterface;
import doublezero.sdk.serviceability.state.LinkStatus;

/// One `interface` block as the template prints it: each flag says whether one line is present
/// (§B.7 item 8).
///
/// @param name interface name
/// @param mtu the `mtu` value, 0 = no `mtu` line (non-physical)
/// @param noSwitchport print `no switchport` (physical, not a sub-interface, not a VLAN)
/// @param vlanId the dot1q tag, 0 = none
/// @param address `a.b.c.d/n`, empty = no address
/// @param pim print `pim ipv4 sparse-mode`
/// @param nodeSegment the node-segment index, 0 = none
/// @param isisLoopback print `isis enable 1` for a loopback
/// @param isisLink print the point-to-point ISIS block
/// @param metric the ISIS metric
/// @param passive print `isis passive` instead of `no isis passive` (hard-drained link)
public record InterfaceView(
    String name,
    int mtu,
    boolean noSwitchport,
    int vlanId,
    String address,
    boolean pim,
    int nodeSegment,
    boolean isisLoopback,
    boolean isisLink,
    long metric,
    boolean passive) {

  /// Default MTU rendered for a physical interface without one.
  public static final int DEFAULT_MTU = 2048;

  /// @param i an interface of the device
  /// @return its view
  public static InterfaceView of(DeviceInterface i) {
    boolean physical = i.isPhysical();
    boolean routed = physical && i.hasIp() && !i.subInterfaceParent() && !i.cyoa() && !i.dia();
    return new InterfaceView(
        i.name(),
        physical ? (i.mtu() != 0 ? i.mtu() : DEFAULT_MTU) : 0,
        physical && !i.subInterface() && !i.isVlanInterface(),
        i.vlanId(),
        i.hasIp() ? i.ip().toString() : "",
        routed,
        i.isVpnv4Loopback() ? i.nodeSegmentIdx() : 0,
        i.hasIp() && i.isLoopback(),
        routed && i.metric() != 0 && i.link(),
        i.metric(),
        i.linkStatus() == LinkStatus.HARD_DRAINED);
  }
}
