package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.ContributorStatus;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceHealth;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.ExchangeStatus;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.FeatureFlags;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.InterfaceType;
import doublezero.sdk.serviceability.state.InterfaceV2;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.LocationStatus;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.RoutingMode;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;

/// Accounts of other areas (location, exchange, contributor, device + interfaces, feature flags) seeded straight
/// into the ledger holding exactly what the reference instructions would have written (`PROC/location/create.rs`,
/// `PROC/exchange/create.rs`, `PROC/contributor/create.rs`, `PROC/device/create.rs`,
/// `PROC/device/interface/{create,activate,unlink}.rs`, `PROC/globalstate/setfeatureflags.rs`), including the
/// `account_index` increments and reference counts. Replace with the real instructions once those areas land.
final class LinkFixtures {
  private final ProgramHarness h;
  private PublicKey location;
  private PublicKey exchange;

  LinkFixtures(ProgramHarness h) {
    this.h = h;
  }

  /// @return GlobalState after `account_index += 1` (written back), as every index-seeded create does
  private U128 nextIndex() {
    GlobalState gs = h.account(h.globalState(), GlobalState.class);
    U128 index = gs.accountIndex().increment();
    h.seed(h.globalState(), doublezero.localnet.programs.serviceability.global.GlobalStateDraft.withAccountIndex(gs, index));
    return index;
  }

  /// What SetFeatureFlags writes: GlobalState with `feature_flags` replaced.
  void setOnChainAllocation(boolean on) {
    GlobalState gs = h.account(h.globalState(), GlobalState.class);
    FeatureFlags flags = on ? FeatureFlags.of(FeatureFlag.ON_CHAIN_ALLOCATION) : FeatureFlags.NONE;
    h.seed(h.globalState(), new GlobalState(gs.bumpSeed(), gs.accountIndex(), gs.foundationAllowlist(),
        gs.deviceAllowlist(), gs.userAllowlist(), gs.activatorAuthorityPk(), gs.sentinelAuthorityPk(),
        gs.contributorAirdropLamports(), gs.userAirdropLamports(), gs.healthOraclePk(), gs.qaAllowlist(), flags,
        gs.reservationAuthorityPk()));
  }

  /// CreateContributor by the foundation for `owner`: Activated, no references.
  PublicKey contributor(PublicKey owner, String code) {
    U128 index = nextIndex();
    ProgramDerivedAddress pda = ServiceabilityPdas.contributor(h.programId, index);
    h.seed(pda.address(), new Contributor(owner, index, pda.bump(), ContributorStatus.ACTIVATED, code, 0,
        PublicKey.DEFAULT));
    return pda.address();
  }

  /// CreateDevice (legacy, Pending) for `contributor` at the shared location/exchange, then one
  /// CreateDeviceInterface per interface (already moved to the given status): contributor, location and exchange
  /// each gain a reference.
  PublicKey device(PublicKey contributor, String code, String publicIp, InterfaceV2... interfaces) {
    ensureSite();
    U128 index = nextIndex();
    ProgramDerivedAddress pda = ServiceabilityPdas.device(h.programId, index);
    Contributor c = h.account(contributor, Contributor.class);
    h.seed(contributor, Copies.withReferenceCount(c, c.referenceCount() + 1));
    Location l = h.account(location, Location.class);
    h.seed(location, new Location(l.owner(), l.index(), l.bumpSeed(), l.lat(), l.lng(), l.locId(), l.status(),
        l.code(), l.name(), l.country(), l.referenceCount() + 1));
    Exchange e = h.account(exchange, Exchange.class);
    h.seed(exchange, new Exchange(e.owner(), e.index(), e.bumpSeed(), e.lat(), e.lng(), e.bgpCommunity(),
        e.unused(), e.status(), e.code(), e.name(), e.referenceCount() + 1, e.device1Pk(), e.device2Pk()));
    h.seed(pda.address(), new Device(h.foundation.publicKey(), index, pda.bump(), location, exchange,
        DeviceType.HYBRID, Ipv4Address.parse(publicIp), DeviceStatus.PENDING, code.toLowerCase(),
        List.of(NetworkV4.parse("100.1.0.0/24")), PublicKey.DEFAULT, contributor, "mgmt",
        List.<Interface>of(interfaces), 0, 0, 0, DeviceHealth.READY_FOR_USERS, DeviceDesiredStatus.ACTIVATED, 0, 0,
        0, 0, 0, 0, 0));
    return pda.address();
  }

  /// A physical interface as CreateDeviceInterface (ip_net given or none), ActivateDeviceInterface and
  /// UnlinkDeviceInterface leave it: Unlinked, MTU 1500, static routing, no CYOA/DIA.
  static InterfaceV2 unlinked(String name, String ipNet) {
    return iface(name, InterfaceStatus.UNLINKED, ipNet == null ? NetworkV4.DEFAULT : NetworkV4.parse(ipNet),
        InterfaceCyoa.NONE, InterfaceDia.NONE);
  }

  /// @return a physical interface with the given status and edge assignment
  static InterfaceV2 iface(String name, InterfaceStatus status, NetworkV4 ipNet, InterfaceCyoa cyoa,
      InterfaceDia dia) {
    return new InterfaceV2(status, name, InterfaceType.PHYSICAL, cyoa, dia, LoopbackType.NONE, 0, 0, 1500,
        RoutingMode.STATIC, 0, ipNet, 0, false);
  }

  /// Replaces a device's interface (what UpdateDeviceInterface would write for the changed fields).
  void replaceInterface(PublicKey device, InterfaceV2 iface) {
    Device d = h.account(device, Device.class);
    h.seed(device, Copies.withInterface(d, d.indexOfInterface(iface.name()), iface));
  }

  /// @return the device's interface in its current version
  InterfaceV2 interfaceOf(PublicKey device, String name) {
    return h.account(device, Device.class).findInterface(name).orElseThrow().toCurrentVersion();
  }

  private void ensureSite() {
    if (location != null) {
      return;
    }
    U128 li = nextIndex();
    ProgramDerivedAddress lp = ServiceabilityPdas.location(h.programId, li);
    h.seed(lp.address(), new Location(h.foundation.publicKey(), li, lp.bump(), 1.234, 4.567, 0,
        LocationStatus.ACTIVATED, "la", "Los Angeles", "us", 0));
    location = lp.address();
    U128 ei = nextIndex();
    ProgramDerivedAddress ep = ServiceabilityPdas.exchange(h.programId, ei);
    h.seed(ep.address(), new Exchange(h.foundation.publicKey(), ei, ep.bump(), 1.234, 4.567, 10000, 0,
        ExchangeStatus.ACTIVATED, "la", "Los Angeles", 0, PublicKey.DEFAULT, PublicKey.DEFAULT));
    exchange = ep.address();
  }
}
