package doublezero.localnet.programs.serviceability.reservation;

import doublezero.localnet.programs.serviceability.device.DeviceDraft;
import doublezero.sdk.serviceability.state.Device;

/// The Device field the reservation instructions change (`device.reserved_seats`).
final class ReservedSeats {
  private ReservedSeats() {}

  /// @return `d` with `reserved_seats = seats`
  static Device with(Device d, int seats) {
    DeviceDraft draft = DeviceDraft.of(d);
    draft.reservedSeats = seats;
    return draft.build();
  }
}
