package doublezero.controller.device;

import doublezero.sdk.net.Ipv4Address;

/// The ISIS NET of a device, derived from its VPNv4 loopback (reference `server.go`
/// `processDeviceInterfacesAndPeers`, §B.5 rule 3): area `49.0000`, system id = the four address
/// bytes in lower-case hex, `0000` padding, selector `00`. 14.14.14.14 →
/// `49.0000.0e0e.0e0e.0000.00`.
public final class IsisNet {
  private IsisNet() {}

  /// @param loopback the VPNv4 loopback address
  /// @return the NET text
  public static String of(Ipv4Address loopback) {
    byte[] b = loopback.octets();
    return String.format(
        "49.0000.%02x%02x.%02x%02x.0000.00", b[0] & 0xFF, b[1] & 0xFF, b[2] & 0xFF, b[3] & 0xFF);
  }
}
