package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassStatus;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.serviceability.state.Allocator;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceHealth;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.FeatureFlags;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.serviceability.state.Reservation;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.TenantBillingConfig;
import doublezero.sdk.serviceability.state.TenantPaymentStatus;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/// Accounts of other areas (devices with their per-device pools, access passes, tenants, multicast groups,
/// reservations, the feature flag) seeded directly into the ledger with exactly what the other areas' reference
/// instructions would have written (ActivateDevice, SetAccessPass, CreateTenant, ActivateMulticastGroup,
/// ReserveConnection, SetFeatureFlags), so the user processors can be driven before those ports land.
final class UserFixtures {
  private static final AtomicInteger NEXT = new AtomicInteger(1);

  final ProgramHarness h;

  UserFixtures(ProgramHarness h) {
    this.h = h;
  }

  /// @return a fresh globally routable client IP (100.0.x.y)
  static Ipv4Address nextIp() {
    int n = NEXT.getAndIncrement();
    return Ipv4Address.parse("100.0." + (n / 250) + "." + (1 + n % 250));
  }

  /// The shape of a seeded device.
  record DeviceSpec(DeviceStatus status, int maxUsers, int maxUnicast, int maxSubscribers, int maxPublishers,
      List<NetworkV4> dzPrefixes) {
    static DeviceSpec activated() {
      int n = NEXT.getAndIncrement();
      return new DeviceSpec(DeviceStatus.ACTIVATED, 128, 0, 0, 0,
          List.of(NetworkV4.parse("102." + (n % 250) + ".0.0/29")));
    }

    DeviceSpec withStatus(DeviceStatus s) {
      return new DeviceSpec(s, maxUsers, maxUnicast, maxSubscribers, maxPublishers, dzPrefixes);
    }

    DeviceSpec withLimits(int users, int unicast, int subscribers, int publishers) {
      return new DeviceSpec(status, users, unicast, subscribers, publishers, dzPrefixes);
    }

    DeviceSpec withPrefixes(List<NetworkV4> prefixes) {
      return new DeviceSpec(status, maxUsers, maxUnicast, maxSubscribers, maxPublishers, prefixes);
    }
  }

  /// Seeds an activated device (as CreateDevice + UpdateDevice(max_users) + ActivateDevice write it) at a device
  /// PDA, with its TunnelIds(dev, 0) and DzPrefixBlock(dev, i) pools as ActivateDevice creates them (owner the
  /// activator, DzPrefixBlock address 0 reserved for Loopback100).
  private static final PublicKey LOCATION = doublezero.sdk.solana.key.Keypair.generate().publicKey();
  private static final PublicKey EXCHANGE = doublezero.sdk.solana.key.Keypair.generate().publicKey();

  PublicKey device(DeviceSpec spec) {
    ProgramDerivedAddress pda = ServiceabilityPdas.device(h.programId, U128.ofUnsigned(10_000 + NEXT.getAndIncrement()));
    PublicKey owner = h.foundation.publicKey();
    // location and exchange only need to be set (Device rules 36/37); users never read them
    Device d = new Device(owner, U128.ofUnsigned(1), pda.bump(), LOCATION, EXCHANGE,
        DeviceType.HYBRID, Ipv4Address.parse("100.0.0.1"), spec.status(), "dev" + pda.bump(), spec.dzPrefixes(),
        PublicKey.DEFAULT, PublicKey.DEFAULT, "mgmt", List.of(), 0, 0, spec.maxUsers(), DeviceHealth.READY_FOR_USERS,
        DeviceDesiredStatus.ACTIVATED, 0, 0, spec.maxUnicast(), spec.maxSubscribers(), 0, 0, spec.maxPublishers());
    h.seed(pda.address(), d);
    ProgramDerivedAddress ids = ServiceabilityPdas.tunnelIds(h.programId, pda.address(), 0);
    h.seed(ids.address(), ResourceExtension.create(owner, ids.bump(), pda.address(), new Allocator.Id(500, 4596, 0)));
    for (int i = 0; i < spec.dzPrefixes().size(); i++) {
      ProgramDerivedAddress block = ServiceabilityPdas.dzPrefixBlock(h.programId, pda.address(), i);
      ResourceExtension ext = ResourceExtension.create(owner, block.bump(), pda.address(),
          new Allocator.Ip(spec.dzPrefixes().get(i), 0));
      byte[] bitmap = ext.bitmap();
      bitmap[0] = 1;
      h.seed(block.address(), new ResourceExtension(owner, block.bump(), pda.address(), ext.allocator(), bitmap));
    }
    return pda.address();
  }

  /// The content of a seeded access pass.
  record PassSpec(AccessPassType type, long epoch, boolean allowMultipleIp, List<PublicKey> pub, List<PublicKey> sub,
      List<PublicKey> tenants) {
    static PassSpec prepaid() {
      return new PassSpec(AccessPassType.PREPAID, 9999, false, List.of(), List.of(), List.of());
    }

    PassSpec withEpoch(long e) {
      return new PassSpec(type, e, allowMultipleIp, pub, sub, tenants);
    }

    PassSpec withType(AccessPassType t) {
      return new PassSpec(t, epoch, allowMultipleIp, pub, sub, tenants);
    }

    PassSpec multipleIp() {
      return new PassSpec(type, epoch, true, pub, sub, tenants);
    }

    PassSpec withGroups(List<PublicKey> publish, List<PublicKey> subscribe) {
      return new PassSpec(type, epoch, allowMultipleIp, publish, subscribe, tenants);
    }

    PassSpec withTenants(List<PublicKey> t) {
      return new PassSpec(type, epoch, allowMultipleIp, pub, sub, t);
    }
  }

