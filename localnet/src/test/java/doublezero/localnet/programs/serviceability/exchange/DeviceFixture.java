package doublezero.localnet.programs.serviceability.exchange;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.global.AdminFixtures;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceHealth;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;

/// A Device as the device area's instructions would leave it, seeded directly while that area's
/// processors are placeholders on this branch: `CreateDevice` (`PROC/device/create.rs`: Pending,
/// ReadyForUsers, max counters 0, GlobalState.account_index + 1, reference counts of contributor,
/// location and exchange + 1), then `UpdateDevice { max_users: 128 }` and `ActivateDevice` (status
/// Activated). The resource accounts ActivateDevice creates are not seeded (SetDeviceExchange never
/// reads them). Switch to the real instructions once the device port lands.
final class DeviceFixture {
  private DeviceFixture() {}

  /// Seeds the device "la" of `TST/exchange_setdevice.rs` (Hybrid, 100.0.0.1, 100.1.0.0/23, vrf
  /// "mgmt").
  ///
  /// @return the device PDA
  static PublicKey seedActivatedDevice(
      ProgramHarness h, PublicKey contributor, PublicKey location, PublicKey exchange) {
    GlobalState gs = h.account(h.globalState(), GlobalState.class);
    U128 index = gs.accountIndex().increment();
    ProgramDerivedAddress pda = ServiceabilityPdas.device(h.programId, index);
    Device device =
        new Device(
            h.foundation.publicKey(),
            index,
            pda.bump(),
            location,
            exchange,
            DeviceType.HYBRID,
            Ipv4Address.parse("100.0.0.1"),
            DeviceStatus.ACTIVATED,
            "la",
            List.of(NetworkV4.parse("100.1.0.0/23")),
            PublicKey.DEFAULT,
            contributor,
            "mgmt",
            List.of(),
            0,
            0,
            128,
            DeviceHealth.READY_FOR_USERS,
            DeviceDesiredStatus.ACTIVATED,
            0,
            0,
            0,
            0,
            0,
            0,
            0);
    h.seed(pda.address(), device);
    h.seed(
        h.globalState(),
        new GlobalState(
            gs.bumpSeed(),
            index,
            gs.foundationAllowlist(),
            gs.deviceAllowlist(),
            gs.userAllowlist(),
            gs.activatorAuthorityPk(),
            gs.sentinelAuthorityPk(),
            gs.contributorAirdropLamports(),
            gs.userAirdropLamports(),
            gs.healthOraclePk(),
            gs.qaAllowlist(),
            gs.featureFlags(),
            gs.reservationAuthorityPk()));
    Contributor c = h.account(contributor, Contributor.class);
    h.seed(
        contributor,
        new Contributor(
            c.owner(),
            c.index(),
            c.bumpSeed(),
            c.status(),
            c.code(),
            c.referenceCount() + 1,
            c.opsManagerPk()));
    Location l = h.account(location, Location.class);
    h.seed(
        location,
        new Location(
            l.owner(),
            l.index(),
            l.bumpSeed(),
            l.lat(),
            l.lng(),
            l.locId(),
            l.status(),
            l.code(),
            l.name(),
            l.country(),
            l.referenceCount() + 1));
    Exchange e = h.account(exchange, Exchange.class);
    h.seed(
        exchange,
        new Exchange(
            e.owner(),
            e.index(),
            e.bumpSeed(),
            e.lat(),
            e.lng(),
            e.bgpCommunity(),
            e.unused(),
            e.status(),
            e.code(),
            e.name(),
            e.referenceCount() + 1,
            e.device1Pk(),
            e.device2Pk()));
    return pda.address();
  }

  /// @return the same device at another index (a second device for slot 2)
  static PublicKey seedActivatedDevice(ProgramHarness h) {
    PublicKey contributor = AdminFixtures.createContributor(h, h.foundation.publicKey(), "cont");
    PublicKey location = AdminFixtures.createLocation(h, "la");
    PublicKey exchange = AdminFixtures.createExchange(h, "la");
    return seedActivatedDevice(h, contributor, location, exchange);
  }
}
