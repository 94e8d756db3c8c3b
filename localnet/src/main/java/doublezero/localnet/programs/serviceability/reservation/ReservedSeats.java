package doublezero.localnet.programs.serviceability.reservation;

import doublezero.sdk.serviceability.state.Device;

/// The Device field the reservation instructions change (`device.reserved_seats`).
final class ReservedSeats {
  private ReservedSeats() {}

  /// @return `d` with `reserved_seats = seats`
  static Device with(Device d, int seats) {
    return new Device(d.owner(), d.index(), d.bumpSeed(), d.locationPk(), d.exchangePk(), d.deviceType(),
        d.publicIp(), d.status(), d.code(), d.dzPrefixes(), d.metricsPublisherPk(), d.contributorPk(), d.mgmtVrf(),
        d.interfaces(), d.referenceCount(), d.usersCount(), d.maxUsers(), d.deviceHealth(), d.desiredStatus(),
        d.unicastUsersCount(), d.multicastSubscribersCount(), d.maxUnicastUsers(), d.maxMulticastSubscribers(),
        seats, d.multicastPublishersCount(), d.maxMulticastPublishers());
  }
}
