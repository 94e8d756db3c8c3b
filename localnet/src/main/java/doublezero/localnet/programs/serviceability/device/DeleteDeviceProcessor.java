package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.DeleteDevice;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Location;
import java.util.ArrayList;
import java.util.List;

/// `DeleteDevice` (#26, `PROC/device/delete.rs`; `serviceability-instructions.md` §3.5, §4.1).
/// Contributor owner (any contributor's: the account is not matched against the device on the
/// legacy path) or foundation. Refused for Activated and Deleting devices, with references, or with
/// interfaces. Legacy (`resource_count` 0): status Deleting. Atomic (N > 0, no feature-flag check):
/// reference counts decremented, the device closed to its owner and each pool closed to the refund
/// account at the same position (not matched against the pool's owner).
///
/// Accounts: Device (W), Contributor, GlobalState, [Location, Exchange, N pools, N refund targets,
/// device owner], payer (S), system program.
public final class DeleteDeviceProcessor {
  private DeleteDeviceProcessor() {}

  /// Processes one `DeleteDevice`.
  ///
  /// @throws ProgramException `NotAllowed` (8), `InvalidStatus` (7), `ReferenceCountNotZero` (13),
  ///   `DeviceHasInterfaces` (70); atomic: `InvalidLocationPubkey` (2), `InvalidExchangePubkey`
  ///   (3), `InvalidContributorPubkey` (10), `InvalidOwnerPubkey` (1); panics for misplaced
  ///   accounts
  public static void process(Invocation inv, DeleteDevice args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount deviceAccount = accounts.next();
    BorrowedAccount contributorAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    Atomic atomic = null;
    if (args.resourceCount() > 0) {
      BorrowedAccount location = accounts.next();
      BorrowedAccount exchange = accounts.next();
      List<BorrowedAccount> resources = new ArrayList<>();
      for (int i = 0; i < args.resourceCount(); i++) {
        resources.add(accounts.next());
      }
      List<BorrowedAccount> refunds = new ArrayList<>();
      for (int i = 0; i < args.resourceCount(); i++) {
        refunds.add(accounts.next());
      }
      atomic = new Atomic(location, exchange, resources, refunds, accounts.next());
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
    if (!contributor.owner().equals(payer.key()) && !DeviceSupport.isFoundation(gs, payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    Device device = inv.read(deviceAccount, Device.class);
    if (device.status() == DeviceStatus.ACTIVATED || device.status() == DeviceStatus.DELETING) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    if (device.referenceCount() > 0) {
      throw inv.error(ServiceabilityError.REFERENCE_COUNT_NOT_ZERO);
    }
    if (!device.interfaces().isEmpty()) {
      throw inv.error(ServiceabilityError.DEVICE_HAS_INTERFACES);
    }
    if (atomic == null) {
      DeviceDraft draft = DeviceDraft.of(device);
      draft.status = DeviceStatus.DELETING;
      inv.write(draft.build(), deviceAccount, payer);
      return;
    }
    deleteAtomic(inv, device, deviceAccount, contributorAccount, contributor, atomic, payer);
  }

  private static void deleteAtomic(
      Invocation inv,
      Device device,
      BorrowedAccount deviceAccount,
      BorrowedAccount contributorAccount,
      Contributor contributor,
      Atomic a,
      BorrowedAccount payer)
      throws ProgramException {
    inv.checkOwnedByProgram(a.location(), "Location");
    inv.checkOwnedByProgram(a.exchange(), "Exchange");
    if (!device.locationPk().equals(a.location().key())) {
      throw inv.error(ServiceabilityError.INVALID_LOCATION_PUBKEY);
    }
    if (!device.exchangePk().equals(a.exchange().key())) {
      throw inv.error(ServiceabilityError.INVALID_EXCHANGE_PUBKEY);
    }
    if (!device.contributorPk().equals(contributorAccount.key())) {
      throw inv.error(ServiceabilityError.INVALID_CONTRIBUTOR_PUBKEY);
    }
    if (!device.owner().equals(a.owner().key())) {
      throw inv.error(ServiceabilityError.INVALID_OWNER_PUBKEY);
    }
    for (BorrowedAccount resource : a.resources()) {
      inv.check(resource.owner().equals(inv.programId()), "Invalid Resource Account Owner");
      inv.checkWritable(resource, "Resource");
    }
    Location location = inv.read(a.location(), Location.class);
    Exchange exchange = inv.read(a.exchange(), Exchange.class);
    inv.write(ReferenceCounts.add(contributor, -1), contributorAccount, payer);
    inv.write(ReferenceCounts.add(location, -1), a.location(), payer);
    inv.write(ReferenceCounts.add(exchange, -1), a.exchange(), payer);
    inv.close(deviceAccount, a.owner());
    for (int i = 0; i < a.resources().size(); i++) {
      inv.close(a.resources().get(i), a.refunds().get(i));
    }
  }

  private record Atomic(
      BorrowedAccount location,
      BorrowedAccount exchange,
      List<BorrowedAccount> resources,
      List<BorrowedAccount> refunds,
      BorrowedAccount owner) {}
}
