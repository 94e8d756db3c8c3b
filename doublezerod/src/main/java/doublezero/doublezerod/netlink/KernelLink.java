package doublezero.doublezerod.netlink;

/// A network interface as the kernel reports it (`RTM_NEWLINK`).
///
/// @param index interface index
/// @param name interface name
/// @param flags `ifi_flags` (`IFF_UP` = 0x1, ...)
/// @param mtu MTU, bytes (0 when absent)
public record KernelLink(int index, String name, int flags, int mtu) {
  /// @return whether `IFF_UP` is set
  public boolean up() {
    return (flags & Rtnetlink.IFF_UP) != 0;
  }
}
