package doublezero.localnet.programs.serviceability.deviceinterface;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.device.DeviceDraft;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.UnlinkDeviceInterface;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.InterfaceType;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkStatus;

/// `UnlinkDeviceInterface` (#77, `PROC/device/interface/unlink.rs`;
/// `serviceability-instructions.md` §3.6, §4.8). Activator only. Pending or Activated → Unlinked; a
/// loopback also loses its ip_net. An Activated interface with a link account (present when more
/// than 4 accounts are passed) requires that link to name this device and interface
/// (case-sensitively, with the name as given in the arguments) and to be Deleting.
///
/// Accounts: Device, GlobalState, [Link], payer (S), system program (unchecked).
public final class UnlinkDeviceInterfaceProcessor {
  private UnlinkDeviceInterfaceProcessor() {}

  /// Processes one `UnlinkDeviceInterface`.
  ///
  /// @throws ProgramException `IncorrectProgramId`, `NotAllowed` (8), `InterfaceNotFound` (24),
  ///   `InvalidStatus` (7), `InvalidAccountData` for a link of another device or interface,
  ///   validation errors
  public static void process(Invocation inv, UnlinkDeviceInterface args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount deviceAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount linkAccount = inv.accountCount() > 4 ? accounts.next() : null;
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
    if (iface.status != InterfaceStatus.ACTIVATED && iface.status != InterfaceStatus.PENDING) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    if (iface.status == InterfaceStatus.ACTIVATED && linkAccount != null) {
      checkLink(inv, linkAccount, deviceAccount, args.name());
    }
    iface.status = InterfaceStatus.UNLINKED;
    if (iface.interfaceType == InterfaceType.LOOPBACK) {
      iface.ipNet = NetworkV4.DEFAULT;
    }
    DeviceDraft draft = DeviceDraft.of(device);
    draft.interfaces.set(idx, iface.build());
    inv.write(draft.build(), deviceAccount, payer);
  }

  private static void checkLink(
      Invocation inv, BorrowedAccount linkAccount, BorrowedAccount deviceAccount, String name)
      throws ProgramException {
    if (!linkAccount.owner().equals(inv.programId())) {
      throw ProgramException.of(BuiltinError.IncorrectProgramId);
    }
    Link link = inv.read(linkAccount, Link.class);
    boolean sideA =
        link.sideAPk().equals(deviceAccount.key()) && link.sideAIfaceName().equals(name);
    boolean sideZ =
        link.sideZPk().equals(deviceAccount.key()) && link.sideZIfaceName().equals(name);
    if (!sideA && !sideZ) {
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
    if (link.status() != LinkStatus.DELETING) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
  }
}
