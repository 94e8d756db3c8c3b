package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.solana.key.PublicKey;

/// `impl Validate for User` (`STATE/user.rs`; `serviceability-instructions.md` §3.8), run on every
/// create and write of a User. Skipped entirely for Deleting and Banned users. The account-type
/// rule is implied by the record type.
public final class UserRules {
  private UserRules() {}

  /// Checks a User before it is written, rule by rule in the reference's order.
  ///
  /// @throws ProgramException `InvalidDevicePubkey` (6) for a zero device, `InvalidClientIp` (26),
  ///   `InvalidDzIp` (27) or `InvalidTunnelNet` (28) once the user left Pending, `InvalidTunnelId`
  ///   (29) above 1024, `InvalidTunnelEndpoint` (80) for a set, non-global endpoint
  public static void validate(Invocation inv, User value) throws ProgramException {
    if (value.status() == UserStatus.DELETING || value.status() == UserStatus.BANNED) {
      return;
    }
    if (value.devicePk().equals(PublicKey.DEFAULT)) {
      inv.log("device_pk: " + value.devicePk());
      throw inv.error(ServiceabilityError.INVALID_DEVICE_PUBKEY);
    }
    if (!isGlobal(value.clientIp())) {
      inv.log("client_ip: " + value.clientIp());
      throw inv.error(ServiceabilityError.INVALID_CLIENT_IP);
    }
    boolean pending = value.status() == UserStatus.PENDING;
    if (!pending && !isGlobal(value.dzIp())) {
      inv.log("dz_ip: " + value.dzIp());
      throw inv.error(ServiceabilityError.INVALID_DZ_IP);
    }
    if (!pending && !isLinkLocal(value.tunnelNet().ip())) {
      inv.log("tunnel_net: " + value.tunnelNet());
      throw inv.error(ServiceabilityError.INVALID_TUNNEL_NET);
    }
    if (value.tunnelId() > 1024) {
      inv.log("tunnel_id: " + value.tunnelId());
      throw inv.error(ServiceabilityError.INVALID_TUNNEL_ID);
    }
    if (!value.tunnelEndpoint().isUnspecified() && !isGlobal(value.tunnelEndpoint())) {
      inv.log("tunnel_endpoint: " + value.tunnelEndpoint());
      throw inv.error(ServiceabilityError.INVALID_TUNNEL_ENDPOINT);
    }
  }

  /// `is_global` (`SVC/helper.rs`): not a BGP martian. Rejects 0/8, 10/8, 100.64/10, 127/8,
  /// 169.254/16, 172.16/12, 192.0.0/24, 192.0.2/24, 192.168/16, 198.51.100/24, 203.0.113/24, 224/4
  /// and 240/4 (which holds 255.255.255.255).
  ///
  /// @return whether `ip` is globally routable
  public static boolean isGlobal(Ipv4Address ip) {
    byte[] o = ip.octets();
    int a = o[0] & 0xFF;
    int b = o[1] & 0xFF;
    int c = o[2] & 0xFF;
    return !(a == 0
        || a == 10
        || a == 127
        || a >= 224
        || (a == 100 && (b & 0xC0) == 64)
        || (a == 169 && b == 254)
        || (a == 172 && (b & 0xF0) == 16)
        || (a == 192 && b == 168)
        || (a == 192 && b == 0 && (c == 0 || c == 2))
        || (a == 198 && b == 51 && c == 100)
        || (a == 203 && b == 0 && c == 113));
  }

  private static boolean isLinkLocal(Ipv4Address ip) {
    byte[] o = ip.octets();
    return (o[0] & 0xFF) == 169 && (o[1] & 0xFF) == 254;
  }
}
