package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.SetDeviceHealth;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;

/// `SetDeviceHealth` (#83, `PROC/device/sethealth.rs`; `serviceability-instructions.md` §3.5).
/// Health oracle or foundation. Sets `device_health` in any device status; the status transition it
/// would drive is disabled in v0.12.0 (`check_status_transition` returns at once).
///
/// Accounts: Device (W), GlobalState, payer (S), system program.
public final class SetDeviceHealthProcessor {
  private SetDeviceHealthProcessor() {}

  /// Processes one `SetDeviceHealth`.
  ///
  /// @throws ProgramException `NotAllowed` (8) for anyone but the health oracle or a foundation
  ///   member, panics for misplaced or read-only accounts, validation errors of the device
  public static void process(Invocation inv, SetDeviceHealth args) throws ProgramException {
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
    if (!gs.healthOraclePk().equals(payer.key()) && !DeviceSupport.isFoundation(gs, payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    DeviceDraft draft = DeviceDraft.of(inv.read(deviceAccount, Device.class));
    draft.deviceHealth = args.health();
    inv.write(draft.build(), deviceAccount, payer);
  }
}
