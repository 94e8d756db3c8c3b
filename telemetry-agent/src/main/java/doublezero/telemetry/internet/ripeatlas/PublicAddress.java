package doublezero.telemetry.internet.ripeatlas;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/// Whether a probe's IPv4 address can be pinged over the internet (reference
/// `internal/collector/util.go` `IsInternetRoutable`): not loopback, link-local, multicast or in
/// 10/8, 172.16/12, 192.168/16.
final class PublicAddress {
  private PublicAddress() {}

  static boolean isRoutable(String text) {
    if (text == null || !text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return false;
    }
    InetAddress a;
    try {
      a = InetAddress.getByName(text);
    } catch (UnknownHostException e) {
      return false;
    }
    return a instanceof Inet4Address
        && !a.isLoopbackAddress()
        && !a.isLinkLocalAddress()
        && !a.isMulticastAddress()
        && !a.isSiteLocalAddress()
        && !a.isAnyLocalAddress();
  }
}
