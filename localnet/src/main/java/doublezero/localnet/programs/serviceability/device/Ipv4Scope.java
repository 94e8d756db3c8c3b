package doublezero.localnet.programs.serviceability.device;

import doublezero.sdk.net.Ipv4Address;

/// IPv4 address classes the serviceability program checks: Rust's `Ipv4Addr::is_private` /
/// `is_link_local` and the program's `is_global` (`SVC/helper.rs`), which rejects every BGP martian
/// range.
public final class Ipv4Scope {
  private Ipv4Scope() {}

  /// @return whether `ip` is in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (Rust
  ///   `Ipv4Addr::is_private`)
  public static boolean isPrivate(Ipv4Address ip) {
    int a = octet(ip, 0);
    int b = octet(ip, 1);
    return a == 10 || (a == 172 && (b & 0xF0) == 16) || (a == 192 && b == 168);
  }

  /// @return whether `ip` is in 169.254.0.0/16 (Rust `Ipv4Addr::is_link_local`)
  public static boolean isLinkLocal(Ipv4Address ip) {
    return octet(ip, 0) == 169 && octet(ip, 1) == 254;
  }

  /// `is_global` (`SVC/helper.rs`): false for 0.0.0.0/8, private, 127/8, link-local,
  /// 255.255.255.255, the three documentation /24s, 100.64.0.0/10, 192.0.0.0/24, 224.0.0.0/4 and
  /// 240.0.0.0/4.
  ///
  /// @return whether `ip` may appear as a source in the global routing table
  public static boolean isGlobal(Ipv4Address ip) {
    int a = octet(ip, 0);
    int b = octet(ip, 1);
    int c = octet(ip, 2);
    boolean documentation =
        (a == 192 && b == 0 && c == 2)
            || (a == 198 && b == 51 && c == 100)
            || (a == 203 && b == 0 && c == 113);
    if (a == 0
        || isPrivate(ip)
        || a == 127
        || isLinkLocal(ip)
        || ip.value() == -1
        || documentation) {
      return false;
    }
    if (a == 100 && (b & 0xC0) == 64) {
      return false;
    }
    if (a == 192 && b == 0 && c == 0) {
      return false;
    }
    return a < 224;
  }

  private static int octet(Ipv4Address ip, int i) {
    return (ip.value() >>> (24 - 8 * i)) & 0xFF;
  }
}
