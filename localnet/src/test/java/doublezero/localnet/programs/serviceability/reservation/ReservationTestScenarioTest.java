package doublezero.localnet.programs.serviceability.reservation;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.tenant.AreaFixtures;
import doublezero.localnet.programs.serviceability.tenant.AreaFixtures.Seats;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CloseReservation;
import doublezero.sdk.serviceability.instruction.ReservationAccounts;
import doublezero.sdk.serviceability.instruction.ReserveConnection;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Reservation;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Reservations through localnet, mirroring the ReserveConnection/CloseReservation scenarios of
/// `TST/reservation_test.rs` (the CreateReservedSubscribeUser scenarios belong to the user area).
/// Devices are seeded as ActivateDevice leaves them; the reservation authority is set in
/// GlobalState as SetAuthority would.
@NeedsLedgerInternals(
    "seeded accounts: rewrites GlobalState straight into the ledger"
        + " (AreaFixtures.updateGlobalState)")
class ReservationTestScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static Keypair res;
  static final AtomicLong INDEX = new AtomicLong(100);

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    res = h.funded();
    AreaFixtures.updateGlobalState(
        h, g -> AreaFixtures.withReservationAuthority(g, res.publicKey()));
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  static PublicKey device(int users, int max, int mcSubs, int maxMcSubs) {
    return AreaFixtures.seedDevice(
        h, INDEX.incrementAndGet(), new Seats(users, max, mcSubs, maxMcSubs, 0));
  }

  static PublicKey pda(PublicKey device, Keypair owner) {
    return ServiceabilityPdas.reservation(h.programId, device, owner.publicKey()).address();
  }

  static Instruction reserve(PublicKey device, Keypair payer, int count) {
    return new ReserveConnection(count)
        .toInstruction(
            h.programId,
            new ReservationAccounts(
                pda(device, payer), device, h.globalState(), payer.publicKey()));
  }

  static Instruction close(PublicKey reservation, PublicKey device, Keypair payer) {
    return new CloseReservation()
        .toInstruction(
            h.programId,
            new ReservationAccounts(reservation, device, h.globalState(), payer.publicKey()));
  }

  @Test
  void testReserveConnection() {
    PublicKey dev = device(0, 10, 0, 0);
    h.ok(res, reserve(dev, res, 3));
    assertThat(h.account(dev, Device.class).reservedSeats()).isEqualTo(3);
    Reservation r = h.account(pda(dev, res), Reservation.class);
    assertThat(r)
        .isEqualTo(
            new Reservation(
                res.publicKey(),
                ServiceabilityPdas.reservation(h.programId, dev, res.publicKey()).bump(),
                dev,
                3));
    assertThat(h.data(pda(dev, res)).orElseThrow()).hasSize(Reservation.SIZE);
  }

  @Test
  void testReserveConnectionCountZero() {
    PublicKey dev = device(0, 10, 0, 0);
    assertError(h.fail(res, reserve(dev, res, 0)), ServiceabilityError.INVALID_ARGUMENT);
    // count 0 is checked before the signer: even an unsigned payer gets 65
    Keypair fee = h.funded();
    assertError(
        h.fail(fee, AreaFixtures.unsigned(reserve(dev, res, 0), res.publicKey())),
        ServiceabilityError.INVALID_ARGUMENT);
  }

  @Test
  void testReserveConnectionCapacity() {
    PublicKey dev = device(0, 2, 0, 0);
    h.ok(res, reserve(dev, res, 2));
    assertError(
        h.fail(h.foundation, reserve(dev, h.foundation, 1)),
        ServiceabilityError.MAX_USERS_EXCEEDED);
    PublicKey dev2 = device(0, 2, 0, 0);
    assertError(h.fail(res, reserve(dev2, res, 3)), ServiceabilityError.MAX_USERS_EXCEEDED);
    PublicKey dev3 = device(2, 3, 0, 0);
    assertError(h.fail(res, reserve(dev3, res, 2)), ServiceabilityError.MAX_USERS_EXCEEDED);
    assertError(
        h.fail(res, reserve(device(0, 0, 0, 0), res, 1)), ServiceabilityError.MAX_USERS_EXCEEDED);
  }

  @Test
  void testReserveConnectionRespectsMaxMulticastSubscribers() {
    PublicKey dev = device(0, 10, 1, 2);
    assertError(
        h.fail(res, reserve(dev, res, 2)), ServiceabilityError.MAX_MULTICAST_SUBSCRIBERS_EXCEEDED);
    h.ok(res, reserve(dev, res, 1));
  }

  @Test
  void testCloseReservation() {
    PublicKey dev = device(0, 10, 0, 0);
    h.ok(res, reserve(dev, res, 4));
    long lamports = h.lamports(pda(dev, res));
    long before = h.lamports(h.foundation.publicKey());
    // the reservation owner is not checked: the foundation may close RES's reservation, and is
    // refunded
    h.ok(h.foundation, close(pda(dev, res), dev, h.foundation));
    assertThat(h.data(pda(dev, res))).isEmpty();
    assertThat(h.account(dev, Device.class).reservedSeats()).isZero();
    assertThat(h.lamports(h.foundation.publicKey())).isEqualTo(before + lamports - 5000);
  }

  @Test
  void testCloseReservationForAnotherDeviceFails() {
    PublicKey dev = device(0, 10, 0, 0);
    PublicKey other = device(0, 10, 0, 0);
    h.ok(res, reserve(dev, res, 1));
    assertError(
        h.fail(res, close(pda(dev, res), other, res)), ServiceabilityError.INVALID_DEVICE_PUBKEY);
  }

  @Test
  void testReserveConnectionUnauthorizedAndDoubleReserve() {
    PublicKey dev = device(0, 10, 0, 0);
    Keypair outsider = h.funded();
    assertError(h.fail(outsider, reserve(dev, outsider, 1)), ServiceabilityError.NOT_ALLOWED);
    h.ok(res, reserve(dev, res, 1));
    // the second create fails in the system program (account already in use: Custom(0))
    ProgramHarness.assertCustom(h.fail(res, reserve(dev, res, 1)), 0);
  }

  /// Both happy paths with (a) the payer not signing, (b) device / GlobalState / reservation owned
  /// by another program, (c) a payer that is neither the reservation authority nor foundation.
  @Test
  void signerOwnerAndAuthorityMatrix() {
    PublicKey dev = device(0, 10, 0, 0);
    Keypair outsider = h.funded();
    PublicKey foreignDev = AreaFixtures.foreignCopy(h, dev);
    PublicKey foreignGs = AreaFixtures.foreignCopy(h, h.globalState());
    Instruction ix = reserve(dev, res, 1);
    assertPanic(h.fail(outsider, AreaFixtures.unsigned(ix, res.publicKey())));
    assertPanic(h.fail(res, AreaFixtures.replace(ix, dev, foreignDev)));
    assertPanic(h.fail(res, AreaFixtures.replace(ix, h.globalState(), foreignGs)));
    assertError(h.fail(outsider, reserve(dev, outsider, 1)), ServiceabilityError.NOT_ALLOWED);
    h.ok(res, ix);

    PublicKey foreignRes = AreaFixtures.foreignCopy(h, pda(dev, res));
    Instruction cl = close(pda(dev, res), dev, res);
    assertPanic(h.fail(outsider, AreaFixtures.unsigned(cl, res.publicKey())));
    assertPanic(h.fail(res, AreaFixtures.replace(cl, pda(dev, res), foreignRes)));
    assertPanic(h.fail(res, AreaFixtures.replace(cl, dev, foreignDev)));
    assertPanic(h.fail(res, AreaFixtures.replace(cl, h.globalState(), foreignGs)));
    assertError(
        h.fail(outsider, close(pda(dev, res), dev, outsider)), ServiceabilityError.NOT_ALLOWED);
    h.ok(res, cl);
  }
}
