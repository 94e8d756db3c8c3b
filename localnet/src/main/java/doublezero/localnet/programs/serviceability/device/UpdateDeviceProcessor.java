package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.AccountCode;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.resource.ResourcePools;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.ResourceType;
import doublezero.sdk.serviceability.instruction.UpdateDevice;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.ResourceExtension;
import java.util.ArrayList;
import java.util.List;

/// `UpdateDevice` (#23, `PROC/device/update.rs`; `serviceability-instructions.md` §3.5, §4.1).
/// Contributor owner (any contributor's: the account is not matched against the device) or
/// foundation. The foundation alone may change contributor_pk and the counters (others' values are
/// ignored) and set any status; others may only move Activated ↔ Drained. Changing dz_prefixes
/// needs GlobalConfig and max(old, new)+1 pool accounts and recreates the DzPrefixBlock pools
/// (shrinking closes the extra ones to the payer). Two location accounts (present when more than 5
/// accounts are passed) move the device and its location reference.
///
/// Accounts: Device (W), Contributor, [old Location, new Location], GlobalState, [GlobalConfig, N
/// pools], payer (S), system program.
public final class UpdateDeviceProcessor {
  private UpdateDeviceProcessor() {}

  /// Processes one `UpdateDevice`.
  ///
  /// @throws ProgramException `NotAllowed` (8), `InvalidAccountCode` (19), `InvalidActualLocation`
  ///   (60), `InvalidAccountType` (9) for a pool of another type, validation errors, panics for
  ///   misplaced accounts, a wrong pool count or a DzPrefixBlock with user addresses allocated
  public static void process(Invocation inv, UpdateDevice args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount deviceAccount = accounts.next();
    BorrowedAccount contributorAccount = accounts.next();
    BorrowedAccount oldLocation = null;
    BorrowedAccount newLocation = null;
    if (inv.accountCount() > 5) {
      oldLocation = accounts.next();
      newLocation = accounts.next();
    }
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount globalConfig = null;
    if (args.resourceCount() != 0) {
      inv.check(
          Long.compareUnsigned(args.resourceCount(), 2) >= 0,
          "Resource count must be at least 2 (TunnelIds and at least one DzPrefixBlock)");
      globalConfig = accounts.next();
      inv.checkOwnedByProgram(globalConfig, "GlobalConfig");
    }
    List<BorrowedAccount> resources = new ArrayList<>();
    for (int idx = 0; Long.compareUnsigned(idx, args.resourceCount()) < 0; idx++) {
      BorrowedAccount resource = accounts.next();
      inv.check(
          resource.dataLength() == 0 || resource.owner().equals(inv.programId()),
          "Invalid Resource Account Owner");
      resources.add(resource);
      ResourceType type = DeviceSupport.poolAt(deviceAccount.key(), idx);
      inv.check(
          ResourcePools.pda(inv.programId(), type).address().equals(resource.key()),
          "Invalid Resource Account PDA");
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
    boolean foundation = DeviceSupport.isFoundation(gs, payer.key());
    if (!contributor.owner().equals(payer.key()) && !foundation) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    DeviceDraft d = DeviceDraft.of(inv.read(deviceAccount, Device.class));
    int oldPrefixes = d.dzPrefixes.size();
    applyFields(inv, d, args, foundation);
    if (args.dzPrefixes().isPresent()) {
      int newPrefixes = args.dzPrefixes().get().size();
      inv.check(globalConfig != null, "GlobalConfig account is required when updating dz_prefixes");
      inv.check(
          resources.size() == Math.max(oldPrefixes, newPrefixes) + 1,
          "Wrong number of resource accounts provided");
      checkPrefixBlocksUnused(inv, resources, oldPrefixes);
      d.dzPrefixes = args.dzPrefixes().get();
    }
    args.metricsPublisherPk().ifPresent(v -> d.metricsPublisherPk = v);
    args.mgmtVrf().ifPresent(v -> d.mgmtVrf = v);
    args.maxUsers().ifPresent(v -> d.maxUsers = v);
    args.maxUnicastUsers().ifPresent(v -> d.maxUnicastUsers = v);
    args.maxMulticastSubscribers().ifPresent(v -> d.maxMulticastSubscribers = v);
    args.maxMulticastPublishers().ifPresent(v -> d.maxMulticastPublishers = v);
    if (oldLocation != null && !oldLocation.key().equals(newLocation.key())) {
      moveLocation(inv, d, oldLocation, newLocation, payer);
    }
    if (args.status().isPresent()) {
      d.status = nextStatus(inv, d.status, args.status().get(), foundation);
    }
    args.desiredStatus().ifPresent(v -> d.desiredStatus = v);
    inv.write(d.build(), deviceAccount, payer);
    if (args.dzPrefixes().isPresent()) {
      recreatePrefixBlocks(
          inv, resources, deviceAccount, globalConfig, payer, oldPrefixes, d.dzPrefixes.size());
    }
  }

  private static void applyFields(
      Invocation inv, DeviceDraft d, UpdateDevice args, boolean foundation)
      throws ProgramException {
    if (foundation) {
      args.contributorPk().ifPresent(v -> d.contributorPk = v);
      args.usersCount().ifPresent(v -> d.usersCount = v);
      args.multicastSubscribersCount().ifPresent(v -> d.multicastSubscribersCount = v);
      args.multicastPublishersCount().ifPresent(v -> d.multicastPublishersCount = v);
      args.referenceCount().ifPresent(v -> d.referenceCount = v);
      args.unicastUsersCount().ifPresent(v -> d.unicastUsersCount = v);
    }
    if (args.code().isPresent()) {
      d.code =
          AccountCode.asciiLowercase(
              AccountCode.normalize(args.code().get())
                  .orElseThrow(() -> inv.error(ServiceabilityError.INVALID_ACCOUNT_CODE)));
    }
    args.deviceType().ifPresent(v -> d.deviceType = v);
    args.publicIp().ifPresent(v -> d.publicIp = v);
  }

  private static void checkPrefixBlocksUnused(
      Invocation inv, List<BorrowedAccount> resources, int oldCount) throws ProgramException {
    for (int i = 1; i <= oldCount && i < resources.size(); i++) {
      BorrowedAccount r = resources.get(i);
      if (r.dataLength() == 0) {
        continue;
      }
      byte[] data = r.data();
      inv.check(data.length >= ResourceExtension.BITMAP_OFFSET, "mid > len");
      if ((data[0] & 0xFF) != AccountType.RESOURCE_EXTENSION.wireValue()) {
        throw inv.error(ServiceabilityError.INVALID_ACCOUNT_TYPE);
      }
      int allocated;
      try {
        allocated = ResourceExtension.decode(data).allocatedCount();
      } catch (DecodeException e) {
        throw inv.panic("called `Result::unwrap()` on an `Err` value: " + e.getMessage());
      }
      inv.check(
          allocated <= 1,
          "Cannot update dz_prefixes: DzPrefixBlock at index "
              + (i - 1)
              + " has allocated user IPs");
    }
  }

  private static void moveLocation(
      Invocation inv,
      DeviceDraft d,
      BorrowedAccount oldAccount,
      BorrowedAccount newAccount,
      BorrowedAccount payer)
      throws ProgramException {
    Location oldLocation = inv.read(oldAccount, Location.class);
    Location newLocation = inv.read(newAccount, Location.class);
    if (!d.locationPk.equals(oldAccount.key())) {
      inv.log(
          "Invalid location account. Device location_pk: "
              + d.locationPk
              + ", location_old_account: "
              + oldAccount.key());
      throw inv.error(ServiceabilityError.INVALID_ACTUAL_LOCATION);
    }
    d.locationPk = newAccount.key();
    inv.write(ReferenceCounts.add(oldLocation, -1), oldAccount, payer);
    inv.write(ReferenceCounts.saturatingIncrement(newLocation), newAccount, payer);
  }

  private static DeviceStatus nextStatus(
      Invocation inv, DeviceStatus from, DeviceStatus to, boolean foundation)
      throws ProgramException {
    if (foundation) {
      return to;
    }
    if ((from == DeviceStatus.ACTIVATED && to == DeviceStatus.DRAINED)
        || (from == DeviceStatus.DRAINED && to == DeviceStatus.ACTIVATED)) {
      return to;
    }
    throw inv.error(ServiceabilityError.NOT_ALLOWED);
  }

  private static void recreatePrefixBlocks(
      Invocation inv,
      List<BorrowedAccount> resources,
      BorrowedAccount deviceAccount,
      BorrowedAccount globalConfig,
      BorrowedAccount payer,
      int oldCount,
      int newCount)
      throws ProgramException {
    for (int i = 1; i <= newCount && i < resources.size(); i++) {
      ResourcePools.create(
          inv,
          resources.get(i),
          deviceAccount,
          globalConfig,
          payer,
          new ResourceType.DzPrefixBlock(deviceAccount.key(), i - 1));
    }
    if (oldCount > newCount) {
      for (int i = newCount + 1; i < resources.size() && i <= oldCount; i++) {
        if (resources.get(i).dataLength() > 0) {
          inv.close(resources.get(i), payer);
        }
      }
    }
  }
}
