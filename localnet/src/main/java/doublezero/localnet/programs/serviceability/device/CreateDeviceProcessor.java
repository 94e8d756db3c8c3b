package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.AccountCode;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.global.GlobalStateDraft;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CreateDevice;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceHealth;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import java.util.ArrayList;
import java.util.List;

/// `CreateDevice` (#20, `PROC/device/create.rs`; `serviceability-instructions.md` §3.5).
/// Contributor owner or foundation. Legacy (`resource_count` 0): the device is created Pending.
/// Atomic (`resource_count` ≥ 2, feature flag OnChainAllocation): created Activated together with
/// its TunnelIds and DzPrefixBlock pools. Increments the reference counts of the contributor,
/// location and exchange (their status is not checked) and `GlobalState.account_index`.
///
/// Accounts: Device PDA(index+1), Contributor, Location, Exchange, GlobalState, [GlobalConfig, N
/// pools], payer (S), system program.
public final class CreateDeviceProcessor {
  private CreateDeviceProcessor() {}

  /// Processes one `CreateDevice`.
  ///
  /// @throws ProgramException `InvalidAccountCode` (19), `AccountAlreadyInitialized`,
  ///   `InvalidOwnerPubkey` (1) outside contributor owner/foundation, `InvalidAccountData` for
  ///   accounts of another type, `InvalidPublicIp` (62), `FeatureNotEnabled` (84), validation
  ///   errors, panics for misplaced accounts
  public static void process(Invocation inv, CreateDevice args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount deviceAccount = accounts.next();
    BorrowedAccount contributorAccount = accounts.next();
    BorrowedAccount locationAccount = accounts.next();
    BorrowedAccount exchangeAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount globalConfigAccount = null;
    List<BorrowedAccount> resources = new ArrayList<>();
    if (args.resourceCount() > 0) {
      globalConfigAccount = accounts.next();
      for (int i = 0; i < args.resourceCount(); i++) {
        resources.add(accounts.next());
      }
    }
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();

    inv.checkSigner(payer);
    String code =
        AccountCode.asciiLowercase(
            AccountCode.normalize(args.code())
                .orElseThrow(() -> inv.error(ServiceabilityError.INVALID_ACCOUNT_CODE)));
    inv.checkOwnedByProgram(contributorAccount, "Contributor");
    inv.checkOwnedByProgram(locationAccount, "Location");
    inv.checkOwnedByProgram(exchangeAccount, "Exchange");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);
    if (deviceAccount.dataLength() > 0) {
      throw ProgramException.of(BuiltinError.AccountAlreadyInitialized);
    }
    GlobalState gs = inv.globalState(globalStateAccount);
    gs = GlobalStateDraft.withAccountIndex(gs, gs.accountIndex().increment());
    Contributor contributor = inv.read(contributorAccount, Contributor.class);
    if (!contributor.owner().equals(payer.key()) && !DeviceSupport.isFoundation(gs, payer.key())) {
      throw inv.error(ServiceabilityError.INVALID_OWNER_PUBKEY);
    }
    ProgramDerivedAddress pda = ServiceabilityPdas.device(inv.programId(), gs.accountIndex());
    inv.check(deviceAccount.key().equals(pda.address()), "Invalid Device PubKey");
    Location location = inv.read(locationAccount, Location.class);
    Exchange exchange = inv.read(exchangeAccount, Exchange.class);
    for (NetworkV4 prefix : args.dzPrefixes()) {
      if (prefix.contains(args.publicIp())) {
        throw inv.error(ServiceabilityError.INVALID_PUBLIC_IP);
      }
    }
    DeviceStatus status = DeviceStatus.PENDING;
    if (args.resourceCount() > 0) {
      if (!gs.featureFlags().isSet(FeatureFlag.ON_CHAIN_ALLOCATION)) {
        throw inv.error(ServiceabilityError.FEATURE_NOT_ENABLED);
      }
      inv.check(
          args.resourceCount() >= 2,
          "Resource count must be at least 2 (TunnelIds and at least one DzPrefixBlock)");
      status = DeviceStatus.ACTIVATED;
    }
    Device device =
        new Device(
            payer.key(),
            gs.accountIndex(),
            pda.bump(),
            locationAccount.key(),
            exchangeAccount.key(),
            args.deviceType(),
            args.publicIp(),
            status,
            code,
            args.dzPrefixes(),
            args.metricsPublisherPk(),
            contributorAccount.key(),
            args.mgmtVrf(),
            List.of(),
            0,
            0,
            0,
            DeviceHealth.READY_FOR_USERS,
            args.desiredStatus().orElse(DeviceDesiredStatus.ACTIVATED),
            0,
            0,
            0,
            0,
            0,
            0,
            0);
    inv.create(device, deviceAccount, payer, pda.signerSeeds());
    if (globalConfigAccount != null) {
      DeviceSupport.createPools(inv, resources, deviceAccount, globalConfigAccount, payer);
    }
    inv.write(ReferenceCounts.add(contributor, 1), contributorAccount, payer);
    inv.write(ReferenceCounts.add(location, 1), locationAccount, payer);
    inv.write(ReferenceCounts.add(exchange, 1), exchangeAccount, payer);
    inv.write(gs, globalStateAccount, payer);
  }
}
