package doublezero.localnet.programs.serviceability.deviceinterface;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.device.DeviceDraft;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.DeleteDeviceInterface;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.InterfaceStatus;

/// `DeleteDeviceInterface` (#74, `PROC/device/interface/delete.rs`;
/// `serviceability-instructions.md` §3.6, §4.8). Contributor owner (any contributor's) or
/// foundation. Activated or Unlinked only. Legacy: status Deleting. With `use_onchain_deallocation`
/// (feature flag OnChainAllocation): a loopback's address and Vpnv4 segment id go back to their
/// pools and the interface is removed from the device.
///
/// Accounts: Device (W), Contributor, GlobalState, [DeviceTunnelBlock, SegmentRoutingIds], payer
/// (S), system program.
public final class DeleteDeviceInterfaceProcessor {
  private DeleteDeviceInterfaceProcessor() {}

  /// Processes one `DeleteDeviceInterface`.
  ///
  /// @throws ProgramException `NotAllowed` (8), `InterfaceNotFound` (24), `InvalidStatus` (7),
  ///   `FeatureNotEnabled` (84), validation errors, panics for misplaced accounts
  public static void process(Invocation inv, DeleteDeviceInterface args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount deviceAccount = accounts.next();
    BorrowedAccount contributorAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount tunnelBlock = null;
    BorrowedAccount segmentIds = null;
    if (args.useOnchainDeallocation()) {
      tunnelBlock = accounts.next();
      segmentIds = accounts.next();
    }
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();

    inv.checkSigner(payer);
    inv.checkOwnedByProgram(deviceAccount, "PDA");
    inv.checkOwnedByProgram(contributorAccount, "Contributor");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);
    inv.checkWritable(deviceAccount, "PDA");
    GlobalState gs = inv.globalState(globalStateAccount);
    Contributor contributor = inv.read(contributorAccount, Contributor.class);
    if (!contributor.owner().equals(payer.key())
        && !gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    Device device = inv.read(deviceAccount, Device.class);
    int idx = DeviceInterfaces.require(inv, device, args.name());
    InterfaceDraft iface = InterfaceDraft.of(device.interfaces().get(idx));
    if (iface.status != InterfaceStatus.ACTIVATED && iface.status != InterfaceStatus.UNLINKED) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    DeviceDraft draft = DeviceDraft.of(device);
    if (tunnelBlock != null) {
      if (!gs.featureFlags().isSet(FeatureFlag.ON_CHAIN_ALLOCATION)) {
        throw inv.error(ServiceabilityError.FEATURE_NOT_ENABLED);
      }
      DeviceInterfaces.validatePools(inv, tunnelBlock, segmentIds);
      InterfacePools.release(inv, iface, tunnelBlock, segmentIds);
      draft.interfaces.remove(idx);
    } else {
      iface.status = InterfaceStatus.DELETING;
      draft.interfaces.set(idx, iface.build());
    }
    inv.write(draft.build(), deviceAccount, payer);
  }
}
