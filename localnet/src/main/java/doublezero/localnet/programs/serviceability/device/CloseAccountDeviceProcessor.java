package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CloseAccountDevice;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Location;
import java.util.ArrayList;
import java.util.List;

/// `CloseAccountDevice` (#27, `PROC/device/closeaccount.rs`; `serviceability-instructions.md` §3.5,
/// §4.1). Activator only. Closes a Deleting device to the owner account given (not verified against
/// `device.owner`), decrements the contributor, location and exchange reference counts, and closes
/// each pool to the refund account at the same position. A device in any other status fails with
/// the raw `Custom(1)`.
///
/// Accounts: Device (W), owner, Contributor, Location, Exchange, GlobalState, GlobalConfig, N
/// pools, N refund targets, payer (S), system program (unchecked).
public final class CloseAccountDeviceProcessor {
  private CloseAccountDeviceProcessor() {}

  /// Processes one `CloseAccountDevice`.
  ///
  /// @throws ProgramException `NotAllowed` (8), `Custom(1)` unless Deleting,
  ///   `ReferenceCountNotZero` (13), `InvalidLocationPubkey` (2), `InvalidExchangePubkey` (3),
  ///   `InvalidContributorPubkey` (10), panics for misplaced accounts
  public static void process(Invocation inv, CloseAccountDevice args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount deviceAccount = accounts.next();
    BorrowedAccount ownerAccount = accounts.next();
    BorrowedAccount contributorAccount = accounts.next();
    BorrowedAccount locationAccount = accounts.next();
    BorrowedAccount exchangeAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount globalConfigAccount = accounts.next();
    List<BorrowedAccount> resources = new ArrayList<>();
    for (long i = 0; Long.compareUnsigned(i, args.resourceCount()) < 0; i++) {
      resources.add(accounts.next());
    }
    List<BorrowedAccount> refunds = new ArrayList<>();
    for (long i = 0; Long.compareUnsigned(i, args.resourceCount()) < 0; i++) {
      refunds.add(accounts.next());
    }
    BorrowedAccount payer = accounts.next();
    accounts.next();

    inv.checkSigner(payer);
    inv.checkOwnedByProgram(deviceAccount, "PDA");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkOwnedByProgram(globalConfigAccount, "GlobalConfig");
    inv.check(locationAccount.owner().equals(inv.programId()), "Invalid Location Owner Account");
    inv.check(exchangeAccount.owner().equals(inv.programId()), "Invalid Exchange Owner Account");
    inv.checkWritable(deviceAccount, "PDA");
    for (BorrowedAccount resource : resources) {
      inv.check(resource.owner().equals(inv.programId()), "Invalid Resource/Owner Account Owner");
      inv.checkWritable(resource, "Resource/Owner");
    }
    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.activatorAuthorityPk().equals(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    Device device = inv.read(deviceAccount, Device.class);
    if (device.status() != DeviceStatus.DELETING) {
      throw ProgramException.custom(1);
    }
    if (device.referenceCount() > 0) {
      throw inv.error(ServiceabilityError.REFERENCE_COUNT_NOT_ZERO);
    }
    if (!device.locationPk().equals(locationAccount.key())) {
      throw inv.error(ServiceabilityError.INVALID_LOCATION_PUBKEY);
    }
    if (!device.exchangePk().equals(exchangeAccount.key())) {
      throw inv.error(ServiceabilityError.INVALID_EXCHANGE_PUBKEY);
    }
    if (!device.contributorPk().equals(contributorAccount.key())) {
      throw inv.error(ServiceabilityError.INVALID_CONTRIBUTOR_PUBKEY);
    }
    Contributor contributor = inv.read(contributorAccount, Contributor.class);
    Location location = inv.read(locationAccount, Location.class);
    Exchange exchange = inv.read(exchangeAccount, Exchange.class);
    inv.write(ReferenceCounts.add(contributor, -1), contributorAccount, payer);
    inv.write(ReferenceCounts.add(location, -1), locationAccount, payer);
    inv.write(ReferenceCounts.add(exchange, -1), exchangeAccount, payer);
    inv.close(deviceAccount, ownerAccount);
    for (int i = 0; i < resources.size(); i++) {
      inv.close(resources.get(i), refunds.get(i));
    }
  }
}
