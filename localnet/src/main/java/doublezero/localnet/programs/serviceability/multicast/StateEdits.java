package doublezero.localnet.programs.serviceability.multicast;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;

/// One-field changes of the immutable state records this package writes besides multicast groups.
final class StateEdits {
  private StateEdits() {}

  /// @return `p` with both multicast allowlists replaced
  static AccessPass withAllowlists(AccessPass p, List<PublicKey> pub, List<PublicKey> sub) {
    return new AccessPass(
        p.owner(),
        p.bumpSeed(),
        p.accesspassType(),
        p.clientIp(),
        p.userPayer(),
        p.lastAccessEpoch(),
        p.connectionCount(),
        p.status(),
        pub,
        sub,
        p.flags(),
        p.tenantAllowlist());
  }

  /// @return `u` with its multicast lists, status and dz_ip replaced
  static User withMulticast(
      User u,
      List<PublicKey> publishers,
      List<PublicKey> subscribers,
      UserStatus status,
      Ipv4Address dzIp) {
    return new User(
        u.owner(),
        u.index(),
        u.bumpSeed(),
        u.userType(),
        u.tenantPk(),
        u.devicePk(),
        u.cyoaType(),
        u.clientIp(),
        dzIp,
        u.tunnelId(),
        u.tunnelNet(),
        status,
        publishers,
        subscribers,
        u.validatorPubkey(),
        u.tunnelEndpoint());
  }
}
