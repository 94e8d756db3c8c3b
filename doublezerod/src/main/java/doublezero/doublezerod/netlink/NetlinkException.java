package doublezero.doublezerod.netlink;

import java.util.Map;

/// A failed netlink call: a socket call that returned -1, or an `NLMSG_ERROR` with a non-zero
/// errno.
public final class NetlinkException extends RuntimeException {
  private static final Map<Integer, String> NAMES =
      Map.of(
          1,
          "EPERM",
          2,
          "ENOENT",
          3,
          "ESRCH",
          13,
          "EACCES",
          17,
          "EEXIST",
          19,
          "ENODEV",
          22,
          "EINVAL",
          95,
          "EOPNOTSUPP",
          101,
          "ENETUNREACH",
          105,
          "ENOBUFS");
  private final int errno;

  /// @param operation what was attempted, e.g. `RTM_NEWROUTE 4.4.4.4/32 via 169.254.0.0`
  /// @param errno the positive errno
  public NetlinkException(String operation, int errno) {
    super(operation + ": errno " + errno + " (" + NAMES.getOrDefault(errno, "?") + ")");
    this.errno = errno;
  }

  /// @return the positive errno (17 EEXIST, 3 ESRCH, 95 EOPNOTSUPP, ...)
  public int errno() {
    return errno;
  }
}
