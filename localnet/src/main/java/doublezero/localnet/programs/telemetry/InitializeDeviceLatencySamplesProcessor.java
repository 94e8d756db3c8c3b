package doublezero.localnet.programs.telemetry;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.accounts.AccountLifecycle;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.InvokeContext;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.telemetry.error.TelemetryError;
import doublezero.sdk.telemetry.instruction.InitializeDeviceLatencySamples;
import doublezero.sdk.telemetry.pda.TelemetryPda;
import doublezero.sdk.telemetry.state.DeviceLatencySamples;
import doublezero.sdk.telemetry.state.ReservedBytes;
import doublezero.sdk.telemetry.state.RttSamples;
import java.util.List;
import java.util.Set;

/// Index 0, `process_initialize_device_latency_samples`
/// (`src/processors/telemetry/initialize_device_latency_samples.rs`;
/// `reference/telemetry-geolocation.md` §A.6): creates the 349-byte DeviceLatencySamples PDA of one
/// link direction and epoch, paid by the origin device's metrics publisher. Checks in the
/// reference's order: interval (1012), accounts (`NotEnoughAccountKeys`), agent signature,
/// serviceability ownership of both devices and the link (`IncorrectProgramId`), origin device
/// status (1002), agent = origin `metrics_publisher_pk` (1001), target status (1002), link status
/// (1003), link sides (1004), PDA (1009), empty account (1010).
final class InitializeDeviceLatencySamplesProcessor {
  /// `Device::allow_latency` (serviceability `src/state/device.rs`).
  private static final Set<DeviceStatus> DEVICE_ALLOWS_LATENCY =
      Set.of(
          DeviceStatus.ACTIVATED,
          DeviceStatus.DRAINED,
          DeviceStatus.DEVICE_PROVISIONING,
          DeviceStatus.LINK_PROVISIONING);

  private static final Set<LinkStatus> LINK_ALLOWS_LATENCY =
      Set.of(
          LinkStatus.ACTIVATED,
          LinkStatus.PROVISIONING,
          LinkStatus.SOFT_DRAINED,
          LinkStatus.HARD_DRAINED);

  private final PublicKey serviceabilityProgramId;

  InitializeDeviceLatencySamplesProcessor(PublicKey serviceabilityProgramId) {
    this.serviceabilityProgramId = serviceabilityProgramId;
  }

  void process(
      InvokeContext ctx, List<BorrowedAccount> accounts, InitializeDeviceLatencySamples args)
      throws ProgramException {
    if (args.samplingIntervalMicroseconds() == 0) {
      ctx.log("Sampling interval must be non-zero");
      throw TelemetryErrors.of(TelemetryError.INVALID_SAMPLING_INTERVAL);
    }
    AccountCursor cursor = new AccountCursor(accounts);
    BorrowedAccount samples = cursor.next();
    BorrowedAccount agent = cursor.next();
    BorrowedAccount originAccount = cursor.next();
    BorrowedAccount targetAccount = cursor.next();
    BorrowedAccount linkAccount = cursor.next();
    cursor.next(); // system program
    if (!agent.isSigner()) {
      throw ProgramException.of(BuiltinError.MissingRequiredSignature);
    }
    requireServiceability(ctx, originAccount, "Origin device");
    requireServiceability(ctx, targetAccount, "Target device");
    requireServiceability(ctx, linkAccount, "Link");
    Device origin = ServiceabilityState.read(ctx, originAccount, Device.class);
    if (!DEVICE_ALLOWS_LATENCY.contains(origin.status())) {
      ctx.log("Origin device is not activated");
      throw TelemetryErrors.of(TelemetryError.DEVICE_NOT_ACTIVATED);
    }
    if (!origin.metricsPublisherPk().equals(agent.key())) {
      ctx.log(
          "Agent " + agent.key() + " is not authorized for origin device " + originAccount.key());
      throw TelemetryErrors.of(TelemetryError.UNAUTHORIZED_AGENT);
    }
    Device target = ServiceabilityState.read(ctx, targetAccount, Device.class);
    if (!DEVICE_ALLOWS_LATENCY.contains(target.status())) {
      ctx.log("Target device is not activated");
      throw TelemetryErrors.of(TelemetryError.DEVICE_NOT_ACTIVATED);
    }
    Link link = ServiceabilityState.read(ctx, linkAccount, Link.class);
    if (!LINK_ALLOWS_LATENCY.contains(link.status())) {
      ctx.log("Link status does not allow telemetry");
      throw TelemetryErrors.of(TelemetryError.LINK_NOT_ACTIVATED);
    }
    if (!connects(link, originAccount.key(), targetAccount.key())) {
      ctx.log("Link does not connect the specified devices");
      throw TelemetryErrors.of(TelemetryError.INVALID_LINK);
    }
    ProgramDerivedAddress pda =
        TelemetryPda.deviceLatencySamples(
            ctx.programId(),
            originAccount.key(),
            targetAccount.key(),
            linkAccount.key(),
            args.epoch());
    LatencyAccounts.requireNewPda(ctx, samples, pda.address());
    byte[] header =
        new DeviceLatencySamples(
                args.epoch(),
                agent.key(),
                originAccount.key(),
                targetAccount.key(),
                origin.locationPk(),
                target.locationPk(),
                linkAccount.key(),
                args.samplingIntervalMicroseconds(),
                0,
                ReservedBytes.ZERO_128,
                RttSamples.EMPTY)
            .encode();
    ctx.log("Creating latency_samples_pda account: " + pda.address());
    ctx.log("Lamports required: " + Rent.minimumBalance(header.length));
    ctx.log("Space: " + header.length);
    AccountLifecycle.create(ctx, samples, agent, header, pda.signerSeeds());
  }

  private void requireServiceability(InvokeContext ctx, BorrowedAccount account, String label)
      throws ProgramException {
    if (!account.owner().equals(serviceabilityProgramId)) {
      ctx.log(label + " is not owned by serviceability program");
      throw ProgramException.of(BuiltinError.IncorrectProgramId);
    }
  }

  /// Either orientation: (A, Z) or (Z, A).
  private static boolean connects(Link link, PublicKey origin, PublicKey target) {
    return (link.sideAPk().equals(origin) && link.sideZPk().equals(target))
        || (link.sideZPk().equals(origin) && link.sideAPk().equals(target));
  }
}
