package doublezero.localnet.programs.serviceability.deviceinterface;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.device.DeviceDraft;
import doublezero.localnet.programs.serviceability.resource.ResourcePools;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.ActivateDeviceInterface;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.InterfaceType;
import doublezero.sdk.serviceability.state.LoopbackType;

/// `ActivateDeviceInterface` (#72, `PROC/device/interface/activate.rs`;
/// `serviceability-instructions.md` §3.6, §4.8). Activator only; no feature-flag check. Pending or
/// Unlinked → Activated. With the two pool accounts (present when more than 4 accounts are passed)
/// a loopback gets a /32 when it has none and a Vpnv4 loopback a segment-routing id when it has 0;
/// without them ip_net and node_segment_idx are overwritten from the arguments (physical interfaces
/// too).
///
/// Accounts: Device, GlobalState, [DeviceTunnelBlock, SegmentRoutingIds], payer (S), system program
/// (unchecked).
public final class ActivateDeviceInterfaceProcessor {
  private ActivateDeviceInterfaceProcessor() {}

  /// Processes one `ActivateDeviceInterface`.
  ///
  /// @throws ProgramException `IncorrectProgramId` for foreign accounts, `NotAllowed` (8),
  ///   `InterfaceNotFound` (24), `InvalidStatus` (7), `AllocationFailed` (63), validation errors,
  ///   panics for misplaced pool accounts
  public static void process(Invocation inv, ActivateDeviceInterface args) throws ProgramException {
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
    if (!deviceAccount.owner().equals(inv.programId())
        || !globalStateAccount.owner().equals(inv.programId())) {
      throw ProgramException.of(BuiltinError.IncorrectProgramId);
    }
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
    if (iface.status != InterfaceStatus.PENDING && iface.status != InterfaceStatus.UNLINKED) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    iface.status = InterfaceStatus.ACTIVATED;
    if (tunnelBlock != null) {
      if (iface.interfaceType == InterfaceType.LOOPBACK) {
        if (iface.ipNet.equals(NetworkV4.DEFAULT)) {
          iface.ipNet = ResourcePools.allocateIp(inv, tunnelBlock, 1);
        }
        if (iface.loopbackType == LoopbackType.VPNV4 && iface.nodeSegmentIdx == 0) {
          iface.nodeSegmentIdx = ResourcePools.allocateId(inv, segmentIds);
        }
      }
    } else {
      iface.ipNet = args.ipNet();
      iface.nodeSegmentIdx = args.nodeSegmentIdx();
    }
    DeviceDraft draft = DeviceDraft.of(device);
    draft.interfaces.set(idx, iface.build());
    inv.write(draft.build(), deviceAccount, payer);
  }
}
