package doublezero.localnet.programs.serviceability.user;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.serviceability.state.Reservation;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The reserved-subscriber scenarios of reference `TST/reservation_test.rs` (create from a
/// reservation, exhausted, wrong owner, wrong device, unauthorized, several users, non-multicast)
/// and DeleteReservedSubscribeUser.
@NeedsLedgerInternals(
    "ledger-wide state: sends SetAuthority, which every other test on the ledger would see")
class ReservedSubscribeUserScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static UserFixtures fx;
  static UserIx ix;
  static Keypair res;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    fx = new UserFixtures(h);
    ix = new UserIx(h);
    res = h.funded();
    fx.reservationAuthority(res.publicKey());
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  @Test
  void testCreateReservedSubscribeUserAndDeleteIt() {
    PublicKey device = fx.device(UserFixtures.DeviceSpec.activated());
    PublicKey group = fx.group(MulticastGroupStatus.ACTIVATED);
    PublicKey reservation = fx.reservation(device, res.publicKey(), 3);
    Ipv4Address ip = UserFixtures.nextIp();
    h.ok(
        res,
        ix.createReserved(res.publicKey(), device, group, reservation, ip, UserType.MULTICAST, 0));
    PublicKey user = ix.userPda(ip, UserType.MULTICAST);
    User u = h.account(user, User.class);
    assertThat(u.status()).isEqualTo(UserStatus.PENDING);
    assertThat(u.owner()).isEqualTo(res.publicKey());
    assertThat(u.subscribers()).containsExactly(group);
    assertThat(h.account(reservation, Reservation.class).reservedCount()).isEqualTo(2);
    Device d = h.account(device, Device.class);
    assertThat(d.reservedSeats()).isEqualTo(2);
    assertThat(d.usersCount()).isEqualTo(1);
    assertThat(d.multicastSubscribersCount()).isEqualTo(1);
    assertThat(h.account(group, MulticastGroup.class).subscriberCount()).isEqualTo(1);

    h.ok(res, ix.deleteReserved(res.publicKey(), user, device, group, res.publicKey(), 0));
    assertThat(h.data(user)).isEmpty();
    d = h.account(device, Device.class);
    assertThat(d.usersCount()).isZero();
    assertThat(d.reservedSeats()).as("the seat is not given back (§9.11)").isEqualTo(2);
    assertThat(h.account(group, MulticastGroup.class).subscriberCount()).isZero();
  }

  @Test
  void testCreateReservedSubscribeUserMultipleFromSameReservationThenExhausted() {
    PublicKey device = fx.device(UserFixtures.DeviceSpec.activated());
    PublicKey group = fx.group(MulticastGroupStatus.ACTIVATED);
    PublicKey reservation = fx.reservation(device, res.publicKey(), 3);
    for (int i = 0; i < 3; i++) {
      h.ok(
          res,
          ix.createReserved(
              res.publicKey(),
              device,
              group,
              reservation,
              UserFixtures.nextIp(),
              UserType.MULTICAST,
              0));
    }
    assertThat(h.account(device, Device.class).usersCount()).isEqualTo(3);
    assertError(
        h.fail(
            res,
            ix.createReserved(
                res.publicKey(),
                device,
                group,
                reservation,
                UserFixtures.nextIp(),
                UserType.MULTICAST,
                0)),
        ServiceabilityError.MAX_USERS_EXCEEDED);
  }

  @Test
  void testCreateReservedSubscribeUserErrors() {
    PublicKey device = fx.device(UserFixtures.DeviceSpec.activated());
    PublicKey other = fx.device(UserFixtures.DeviceSpec.activated());
    PublicKey group = fx.group(MulticastGroupStatus.ACTIVATED);
    PublicKey reservation = fx.reservation(device, res.publicKey(), 2);
    PublicKey fndReservation = fx.reservation(device, h.foundation.publicKey(), 1);
    Ipv4Address ip = UserFixtures.nextIp();
    // wrong device
    assertError(
        h.fail(
            res,
            ix.createReserved(
                res.publicKey(), other, group, reservation, ip, UserType.MULTICAST, 0)),
        ServiceabilityError.INVALID_DEVICE_PUBKEY);
    // wrong owner
    assertError(
        h.fail(
            res,
            ix.createReserved(
                res.publicKey(), device, group, fndReservation, ip, UserType.MULTICAST, 0)),
        ServiceabilityError.NOT_ALLOWED);
    // unauthorized payer
    Keypair stranger = h.funded();
    assertError(
        h.fail(
            stranger,
            ix.createReserved(
                stranger.publicKey(), device, group, reservation, ip, UserType.MULTICAST, 0)),
        ServiceabilityError.NOT_ALLOWED);
    // not multicast
    assertError(
        h.fail(
            res,
            ix.createReserved(res.publicKey(), device, group, reservation, ip, UserType.IBRL, 0)),
        ServiceabilityError.INVALID_ARGUMENT);
    // inactive group
    PublicKey pending = fx.group(MulticastGroupStatus.PENDING);
    assertError(
        h.fail(
            res,
            ix.createReserved(
                res.publicKey(), device, pending, reservation, ip, UserType.MULTICAST, 0)),
        ServiceabilityError.INVALID_STATUS);
    assertThat(h.account(reservation, Reservation.class).reservedCount()).isEqualTo(2);
    // subscriber limit
    PublicKey full = fx.device(UserFixtures.DeviceSpec.activated().withLimits(128, 0, 1, 0));
    PublicKey fullRes = fx.reservation(full, res.publicKey(), 2);
    h.ok(
        res,
        ix.createReserved(
            res.publicKey(), full, group, fullRes, UserFixtures.nextIp(), UserType.MULTICAST, 0));
    assertError(
        h.fail(
            res,
            ix.createReserved(res.publicKey(), full, group, fullRes, ip, UserType.MULTICAST, 0)),
        ServiceabilityError.MAX_MULTICAST_SUBSCRIBERS_EXCEEDED);
    assertThat(List.of(h.account(fullRes, Reservation.class).reservedCount())).containsExactly(1);
  }

  @Test
  void deleteReservedChecksDeviceOwnerAndAuthority() {
    PublicKey device = fx.device(UserFixtures.DeviceSpec.activated());
    PublicKey other = fx.device(UserFixtures.DeviceSpec.activated());
    PublicKey group = fx.group(MulticastGroupStatus.ACTIVATED);
    PublicKey reservation = fx.reservation(device, res.publicKey(), 1);
    Ipv4Address ip = UserFixtures.nextIp();
    h.ok(
        res,
        ix.createReserved(res.publicKey(), device, group, reservation, ip, UserType.MULTICAST, 0));
    PublicKey user = ix.userPda(ip, UserType.MULTICAST);
    assertError(
        h.fail(res, ix.deleteReserved(res.publicKey(), user, other, group, res.publicKey(), 0)),
        ServiceabilityError.INVALID_DEVICE_PUBKEY);
    assertError(
        h.fail(
            res,
            ix.deleteReserved(res.publicKey(), user, device, group, h.foundation.publicKey(), 0)),
        ServiceabilityError.NOT_ALLOWED);
    Keypair stranger = h.funded();
    assertError(
        h.fail(
            stranger,
            ix.deleteReserved(stranger.publicKey(), user, device, group, res.publicKey(), 0)),
        ServiceabilityError.NOT_ALLOWED);
    assertError(
        h.fail(res, ix.deleteReserved(res.publicKey(), user, device, group, res.publicKey(), 1)),
        ServiceabilityError.FEATURE_NOT_ENABLED);
    h.ok(
        h.foundation,
        ix.deleteReserved(h.foundation.publicKey(), user, device, group, res.publicKey(), 0));
    assertThat(h.data(user)).isEmpty();
  }
}
