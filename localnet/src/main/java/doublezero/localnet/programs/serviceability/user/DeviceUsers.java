package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.serviceability.device.DeviceDraft;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.UserType;

/// The user counters a Device carries (`reference_count`, `users_count`, the per-type counters and
/// `reserved_seats`; `STATE/device.rs`) as the user processors change them. The program is built
/// without overflow checks, so increments wrap at the field width (u32 reference count, u16
/// counters) as they do on chain; decrements saturate at 0 as the reference's `saturating_sub`
/// does.
final class DeviceUsers {
  private static final long U32 = 0xFFFF_FFFFL;
  private static final int U16 = 0xFFFF;

  private DeviceUsers() {}

  /// A user joined: reference, users and its type's counter + 1 (`create_user_core` step 16).
  ///
  /// @param publisher for Multicast users, whether the publisher (else the subscriber) counter
  ///   moves
  static Device attach(Device d, UserType type, boolean publisher) {
    boolean multicast = type == UserType.MULTICAST;
    return copy(
        d,
        (d.referenceCount() + 1) & U32,
        (d.usersCount() + 1) & U16,
        multicast ? d.unicastUsersCount() : (d.unicastUsersCount() + 1) & U16,
        multicast && !publisher
            ? (d.multicastSubscribersCount() + 1) & U16
            : d.multicastSubscribersCount(),
        multicast && publisher
            ? (d.multicastPublishersCount() + 1) & U16
            : d.multicastPublishersCount(),
        d.reservedSeats());
  }

  /// A user left: reference, users and its type's counter − 1, saturating (close and atomic
  /// delete).
  ///
  /// @param hasPublishers for Multicast users, whether the user still lists publisher groups
  static Device detach(Device d, UserType type, boolean hasPublishers) {
    boolean multicast = type == UserType.MULTICAST;
    return copy(
        d,
        Math.max(0, d.referenceCount() - 1),
        Math.max(0, d.usersCount() - 1),
        multicast ? d.unicastUsersCount() : Math.max(0, d.unicastUsersCount() - 1),
        multicast && !hasPublishers
            ? Math.max(0, d.multicastSubscribersCount() - 1)
            : d.multicastSubscribersCount(),
        multicast && hasPublishers
            ? Math.max(0, d.multicastPublishersCount() - 1)
            : d.multicastPublishersCount(),
        d.reservedSeats());
  }

  /// @return `d` with `reserved_seats` replaced
  static Device withReservedSeats(Device d, int reservedSeats) {
    return copy(
        d,
        d.referenceCount(),
        d.usersCount(),
        d.unicastUsersCount(),
        d.multicastSubscribersCount(),
        d.multicastPublishersCount(),
        reservedSeats);
  }

  private static Device copy(
      Device d,
      long referenceCount,
      int users,
      int unicast,
      int subscribers,
      int publishers,
      int reserved) {
    DeviceDraft draft = DeviceDraft.of(d);
    draft.referenceCount = referenceCount;
    draft.usersCount = users;
    draft.unicastUsersCount = unicast;
    draft.multicastSubscribersCount = subscribers;
    draft.multicastPublishersCount = publishers;
    draft.reservedSeats = reserved;
    return draft.build();
  }
}
