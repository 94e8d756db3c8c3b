package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.charset.StandardCharsets;

/// `impl Validate for Device` (`STATE/device.rs`; `serviceability-instructions.md` §3.5), run by
/// every create and write of a device, so every interface is re-validated each time.
///
/// Reproduced quirk: `users_count + reserved_seats` is a u16 sum that wraps (the program is built
/// without overflow checks), so counts whose sum exceeds 65535 pass a small `max_users`.
public final class DeviceRules {
  private DeviceRules() {}

  /// Checks a Device before it is written, in the reference's order.
  ///
  /// @throws ProgramException `CodeTooLong` (34), `InvalidLocation` (36), `InvalidExchange` (37),
  ///   `InvalidClientIp` (26), `NoDzPrefixes` (35), `InvalidDzPrefix` (38), `MaxUsersExceeded`
  ///   (20), 81, 82, 85, or an interface's error ([InterfaceRules])
  public static void validate(Invocation inv, Device value) throws ProgramException {
    if (value.code().getBytes(StandardCharsets.UTF_8).length > 32) {
      throw inv.error(ServiceabilityError.CODE_TOO_LONG);
    }
    if (value.locationPk().equals(PublicKey.DEFAULT)) {
      throw inv.error(ServiceabilityError.INVALID_LOCATION);
    }
    if (value.exchangePk().equals(PublicKey.DEFAULT)) {
      throw inv.error(ServiceabilityError.INVALID_EXCHANGE);
    }
    if (value.deviceType() != DeviceType.TRANSIT && !Ipv4Scope.isGlobal(value.publicIp())) {
      throw inv.error(ServiceabilityError.INVALID_CLIENT_IP);
    }
    if (value.dzPrefixes().isEmpty()) {
      throw inv.error(ServiceabilityError.NO_DZ_PREFIXES);
    }
    for (NetworkV4 prefix : value.dzPrefixes()) {
      if (!Ipv4Scope.isGlobal(prefix.ip())) {
        throw inv.error(ServiceabilityError.INVALID_DZ_PREFIX);
      }
    }
    if (((value.usersCount() + value.reservedSeats()) & 0xFFFF) > value.maxUsers()) {
      throw inv.error(ServiceabilityError.MAX_USERS_EXCEEDED);
    }
    if (value.maxUnicastUsers() > 0 && value.unicastUsersCount() > value.maxUnicastUsers()) {
      throw inv.error(ServiceabilityError.MAX_UNICAST_USERS_EXCEEDED);
    }
    if (value.maxMulticastSubscribers() > 0
        && value.multicastSubscribersCount() > value.maxMulticastSubscribers()) {
      throw inv.error(ServiceabilityError.MAX_MULTICAST_SUBSCRIBERS_EXCEEDED);
    }
    if (value.maxMulticastPublishers() > 0
        && value.multicastPublishersCount() > value.maxMulticastPublishers()) {
      throw inv.error(ServiceabilityError.MAX_MULTICAST_PUBLISHERS_EXCEEDED);
    }
    for (Interface i : value.interfaces()) {
      InterfaceRules.validate(inv, i);
    }
  }
}
