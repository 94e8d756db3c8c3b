package doublezero.localnet.programs.geolocation;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.accounts.AccountLifecycle;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.geolocation.error.GeolocationError;
import doublezero.sdk.geolocation.instruction.RemoveParentDevice;
import doublezero.sdk.geolocation.instruction.UpdateGeoProbe;
import doublezero.sdk.geolocation.state.GeoProbe;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;

/// Tags 3–6 on an existing probe (`src/processors/geo_probe/{update,delete,add_parent_device,
/// remove_parent_device}.rs`; `reference/telemetry-geolocation.md` §D.6). Each one: payer signs,
/// foundation gate, probe owned by this program (`IllegalOwner`) and writable
/// (`InvalidAccountData`), then its own rules. Update and Delete read four accounts,
/// AddParentDevice six, RemoveParentDevice five.
final class GeoProbeProcessor {
  private final Gate gate;

  GeoProbeProcessor(Gate gate) {
    this.gate = gate;
  }

  /// UpdateGeoProbe: a new public IP must be public (5); port and signing key are taken as given.
  void update(List<BorrowedAccount> accounts, UpdateGeoProbe args) throws ProgramException {
    Common c = common(accounts, false);
    GeoProbe p = gate.readProbe(c.probe);
    if (args.publicIp().isPresent() && !ProbeRules.isPublic(args.publicIp().get())) {
      throw Gate.error(GeolocationError.INVALID_IP_ADDRESS);
    }
    GeoProbe updated =
        new GeoProbe(
            p.owner(),
            p.exchangePk(),
            args.publicIp().orElse(p.publicIp()),
            args.locationOffsetPort().orElse(p.locationOffsetPort()),
            args.metricsPublisherPk().orElse(p.metricsPublisherPk()),
            p.referenceCount(),
            p.code(),
            p.parentDevices());
    AccountLifecycle.write(gate.ctx(), c.probe, c.payer, updated.encode());
  }

  /// DeleteGeoProbe: `reference_count > 0` ⇒ 15; else every lamport goes to the payer and the
  /// account is closed.
  void delete(List<BorrowedAccount> accounts) throws ProgramException {
    Common c = common(accounts, false);
    GeoProbe p = gate.readProbe(c.probe);
    if (p.referenceCount() > 0) {
      gate.ctx().log("Cannot delete GeoProbe. reference_count of " + p.referenceCount() + " > 0");
      throw Gate.error(GeolocationError.REFERENCE_COUNT_NOT_ZERO);
    }
    AccountLifecycle.close(c.probe, c.payer);
  }

  /// AddParentDevice: the Device (second account) owned by serviceability (11) and exactly
  /// Activated (`InvalidAccountData`); not already a parent (7); fewer than 5 parents (6); appended
  /// (+32 bytes, payer tops up the rent).
  void addParent(List<BorrowedAccount> accounts) throws ProgramException {
    AccountCursor cursor = new AccountCursor(accounts);
    BorrowedAccount probe = cursor.next();
    BorrowedAccount deviceAccount = cursor.next();
    Common c = gateChecks(cursor, probe, true);
    Device device = gate.serviceabilityArgument(deviceAccount, Device.class, "Device");
    if (device.status() != DeviceStatus.ACTIVATED) {
      gate.ctx()
          .log(
              "Device "
                  + deviceAccount.key()
                  + " is not activated (status: "
                  + device.status()
                  + ")");
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
    GeoProbe p = gate.readProbe(probe);
    if (p.parentDevices().contains(deviceAccount.key())) {
      throw Gate.error(GeolocationError.PARENT_DEVICE_ALREADY_EXISTS);
    }
    if (p.parentDevices().size() >= GeoProbe.MAX_PARENT_DEVICES) {
      throw Gate.error(GeolocationError.MAX_PARENT_DEVICES_REACHED);
    }
    List<PublicKey> parents = new ArrayList<>(p.parentDevices());
    parents.add(deviceAccount.key());
    AccountLifecycle.write(gate.ctx(), probe, c.payer, withParents(p, parents).encode());
  }

  /// RemoveParentDevice: the key must be a parent (8); every equal entry is removed; the account
  /// shrinks (no refund).
  void removeParent(List<BorrowedAccount> accounts, RemoveParentDevice args)
      throws ProgramException {
    Common c = common(accounts, true);
    GeoProbe p = gate.readProbe(c.probe);
    if (!p.parentDevices().contains(args.devicePk())) {
      throw Gate.error(GeolocationError.PARENT_DEVICE_NOT_FOUND);
    }
    List<PublicKey> parents =
        p.parentDevices().stream().filter(k -> !k.equals(args.devicePk())).toList();
    AccountLifecycle.write(gate.ctx(), c.probe, c.payer, withParents(p, parents).encode());
  }

  private record Common(BorrowedAccount probe, BorrowedAccount payer) {}

  /// Reads probe, config, GlobalState, payer (and the system program when `readsSystem`), then runs
  /// the shared checks.
  private Common common(List<BorrowedAccount> accounts, boolean readsSystem)
      throws ProgramException {
    AccountCursor cursor = new AccountCursor(accounts);
    return gateChecks(cursor, cursor.next(), readsSystem);
  }

  private Common gateChecks(AccountCursor cursor, BorrowedAccount probe, boolean readsSystem)
      throws ProgramException {
    BorrowedAccount config = cursor.next();
    BorrowedAccount globalState = cursor.next();
    BorrowedAccount payer = cursor.next();
    if (readsSystem) {
      cursor.next();
    }
    gate.requireSigner(payer);
    gate.requireFoundation(config, globalState, payer);
    gate.checkProbe(probe);
    return new Common(probe, payer);
  }

  private static GeoProbe withParents(GeoProbe p, List<PublicKey> parents) {
    return new GeoProbe(
        p.owner(),
        p.exchangePk(),
        p.publicIp(),
        p.locationOffsetPort(),
        p.metricsPublisherPk(),
        p.referenceCount(),
        p.code(),
        parents);
  }
}
