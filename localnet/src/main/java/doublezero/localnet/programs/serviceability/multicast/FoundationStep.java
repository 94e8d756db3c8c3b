package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;

/// The shape shared by Reject, Suspend and Reactivate
/// (`PROC/multicastgroup/{reject,suspend,reactivate}.rs`): accounts `[group (W), GlobalState, payer
/// (S), system]`; payer signs; group and GlobalState owned by the program; system program id; group
/// writable; payer in the foundation allowlist (8); the group in `from` status (7); the group
/// written back with status `to`.
final class FoundationStep {
  private FoundationStep() {}

  /// Runs the step.
  ///
  /// @param note a program log line written before the group (Reject's reason), or null
  ///
  /// @throws ProgramException panics for the account checks, `NotAllowed` (8), `InvalidStatus` (7)
  static void run(Invocation inv, MulticastGroupStatus from, MulticastGroupStatus to, String note)
      throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount group = accounts.next();
    BorrowedAccount globalState = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    GroupChecks.common(inv, group, globalState, payer, system);
    GroupChecks.requireFoundation(inv, inv.globalState(globalState), payer);
    MulticastGroup mg = inv.read(group, MulticastGroup.class);
    if (mg.status() != from) {
      inv.log("MulticastGroupStatus: " + mg.status().variantName());
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    if (note != null) {
      inv.log(note);
    }
    inv.write(GroupDraft.withStatus(mg, to), group, payer);
  }
}