  /// Seeds the access pass SetAccessPass (by the foundation key) writes for `clientIp` (0.0.0.0 = dynamic) and
  /// `userPayer`: status Requested, no connections.
  PublicKey pass(PublicKey userPayer, Ipv4Address clientIp, PassSpec spec) {
    ProgramDerivedAddress pda = ServiceabilityPdas.accessPass(h.programId, clientIp, userPayer);
    int flags = (clientIp.isUnspecified() ? AccessPass.FLAG_IS_DYNAMIC : 0)
        | (spec.allowMultipleIp() ? AccessPass.FLAG_ALLOW_MULTIPLE_IP : 0);
    h.seed(pda.address(), new AccessPass(h.foundation.publicKey(), pda.bump(), spec.type(), clientIp, userPayer,
        spec.epoch(), 0, AccessPassStatus.REQUESTED, spec.pub(), spec.sub(), flags, spec.tenants()));
    return pda.address();
  }

  /// Seeds a tenant as CreateTenant writes it (owner the foundation key, no references).
  PublicKey tenant(String code) {
    ProgramDerivedAddress pda = ServiceabilityPdas.tenant(h.programId, code);
    h.seed(pda.address(), new Tenant(h.foundation.publicKey(), pda.bump(), code, 1, 0, List.of(),
        TenantPaymentStatus.PAID, PublicKey.DEFAULT, false, false, TenantBillingConfig.FlatPerEpoch.DEFAULT));
    return pda.address();
  }

  /// Seeds a multicast group as Create + ActivateMulticastGroup write it (or with another status).
  PublicKey group(MulticastGroupStatus status) {
    ProgramDerivedAddress pda = ServiceabilityPdas.multicastGroup(h.programId,
        U128.ofUnsigned(20_000 + NEXT.getAndIncrement()));
    h.seed(pda.address(), new MulticastGroup(h.foundation.publicKey(), U128.ofUnsigned(1), pda.bump(),
        PublicKey.DEFAULT, Ipv4Address.parse("239.0.0." + (pda.bump() % 250 + 1)), 1_000_000_000L, status,
        "mg" + pda.bump(), 0, 0));
    return pda.address();
  }

  /// Seeds a reservation of `count` seats on `device` for `owner`, and the device's `reserved_seats`, as
  /// ReserveConnection writes them.
  PublicKey reservation(PublicKey device, PublicKey owner, int count) {
    ProgramDerivedAddress pda = ServiceabilityPdas.reservation(h.programId, device, owner);
    h.seed(pda.address(), new Reservation(owner, pda.bump(), device, count));
    Device d = h.account(device, Device.class);
    h.seed(device, new Device(d.owner(), d.index(), d.bumpSeed(), d.locationPk(), d.exchangePk(), d.deviceType(),
        d.publicIp(), d.status(), d.code(), d.dzPrefixes(), d.metricsPublisherPk(), d.contributorPk(), d.mgmtVrf(),
        d.interfaces(), d.referenceCount(), d.usersCount(), d.maxUsers(), d.deviceHealth(), d.desiredStatus(),
        d.unicastUsersCount(), d.multicastSubscribersCount(), d.maxUnicastUsers(), d.maxMulticastSubscribers(),
        d.reservedSeats() + count, d.multicastPublishersCount(), d.maxMulticastPublishers()));
    return pda.address();
  }

  /// Sets or clears OnChainAllocation (bit 0) in GlobalState as SetFeatureFlags would.
  void onChainAllocation(boolean on) {
    GlobalState g = h.account(h.globalState(), GlobalState.class);
    FeatureFlags flags = on ? g.featureFlags().with(FeatureFlag.ON_CHAIN_ALLOCATION)
        : g.featureFlags().without(FeatureFlag.ON_CHAIN_ALLOCATION);
    h.seed(h.globalState(), withFlagsAndReservation(g, flags, g.reservationAuthorityPk()));
  }

  /// Sets GlobalState's reservation authority as SetAuthority would.
  void reservationAuthority(PublicKey key) {
    GlobalState g = h.account(h.globalState(), GlobalState.class);
    h.seed(h.globalState(), withFlagsAndReservation(g, g.featureFlags(), key));
  }

  private static GlobalState withFlagsAndReservation(GlobalState g, FeatureFlags flags, PublicKey reservation) {
    return new GlobalState(g.bumpSeed(), g.accountIndex(), g.foundationAllowlist(), g.deviceAllowlist(),
        g.userAllowlist(), g.activatorAuthorityPk(), g.sentinelAuthorityPk(), g.contributorAirdropLamports(),
        g.userAirdropLamports(), g.healthOraclePk(), g.qaAllowlist(), flags, reservation);
  }
}
