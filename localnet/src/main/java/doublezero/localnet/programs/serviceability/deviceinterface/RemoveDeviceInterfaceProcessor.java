package doublezero.localnet.programs.serviceability.deviceinterface;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.device.DeviceDraft;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.RemoveDeviceInterface;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.InterfaceStatus;

/// `RemoveDeviceInterface` (#75, `PROC/device/interface/remove.rs`;
/// `serviceability-instructions.md` §3.6, §4.8). Activator only. Removes a Deleting interface from
/// the device; with the two pool accounts (present when more than 4 accounts are passed) a
/// loopback's allocations go back to the pools first.
///
/// Accounts: Device (W), GlobalState, [DeviceTunnelBlock, SegmentRoutingIds], payer (S), system
/// program (unchecked).
public final class RemoveDeviceInterfaceProcessor {
  private RemoveDeviceInterfaceProcessor() {}

  /// Processes one `RemoveDeviceInterface`.
  ///
  /// @throws ProgramException `NotAllowed` (8), `InterfaceNotFound` (24), `InvalidStatus` (7)
  ///   unless Deleting, validation errors, panics for misplaced accounts
  public static void process(Invocation inv, RemoveDeviceInterface args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount deviceAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount tunnelBlock = null;
    BorrowedAccount segmentIds = null;
    if (inv.accountCount() > 4) {
      tunnelBlock = accounts.next();
      segmentIds = accounts.next();
    }
    BorrowedAccount payer = accounts.next();
    accounts.next();

    inv.checkSigner(payer);
    inv.checkOwnedByProgram(deviceAccount, "PDA");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkWritable(deviceAccount, "PDA");
    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.activatorAuthorityPk().equals(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    if (tunnelBlock != null) {
      DeviceInterfaces.checkActivatorPools(inv, tunnelBlock, segmentIds);
    }
    Device device = inv.read(deviceAccount, Device.class);
    int idx = DeviceInterfaces.require(inv, device, args.name());
    InterfaceDraft iface = InterfaceDraft.of(device.interfaces().get(idx));
    if (iface.status != InterfaceStatus.DELETING) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    if (tunnelBlock != null) {
      InterfacePools.release(inv, iface, tunnelBlock, segmentIds);
    }
    DeviceDraft draft = DeviceDraft.of(device);
    draft.interfaces.remove(idx);
    inv.write(draft.build(), deviceAccount, payer);
  }
}
