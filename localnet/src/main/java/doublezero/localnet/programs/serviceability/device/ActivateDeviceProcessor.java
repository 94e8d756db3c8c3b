package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.ActivateDevice;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.GlobalState;
import java.util.ArrayList;
import java.util.List;

/// `ActivateDevice` (#21, `PROC/device/activate.rs`; `serviceability-instructions.md` §3.5, §4.1).
/// Activator only. Pending → Activated, creating the device's TunnelIds and DzPrefixBlock pools
/// whatever the feature flags say. `resource_count` ≥ 2 is asserted before anything else (empty
/// arguments panic).
///
/// Accounts: Device, GlobalState, GlobalConfig, N pools (TunnelIds(dev, 0), DzPrefixBlock(dev,
/// 0..N−2)), payer (S), system program (unchecked).
public final class ActivateDeviceProcessor {
  private ActivateDeviceProcessor() {}

  /// Processes one `ActivateDevice`.
  ///
  /// @throws ProgramException a panic for `resource_count` < 2, `IncorrectProgramId` for foreign
  ///   accounts, `NotAllowed` (8) for anyone but the activator, `InvalidStatus` (7) unless Pending
  public static void process(Invocation inv, ActivateDevice args) throws ProgramException {
    inv.check(
        Long.compareUnsigned(args.resourceCount(), 2) >= 0,
        "Resource count must be at least 2 (TunnelIds and at least one DzPrefixBlock)");
    AccountCursor accounts = inv.cursor();
    BorrowedAccount deviceAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount globalConfigAccount = accounts.next();
    List<BorrowedAccount> resources = new ArrayList<>();
    for (long i = 0; Long.compareUnsigned(i, args.resourceCount()) < 0; i++) {
      resources.add(accounts.next());
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
    Device device = inv.read(deviceAccount, Device.class);
    if (device.status() != DeviceStatus.PENDING) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    DeviceDraft draft = DeviceDraft.of(device);
    draft.status = DeviceStatus.ACTIVATED;
    DeviceSupport.createPools(inv, resources, deviceAccount, globalConfigAccount, payer);
    inv.write(draft.build(), deviceAccount, payer);
  }
}
