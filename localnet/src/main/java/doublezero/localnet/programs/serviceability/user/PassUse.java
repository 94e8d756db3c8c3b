package doublezero.localnet.programs.serviceability.user;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassStatus;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.solana.key.PublicKey;

/// How the user processors change an AccessPass (`STATE/accesspass.rs`, `PROC/user/*`;
/// `serviceability-instructions.md` §7): IP locking, connection counting and `update_status`.
final class PassUse {
  private PassUse() {}

  /// @return `p` with `client_ip` replaced
  static AccessPass withClientIp(AccessPass p, Ipv4Address ip) {
    return copy(p, ip, p.connectionCount(), p.status());
  }

  /// A dynamic pass still at 0.0.0.0 is locked to `ip` (create and delete do this before the IP
  /// check).
  static AccessPass lockDynamic(AccessPass p, Ipv4Address ip) {
    return p.isDynamic() && p.clientIp().isUnspecified() ? withClientIp(p, ip) : p;
  }

  /// A user was created on the pass: `connection_count += 1` (wrapping u16), status Connected.
  static AccessPass connect(AccessPass p) {
    return copy(p, p.clientIp(), (p.connectionCount() + 1) & 0xFFFF, AccessPassStatus.CONNECTED);
  }

  /// A user was deleted: `connection_count −= 1` (saturating); Connected while users remain, else
  /// Disconnected, and a pass with ALLOW_MULTIPLE_IP returns to 0.0.0.0 when the last user left.
  static AccessPass disconnect(AccessPass p) {
    int count = Math.max(0, p.connectionCount() - 1);
    AccessPassStatus status =
        count > 0 ? AccessPassStatus.CONNECTED : AccessPassStatus.DISCONNECTED;
    Ipv4Address ip = count == 0 && p.allowsMultipleIp() ? Ipv4Address.UNSPECIFIED : p.clientIp();
    return copy(p, ip, count, status);
  }

  /// `update_status`: Expired when `last_access_epoch < max(epoch, 1)` (unsigned), else Connected
  /// with connections, else Requested.
  static AccessPass updateStatus(AccessPass p, long epoch) {
    long current = epoch == 0 ? 1 : epoch;
    AccessPassStatus status =
        Long.compareUnsigned(p.lastAccessEpoch(), current) < 0
            ? AccessPassStatus.EXPIRED
            : p.connectionCount() > 0 ? AccessPassStatus.CONNECTED : AccessPassStatus.REQUESTED;
    return copy(p, p.clientIp(), p.connectionCount(), status);
  }

  /// @return the SolanaValidator key of the pass, or the zero key for other pass types
  static PublicKey validatorKey(AccessPass p) {
    return p.accesspassType() instanceof AccessPassType.SolanaValidator v
        ? v.nodeId()
        : PublicKey.DEFAULT;
  }

  private static AccessPass copy(
      AccessPass p, Ipv4Address ip, int connections, AccessPassStatus status) {
    return new AccessPass(
        p.owner(),
        p.bumpSeed(),
        p.accesspassType(),
        ip,
        p.userPayer(),
        p.lastAccessEpoch(),
        connections,
        status,
        p.mgroupPubAllowlist(),
        p.mgroupSubAllowlist(),
        p.flags(),
        p.tenantAllowlist());
  }
}
