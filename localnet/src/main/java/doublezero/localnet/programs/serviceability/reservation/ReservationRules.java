package doublezero.localnet.programs.serviceability.reservation;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.Reservation;
import doublezero.sdk.solana.key.PublicKey;

/// `impl Validate for Reservation` (`STATE/reservation.rs`): the account type (guaranteed by the
/// record type), then a device key other than the default key.
public final class ReservationRules {
  private ReservationRules() {}

  /// Checks a Reservation before it is written.
  ///
  /// @throws ProgramException `InvalidDevicePubkey` (6) for the default device key
  public static void validate(Invocation inv, Reservation value) throws ProgramException {
    if (value.devicePk().equals(PublicKey.DEFAULT)) {
      inv.log("Invalid device pubkey");
      throw inv.error(ServiceabilityError.INVALID_DEVICE_PUBKEY);
    }
  }
}
