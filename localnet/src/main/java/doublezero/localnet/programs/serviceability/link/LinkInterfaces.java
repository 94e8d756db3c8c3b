package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.InterfaceType;
import doublezero.sdk.serviceability.state.InterfaceV2;

/// The interface side effects of links on their two devices
/// (`PROC/link/{create,activate,delete,closeaccount}.rs`; `serviceability-instructions.md` §4.8). A
/// changed interface is written back in the current version (V2), as the reference's
/// `to_interface()` does, so a V1 interface is upgraded when a link touches it.
final class LinkInterfaces {
  private LinkInterfaces() {}

  /// The exact-name lookup of CreateLink and AcceptLink (`iface.name == name`, case-sensitive).
  ///
  /// @return the interface in its current version, or null
  static InterfaceV2 findExact(Device device, String name) {
    for (Interface iface : device.interfaces()) {
      InterfaceV2 current = iface.toCurrentVersion();
      if (current.name().equals(name)) {
        return current;
      }
    }
    return null;
  }

  /// `Device::find_interface`: the first interface whose name equals `name` ignoring ASCII case.
  ///
  /// @return its position, or -1
  static int find(Device device, String name) {
    for (int i = 0; i < device.interfaces().size(); i++) {
      if (equalsIgnoreAsciiCase(device.interfaces().get(i).toCurrentVersion().name(), name)) {
        return i;
      }
    }
    return -1;
  }

  /// @return whether the interface carries a CYOA or DIA assignment (`InterfaceHasEdgeAssignment`,
  ///   83)
  static boolean hasEdgeAssignment(InterfaceV2 iface) {
    return iface.interfaceCyoa() != InterfaceCyoa.NONE || iface.interfaceDia() != InterfaceDia.NONE;
  }

  /// The activation of one link end: status Activated and, when its `ip_net` is still the default,
  /// the `n`-th address of `tunnelNet` with the tunnel's prefix.
  ///
  /// @throws ProgramException a panic when `tunnelNet` has no `n`-th address (Rust
  ///   `nth(n).unwrap()`)
  static InterfaceV2 activated(Invocation inv, InterfaceV2 iface, NetworkV4 tunnelNet, int n)
      throws ProgramException {
    NetworkV4 ipNet = iface.ipNet();
    if (ipNet.equals(NetworkV4.DEFAULT)) {
      ipNet = new NetworkV4(nth(inv, tunnelNet, n), tunnelNet.prefix());
    }
    return copy(iface, InterfaceStatus.ACTIVATED, ipNet);
  }

  /// The unlinking of one link end on delete/close: when the device has the interface
  /// (case-insensitive), it becomes Unlinked and loses its `ip_net`, unless it is a physical
  /// interface with CYOA or DIA (a user-facing IP).
  ///
  /// @return the device, changed or not
  static Device unlink(Device device, String name) {
    int i = find(device, name);
    if (i < 0) {
      return device;
    }
    InterfaceV2 iface = device.interfaces().get(i).toCurrentVersion();
    boolean hasUserIp = iface.interfaceType() == InterfaceType.PHYSICAL && hasEdgeAssignment(iface);
    NetworkV4 ipNet = hasUserIp ? iface.ipNet() : NetworkV4.DEFAULT;
    return Copies.withInterface(device, i, copy(iface, InterfaceStatus.UNLINKED, ipNet));
  }

  private static Ipv4Address nth(Invocation inv, NetworkV4 net, int n) throws ProgramException {
    long size = 1L << (32 - net.prefix());
    inv.check(n < size, "called `Option::unwrap()` on a `None` value");
    return new Ipv4Address(net.network().value() + n);
  }

  private static InterfaceV2 copy(InterfaceV2 i, InterfaceStatus status, NetworkV4 ipNet) {
    return new InterfaceV2(
        status,
        i.name(),
        i.interfaceType(),
        i.interfaceCyoa(),
        i.interfaceDia(),
        i.loopbackType(),
        i.bandwidth(),
        i.cir(),
        i.mtu(),
        i.routingMode(),
        i.vlanId(),
        ipNet,
        i.nodeSegmentIdx(),
        i.userTunnelEndpoint());
  }

  private static boolean equalsIgnoreAsciiCase(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y && lower(x) != lower(y)) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
