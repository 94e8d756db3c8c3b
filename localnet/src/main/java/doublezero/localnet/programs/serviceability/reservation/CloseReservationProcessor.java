package doublezero.localnet.programs.serviceability.reservation;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CloseReservation;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Reservation;

/// `CloseReservation` (#96, `PROC/reservation/close.rs`; `serviceability-instructions.md` §3.13).
/// Accounts: Reservation, Device, GlobalState, payer (S), system program (unchecked). Reservation
/// authority or foundation; the reservation's owner is not checked (reference behaviour). Closes it
/// to the payer and gives the remaining seats back to the device.
public final class CloseReservationProcessor {
  private CloseReservationProcessor() {}

  /// Processes one `CloseReservation`.
  ///
  /// @throws ProgramException panics (signer, owners, GlobalState PDA), `NotAllowed` (8),
  ///   `InvalidAccountData`, `InvalidDevicePubkey` (6) for another device's reservation,
  ///   `InvalidArgument` (65) on seat underflow
  public static void process(Invocation inv, CloseReservation args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount reservationAccount = accounts.next();
    BorrowedAccount deviceAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount payer = accounts.next();
    accounts.next();
    inv.checkSigner(payer);
    inv.checkOwnedByProgram(reservationAccount, "Reservation");
    inv.checkOwnedByProgram(deviceAccount, "Device");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.check(
        globalStateAccount.key().equals(ServiceabilityPdas.globalState(inv.programId()).address()),
        "Invalid GlobalState PubKey");
    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.reservationAuthorityPk().equals(payer.key())
        && !gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    Reservation reservation = inv.read(reservationAccount, Reservation.class);
    if (!reservation.devicePk().equals(deviceAccount.key())) {
      throw inv.error(ServiceabilityError.INVALID_DEVICE_PUBKEY);
    }
    inv.close(reservationAccount, payer);
    Device device = inv.read(deviceAccount, Device.class);
    int seats = device.reservedSeats() - reservation.reservedCount();
    if (seats < 0) {
      throw inv.error(ServiceabilityError.INVALID_ARGUMENT);
    }
    inv.write(ReservedSeats.with(device, seats), deviceAccount, payer);
  }
}
