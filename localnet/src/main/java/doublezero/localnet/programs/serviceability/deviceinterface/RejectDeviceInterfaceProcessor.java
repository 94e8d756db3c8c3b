package doublezero.localnet.programs.serviceability.deviceinterface;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.device.DeviceDraft;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.RejectDeviceInterface;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.InterfaceStatus;

/// `RejectDeviceInterface` (#78, `PROC/device/interface/reject.rs`;
/// `serviceability-instructions.md` §3.6, §4.8). Activator only. Pending → Rejected.
///
/// Accounts: Device, GlobalState, payer (S), system program (unchecked).
public final class RejectDeviceInterfaceProcessor {
  private RejectDeviceInterfaceProcessor() {}

  /// Processes one `RejectDeviceInterface`.
  ///
  /// @throws ProgramException `IncorrectProgramId`, `NotAllowed` (8), `InterfaceNotFound` (24),
  ///   `InvalidStatus` (7) unless Pending, validation errors
  public static void process(Invocation inv, RejectDeviceInterface args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount deviceAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount payer = accounts.next();
    accounts.next();

    inv.checkSigner(payer);
    if (!deviceAccount.owner().equals(inv.programId())
        || !globalStateAccount.owner().equals(inv.programId())) {
      throw ProgramException.of(BuiltinError.IncorrectProgramId);
    }
    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.activatorAuthorityPk().equals(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    Device device = inv.read(deviceAccount, Device.class);
    int idx = DeviceInterfaces.require(inv, device, args.name());
    InterfaceDraft iface = InterfaceDraft.of(device.interfaces().get(idx));
    if (iface.status != InterfaceStatus.PENDING) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    iface.status = InterfaceStatus.REJECTED;
    DeviceDraft draft = DeviceDraft.of(device);
    draft.interfaces.set(idx, iface.build());
    inv.write(draft.build(), deviceAccount, payer);
  }
}
