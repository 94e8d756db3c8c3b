package doublezero.localnet.programs.serviceability.resource;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CloseResource;
import doublezero.sdk.serviceability.state.GlobalState;

/// `CloseResource` (#85, `PROC/resource/closeaccount.rs`; `serviceability-instructions.md` §3.11,
/// §9.5). Accounts: resource (W), refund account (W), GlobalState, payer (S), system program
/// (unused). Foundation only. Reference behaviour kept: neither the PDA, the account type nor the
/// refund account is checked, so any program-owned account can be closed to any writable account.
public final class CloseResourceProcessor {
  private CloseResourceProcessor() {}

  /// Processes one `CloseResource`.
  ///
  /// @throws ProgramException panics (signer, owners, writable), `NotAllowed` (8)
  public static void process(Invocation inv, CloseResource args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount resource = accounts.next();
    BorrowedAccount owner = accounts.next();
    BorrowedAccount globalState = accounts.next();
    BorrowedAccount payer = accounts.next();
    accounts.next();
    inv.log("process_closeaccount_resource_extension()");
    inv.checkSigner(payer);
    inv.checkOwnedByProgram(resource, "PDA");
    inv.checkOwnedByProgram(globalState, "GlobalState");
    inv.checkWritable(resource, "PDA");
    inv.checkWritable(owner, "Owner");
    GlobalState gs = inv.globalState(globalState);
    if (!gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    inv.close(resource, owner);
    inv.log("CloseAccount: ResourceExtension closed");
  }
}
