package doublezero.localnet.programs.serviceability.accesspass;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CloseAccessPass;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.GlobalState;

/// `CloseAccessPass` (#69, `PROC/accesspass/close.rs`; `serviceability-instructions.md` §3.10,
/// §4.7). Accounts: AccessPass (W), GlobalState, payer (S), system program. Foundation, or the
/// reservation authority for passes it owns; the pass must have no connections. Closes it to the
/// payer.
public final class CloseAccessPassProcessor {
  private CloseAccessPassProcessor() {}

  /// Processes one `CloseAccessPass`.
  ///
  /// @throws ProgramException `AccessPassNotFound` (53) for an empty account, panics (signer,
  ///   owners, system program, writable), `NotAllowed` (8), `InvalidAccountType` (9),
  ///   `AccessPassInUse` (72)
  public static void process(Invocation inv, CloseAccessPass args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount passAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    inv.checkSigner(payer);
    if (passAccount.dataLength() == 0) {
      throw inv.error(ServiceabilityError.ACCESS_PASS_NOT_FOUND);
    }
    inv.checkOwnedByProgram(passAccount, "AccessPass");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);
    inv.checkWritable(passAccount, "PDA");
    GlobalState gs = inv.globalState(globalStateAccount);
    boolean reservation = gs.reservationAuthorityPk().equals(payer.key());
    if (!gs.foundationAllowlist().contains(payer.key()) && !reservation) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    if ((passAccount.data()[0] & 0xFF) != AccountType.ACCESS_PASS.wireValue()) {
      inv.log("AccountType is not AccessPass, cannot close");
      throw inv.error(ServiceabilityError.INVALID_ACCOUNT_TYPE);
    }
    AccessPass pass = inv.read(passAccount, AccessPass.class);
    if (reservation && !pass.owner().equals(payer.key())) {
      inv.log("Reservation authority can only close access passes they own");
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    if (pass.connectionCount() != 0) {
      inv.log("AccessPass has " + pass.connectionCount() + " active connections, cannot close");
      throw inv.error(ServiceabilityError.ACCESS_PASS_IN_USE);
    }
    inv.close(passAccount, payer);
    inv.log("Access pass closed");
  }
}
