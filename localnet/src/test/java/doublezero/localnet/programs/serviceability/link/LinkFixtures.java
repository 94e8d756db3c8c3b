package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.ProgramHarness;
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
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.RoutingMode;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;

/// Preconditions for the link suites. The location, exchange, contributors and feature flags are
/// set with the real instructions (CreateLocation / CreateExchange / CreateContributor by the
/// foundation, SetFeatureFlags). Devices are still seeded, already holding the interfaces in the
/// state each suite needs (several of those states, e.g. an Activated interface without a link, or
/// CYOA/DIA edges on an Unlinked one, are what the link suites probe), with exactly what
/// `PROC/device/create.rs` and `PROC/device/interface/{create,activate,unlink}.rs` write, including
/// the `account_index` increment and the reference counts of contributor, location and exchange.
final class LinkFixtures {
  private final ProgramHarness h;
  private PublicKey location;
  private PublicKey exchange;

  LinkFixtures(ProgramHarness h) {
    this.h = h;
  }

  /// @return GlobalState after `account_index += 1` (written back), as every index-seeded create
  ///   does
  private U128 nextIndex() {
    GlobalState gs = h.account(h.globalState(), GlobalState.class);
    U128 index = gs.accountIndex().increment();
    h.seed(
        h.globalState(),
        doublezero.localnet.programs.serviceability.global.GlobalStateDraft.withAccountIndex(
            gs, index));
    return index;
  }

  /// SetFeatureFlags by the foundation: OnChainAllocation on or off.
  void setOnChainAllocation(boolean on) {
    FeatureFlags flags = on ? FeatureFlags.of(FeatureFlag.ON_CHAIN_ALLOCATION) : FeatureFlags.NONE;
    h.ok(
        h.funded(),
        List.of(h.foundation),
        new doublezero.sdk.serviceability.instruction.SetFeatureFlags(flags.bits())
            .toInstruction(
                h.programId,
                new doublezero.sdk.serviceability.instruction.GlobalStateAccounts(
                    h.globalState(), h.foundation.publicKey())));
  }

  /// CreateContributor by the foundation for `owner`: Activated, no references.
  PublicKey contributor(PublicKey owner, String code) {
    return new doublezero.localnet.programs.NetworkFixture(h).contributor(code, owner);
  }

  /// CreateDevice (legacy, Pending) for `contributor` at the shared location/exchange, then one
  /// CreateDeviceInterface per interface (already moved to the given status): contributor, location
  /// and exchange each gain a reference.
  PublicKey device(PublicKey contributor, String code, String publicIp, InterfaceV2... interfaces) {
    ensureSite();
    U128 index = nextIndex();
    ProgramDerivedAddress pda = ServiceabilityPdas.device(h.programId, index);
    Contributor c = h.account(contributor, Contributor.class);
    h.seed(contributor, Copies.withReferenceCount(c, c.referenceCount() + 1));
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
    h.seed(
        pda.address(),
        new Device(
            h.foundation.publicKey(),
            index,
            pda.bump(),
            location,
            exchange,
            DeviceType.HYBRID,
            Ipv4Address.parse(publicIp),
            DeviceStatus.PENDING,
            code.toLowerCase(),
            List.of(NetworkV4.parse("100.1.0.0/24")),
            PublicKey.DEFAULT,
            contributor,
            "mgmt",
            List.<Interface>of(interfaces),
            0,
            0,
            0,
            DeviceHealth.READY_FOR_USERS,
            DeviceDesiredStatus.ACTIVATED,
            0,
            0,
            0,
            0,
            0,
            0,
            0));
    return pda.address();
  }

  /// A physical interface as CreateDeviceInterface (ip_net given or none), ActivateDeviceInterface
  /// and UnlinkDeviceInterface leave it: Unlinked, MTU 1500, static routing, no CYOA/DIA.
  static InterfaceV2 unlinked(String name, String ipNet) {
    return iface(
        name,
        InterfaceStatus.UNLINKED,
        ipNet == null ? NetworkV4.DEFAULT : NetworkV4.parse(ipNet),
        InterfaceCyoa.NONE,
        InterfaceDia.NONE);
  }

  /// @return a physical interface with the given status and edge assignment
  static InterfaceV2 iface(
      String name, InterfaceStatus status, NetworkV4 ipNet, InterfaceCyoa cyoa, InterfaceDia dia) {
    return new InterfaceV2(
        status,
        name,
        InterfaceType.PHYSICAL,
        cyoa,
        dia,
        LoopbackType.NONE,
        0,
        0,
        1500,
        RoutingMode.STATIC,
        0,
        ipNet,
        0,
        false);
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
    doublezero.localnet.programs.NetworkFixture net =
        new doublezero.localnet.programs.NetworkFixture(h);
    location = net.location("la");
    exchange = net.exchange("la");
  }
}
