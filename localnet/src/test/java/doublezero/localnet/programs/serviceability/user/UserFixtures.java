package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.AddMulticastGroupPubAllowlist;
import doublezero.sdk.serviceability.instruction.AddMulticastGroupSubAllowlist;
import doublezero.sdk.serviceability.instruction.CreateTenant;
import doublezero.sdk.serviceability.instruction.GlobalStateAccounts;
import doublezero.sdk.serviceability.instruction.MulticastAllowlistAccounts;
import doublezero.sdk.serviceability.instruction.SetAccessPass;
import doublezero.sdk.serviceability.instruction.SetAuthority;
import doublezero.sdk.serviceability.instruction.SetFeatureFlags;
import doublezero.sdk.serviceability.instruction.TenantAccounts;
import doublezero.sdk.serviceability.instruction.TenantSwapAccounts;
import doublezero.sdk.serviceability.instruction.UpdatePaymentStatus;
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
import doublezero.sdk.serviceability.state.TenantPaymentStatus;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/// Preconditions for the user suites. Access passes (with their tenant and multicast allowlists),
/// tenants, the feature flag and the reservation authority are set with the real instructions
/// (SetAccessPass, Add{Pub,Sub}Allowlist, CreateTenant + UpdatePaymentStatus, SetFeatureFlags,
/// SetAuthority). Devices (with their per-device pools), multicast groups and reservations are
/// still seeded with exactly what ActivateDevice, ActivateMulticastGroup and ReserveConnection
/// write: the suites rely on device PDAs outside the account_index sequence and on group statuses
/// set directly.
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
  record DeviceSpec(
      DeviceStatus status,
      int maxUsers,
      int maxUnicast,
      int maxSubscribers,
      int maxPublishers,
      List<NetworkV4> dzPrefixes) {
    static DeviceSpec activated() {
      int n = NEXT.getAndIncrement();
      return new DeviceSpec(
          DeviceStatus.ACTIVATED,
          128,
          0,
          0,
          0,
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

  /// Seeds an activated device (as CreateDevice + UpdateDevice(max_users) + ActivateDevice write
  /// it) at a device PDA, with its TunnelIds(dev, 0) and DzPrefixBlock(dev, i) pools as
  /// ActivateDevice creates them (owner the activator, DzPrefixBlock address 0 reserved for
  /// Loopback100).
  private static final PublicKey LOCATION =
      doublezero.sdk.solana.key.Keypair.generate().publicKey();

  private static final PublicKey EXCHANGE =
      doublezero.sdk.solana.key.Keypair.generate().publicKey();

  PublicKey device(DeviceSpec spec) {
    ProgramDerivedAddress pda =
        ServiceabilityPdas.device(h.programId, U128.ofUnsigned(10_000 + NEXT.getAndIncrement()));
    PublicKey owner = h.foundation.publicKey();
    // location and exchange only need to be set (Device rules 36/37); users never read them
    Device d =
        new Device(
            owner,
            U128.ofUnsigned(1),
            pda.bump(),
            LOCATION,
            EXCHANGE,
            DeviceType.HYBRID,
            Ipv4Address.parse("100.0.0.1"),
            spec.status(),
            "dev" + pda.bump(),
            spec.dzPrefixes(),
            PublicKey.DEFAULT,
            PublicKey.DEFAULT,
            "mgmt",
            List.of(),
            0,
            0,
            spec.maxUsers(),
            DeviceHealth.READY_FOR_USERS,
            DeviceDesiredStatus.ACTIVATED,
            0,
            0,
            spec.maxUnicast(),
            spec.maxSubscribers(),
            0,
            0,
            spec.maxPublishers());
    h.seed(pda.address(), d);
    ProgramDerivedAddress ids = ServiceabilityPdas.tunnelIds(h.programId, pda.address(), 0);
    h.seed(
        ids.address(),
        ResourceExtension.create(owner, ids.bump(), pda.address(), new Allocator.Id(500, 4596, 0)));
    for (int i = 0; i < spec.dzPrefixes().size(); i++) {
      ProgramDerivedAddress block = ServiceabilityPdas.dzPrefixBlock(h.programId, pda.address(), i);
      ResourceExtension ext =
          ResourceExtension.create(
              owner, block.bump(), pda.address(), new Allocator.Ip(spec.dzPrefixes().get(i), 0));
      byte[] bitmap = ext.bitmap();
      bitmap[0] = 1;
      h.seed(
          block.address(),
          new ResourceExtension(owner, block.bump(), pda.address(), ext.allocator(), bitmap));
    }
    return pda.address();
  }

  /// The content of a seeded access pass.
  record PassSpec(
      AccessPassType type,
      long epoch,
      boolean allowMultipleIp,
      List<PublicKey> pub,
      List<PublicKey> sub,
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

  /// Sets the access pass for `clientIp` (0.0.0.0 = dynamic) and `userPayer` with real instructions
  /// by the foundation: SetAccessPass (with the tenant swap default → tenant when the spec names
  /// one), then one Add{Pub,Sub}Allowlist per multicast group. An epoch in the past cannot be set
  /// by SetAccessPass (§3.10), so such a pass is seeded as SetAccessPass wrote it while that epoch
  /// was current.
  PublicKey pass(PublicKey userPayer, Ipv4Address clientIp, PassSpec spec) {
    ProgramDerivedAddress pda = ServiceabilityPdas.accessPass(h.programId, clientIp, userPayer);
    if (spec.epoch() < h.rpc.getEpochInfo().epoch()) {
      int flags =
          (clientIp.isUnspecified() ? AccessPass.FLAG_IS_DYNAMIC : 0)
              | (spec.allowMultipleIp() ? AccessPass.FLAG_ALLOW_MULTIPLE_IP : 0);
      h.seed(
          pda.address(),
          new AccessPass(
              h.foundation.publicKey(),
              pda.bump(),
              spec.type(),
              clientIp,
              userPayer,
              spec.epoch(),
              0,
              AccessPassStatus.REQUESTED,
              spec.pub(),
              spec.sub(),
              flags,
              spec.tenants()));
      return pda.address();
    }
    if (spec.tenants().size() > 1) {
      throw new IllegalArgumentException("SetAccessPass puts at most one tenant in the allowlist");
    }
    Optional<TenantSwapAccounts> swap =
        spec.tenants().isEmpty()
            ? Optional.empty()
            : Optional.of(new TenantSwapAccounts(PublicKey.DEFAULT, spec.tenants().get(0)));
    PublicKey f = h.foundation.publicKey();
    h.ok(
        h.foundation,
        new SetAccessPass(spec.type(), clientIp, spec.epoch(), spec.allowMultipleIp())
            .toInstruction(
                h.programId,
                new SetAccessPass.Accounts(pda.address(), h.globalState(), userPayer, swap, f)));
    for (PublicKey group : spec.pub()) {
      h.ok(
          h.foundation,
          new AddMulticastGroupPubAllowlist(clientIp, userPayer)
              .toInstruction(
                  h.programId,
                  new MulticastAllowlistAccounts(group, pda.address(), h.globalState(), f)));
    }
    for (PublicKey group : spec.sub()) {
      h.ok(
          h.foundation,
          new AddMulticastGroupSubAllowlist(clientIp, userPayer)
              .toInstruction(
                  h.programId,
                  new MulticastAllowlistAccounts(group, pda.address(), h.globalState(), f)));
    }
    return pda.address();
  }

  /// CreateTenant by the foundation (administrator the foundation key), then UpdatePaymentStatus
  /// Paid.
  PublicKey tenant(String code) {
    PublicKey pda = ServiceabilityPdas.tenant(h.programId, code).address();
    h.ok(
        h.foundation,
        new CreateTenant(code, h.foundation.publicKey(), Optional.empty(), false, false)
            .toInstruction(
                h.programId,
                new CreateTenant.Accounts(
                    pda,
                    h.globalState(),
                    ServiceabilityPdas.vrfIds(h.programId).address(),
                    h.foundation.publicKey())));
    h.ok(
        h.foundation,
        new UpdatePaymentStatus(TenantPaymentStatus.PAID.wireValue(), Optional.empty())
            .toInstruction(
                h.programId, new TenantAccounts(pda, h.globalState(), h.foundation.publicKey())));
    return pda;
  }

  /// Seeds a multicast group as Create + ActivateMulticastGroup write it (or with another status).
  PublicKey group(MulticastGroupStatus status) {
    ProgramDerivedAddress pda =
        ServiceabilityPdas.multicastGroup(
            h.programId, U128.ofUnsigned(20_000 + NEXT.getAndIncrement()));
    h.seed(
        pda.address(),
        new MulticastGroup(
            h.foundation.publicKey(),
            U128.ofUnsigned(1),
            pda.bump(),
            PublicKey.DEFAULT,
            Ipv4Address.parse("239.0.0." + (pda.bump() % 250 + 1)),
            1_000_000_000L,
            status,
            "mg" + pda.bump(),
            0,
            0));
    return pda.address();
  }

  /// Seeds a reservation of `count` seats on `device` for `owner`, and the device's
  /// `reserved_seats`, as ReserveConnection writes them.
  PublicKey reservation(PublicKey device, PublicKey owner, int count) {
    ProgramDerivedAddress pda = ServiceabilityPdas.reservation(h.programId, device, owner);
    h.seed(pda.address(), new Reservation(owner, pda.bump(), device, count));
    Device d = h.account(device, Device.class);
    h.seed(
        device,
        new Device(
            d.owner(),
            d.index(),
            d.bumpSeed(),
            d.locationPk(),
            d.exchangePk(),
            d.deviceType(),
            d.publicIp(),
            d.status(),
            d.code(),
            d.dzPrefixes(),
            d.metricsPublisherPk(),
            d.contributorPk(),
            d.mgmtVrf(),
            d.interfaces(),
            d.referenceCount(),
            d.usersCount(),
            d.maxUsers(),
            d.deviceHealth(),
            d.desiredStatus(),
            d.unicastUsersCount(),
            d.multicastSubscribersCount(),
            d.maxUnicastUsers(),
            d.maxMulticastSubscribers(),
            d.reservedSeats() + count,
            d.multicastPublishersCount(),
            d.maxMulticastPublishers()));
    return pda.address();
  }

  /// Sets or clears OnChainAllocation (bit 0) with SetFeatureFlags by the foundation.
  void onChainAllocation(boolean on) {
    GlobalState g = h.account(h.globalState(), GlobalState.class);
    FeatureFlags flags =
        on
            ? g.featureFlags().with(FeatureFlag.ON_CHAIN_ALLOCATION)
            : g.featureFlags().without(FeatureFlag.ON_CHAIN_ALLOCATION);
    if (!flags.equals(g.featureFlags())) {
      h.ok(
          h.foundation,
          new SetFeatureFlags(flags.bits())
              .toInstruction(
                  h.programId, new GlobalStateAccounts(h.globalState(), h.foundation.publicKey())));
    }
  }

  /// Sets GlobalState's reservation authority with SetAuthority by the foundation.
  void reservationAuthority(PublicKey key) {
    if (!h.account(h.globalState(), GlobalState.class).reservationAuthorityPk().equals(key)) {
      h.ok(
          h.foundation,
          new SetAuthority(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(key))
              .toInstruction(
                  h.programId, new GlobalStateAccounts(h.globalState(), h.foundation.publicKey())));
    }
  }
}
