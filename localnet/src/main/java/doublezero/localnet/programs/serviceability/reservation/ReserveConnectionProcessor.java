package doublezero.localnet.programs.serviceability.reservation;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.ReserveConnection;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Reservation;
import doublezero.sdk.solana.key.ProgramDerivedAddress;

/// `ReserveConnection` (#95, `PROC/reservation/reserve.rs`; `serviceability-instructions.md`
/// §3.13). Accounts: Reservation PDA(device, payer) (W), Device (W), GlobalState, payer (S), system
/// program. Reservation authority or foundation. Creates {owner payer, device, reserved_count} and
/// adds `count` to `device.reserved_seats`.
public final class ReserveConnectionProcessor {
  private static final int U16_MAX = 0xFFFF;

  private ReserveConnectionProcessor() {}

  /// Processes one `ReserveConnection`.
  ///
  /// @throws ProgramException `InvalidArgument` (65) for count 0 (before even the signer check),
  ///   panics (signer, owners, system program, GlobalState PDA, reservation PDA), `NotAllowed` (8),
  ///   `ArithmeticOverflow` (86), `MaxUsersExceeded` (20), `MaxMulticastSubscribersExceeded` (82),
  ///   the system program's error when the reservation exists
  public static void process(Invocation inv, ReserveConnection args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount reservationAccount = accounts.next();
    BorrowedAccount deviceAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    if (args.count() == 0) {
      throw inv.error(ServiceabilityError.INVALID_ARGUMENT);
    }
    inv.checkSigner(payer);
    inv.checkOwnedByProgram(deviceAccount, "Device");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);
    inv.check(
        globalStateAccount.key().equals(ServiceabilityPdas.globalState(inv.programId()).address()),
        "Invalid GlobalState PubKey");
    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.reservationAuthorityPk().equals(payer.key())
        && !gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    Device device = inv.read(deviceAccount, Device.class);
    int reserved = checkedAdd(inv, device.reservedSeats(), args.count());
    if (checkedAdd(inv, device.usersCount(), reserved) > device.maxUsers()) {
      throw inv.error(ServiceabilityError.MAX_USERS_EXCEEDED);
    }
    if (device.maxMulticastSubscribers() > 0
        && checkedAdd(inv, device.multicastSubscribersCount(), reserved)
            > device.maxMulticastSubscribers()) {
      throw inv.error(ServiceabilityError.MAX_MULTICAST_SUBSCRIBERS_EXCEEDED);
    }
    ProgramDerivedAddress pda =
        ServiceabilityPdas.reservation(inv.programId(), deviceAccount.key(), payer.key());
    inv.check(reservationAccount.key().equals(pda.address()), "Invalid Reservation PubKey");
    Reservation reservation =
        new Reservation(payer.key(), pda.bump(), deviceAccount.key(), args.count());
    inv.create(reservation, reservationAccount, payer, pda.signerSeeds());
    inv.write(ReservedSeats.with(device, reserved), deviceAccount, payer);
  }

  /// u16 `checked_add`.
  private static int checkedAdd(Invocation inv, int a, int b) throws ProgramException {
    int sum = a + b;
    if (sum > U16_MAX) {
      throw inv.error(ServiceabilityError.ARITHMETIC_OVERFLOW);
    }
    return sum;
  }
}
