package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.RejectDevice;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.GlobalState;

/// `RejectDevice` (#22, `PROC/device/reject.rs`; `serviceability-instructions.md` §3.5, §4.1).
/// Foundation only (the activator key alone is not enough). Pending → Rejected; the reason is only
/// logged.
///
/// Accounts: Device (W), GlobalState, payer (S), system program.
public final class RejectDeviceProcessor {
  private RejectDeviceProcessor() {}

  /// Processes one `RejectDevice`.
  ///
  /// @throws ProgramException `NotAllowed` (8) outside the foundation, `InvalidStatus` (7) unless
  ///   Pending, panics for misplaced or read-only accounts
  public static void process(Invocation inv, RejectDevice args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount deviceAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();

    inv.checkSigner(payer);
    inv.checkOwnedByProgram(deviceAccount, "PDA");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);
    inv.checkWritable(deviceAccount, "PDA");
    GlobalState gs = inv.globalState(globalStateAccount);
    if (!DeviceSupport.isFoundation(gs, payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    Device device = inv.read(deviceAccount, Device.class);
    if (device.status() != DeviceStatus.PENDING) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    DeviceDraft draft = DeviceDraft.of(device);
    draft.status = DeviceStatus.REJECTED;
    inv.log("Reason: \"" + args.reason() + "\"");
    inv.write(draft.build(), deviceAccount, payer);
  }
}
