package doublezero.localnet.programs.serviceability.accesspass;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CheckStatusAccessPass;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.GlobalState;

/// `CheckStatusAccessPass` (#70, `PROC/accesspass/check_status.rs`;
/// `serviceability-instructions.md` §3.10, §4.7). Accounts: AccessPass (W), GlobalState, payer (S),
/// system program (unused). Activator or foundation. Recomputes the status with [AccessPassExpiry]
/// and writes the pass back.
public final class CheckStatusAccessPassProcessor {
  private CheckStatusAccessPassProcessor() {}

  /// Processes one `CheckStatusAccessPass`.
  ///
  /// @throws ProgramException `AccessPassNotFound` (53), panics (signer, owners, writable),
  ///   `NotAllowed` (8), `InvalidAccountData` for another account type
  public static void process(Invocation inv, CheckStatusAccessPass args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount passAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount payer = accounts.next();
    accounts.next();
    inv.checkSigner(payer);
    if (passAccount.dataLength() == 0) {
      throw inv.error(ServiceabilityError.ACCESS_PASS_NOT_FOUND);
    }
    inv.checkOwnedByProgram(passAccount, "AccessPass");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkWritable(passAccount, "PDA");
    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.activatorAuthorityPk().equals(payer.key())
        && !gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    AccessPass pass =
        AccessPassExpiry.updated(inv.read(passAccount, AccessPass.class), inv.ctx().epoch());
    inv.write(pass, passAccount, payer);
  }
}
