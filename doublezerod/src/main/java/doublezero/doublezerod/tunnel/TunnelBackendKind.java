package doublezero.doublezerod.tunnel;

/// The `--tunnel-backend` choices.
public enum TunnelBackendKind {
  /// Kernel GRE through rtnetlink (production default).
  KERNEL,
  /// RFC 2784 GRE in this process over a TUN device and a raw IP-protocol-47 socket (kernels
  /// without `ip_gre`).
  USERSPACE;

  /// @param text `kernel` or `userspace`
  /// @return the kind
  /// @throws IllegalArgumentException naming the valid values otherwise
  public static TunnelBackendKind parse(String text) {
    return switch (text) {
      case "kernel" -> KERNEL;
      case "userspace" -> USERSPACE;
      default ->
          throw new IllegalArgumentException(
              "--tunnel-backend must be kernel or userspace, got " + text);
    };
  }
}
