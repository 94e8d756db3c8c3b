package doublezero.localnet.programs.serviceability.resource;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.NetworkFixture;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.device.DeviceFixtures;
import doublezero.localnet.programs.serviceability.device.DeviceFixtures.World;
import doublezero.localnet.programs.serviceability.device.UpdateDeviceBuilder;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.ActivateDeviceInterface;
import doublezero.sdk.serviceability.instruction.ActivateUser;
import doublezero.sdk.serviceability.instruction.AllocateResource;
import doublezero.sdk.serviceability.instruction.CloseAccountDevice;
import doublezero.sdk.serviceability.instruction.CloseAccountUser;
import doublezero.sdk.serviceability.instruction.CreateDeviceInterface;
import doublezero.sdk.serviceability.instruction.CreateResource;
import doublezero.sdk.serviceability.instruction.CreateUser;
import doublezero.sdk.serviceability.instruction.DeleteDevice;
import doublezero.sdk.serviceability.instruction.DeleteDeviceInterface;
import doublezero.sdk.serviceability.instruction.DeleteUser;
import doublezero.sdk.serviceability.instruction.DeviceAllocationAccounts;
import doublezero.sdk.serviceability.instruction.DeviceContributorInterfaceAccounts;
import doublezero.sdk.serviceability.instruction.DeviceInterfaceAccounts;
import doublezero.sdk.serviceability.instruction.DeviceResourceAccounts;
import doublezero.sdk.serviceability.instruction.GlobalStateAccounts;
import doublezero.sdk.serviceability.instruction.InterfaceAllocationAccounts;
import doublezero.sdk.serviceability.instruction.RemoveDeviceInterface;
import doublezero.sdk.serviceability.instruction.ResourceAssociationAccounts;
import doublezero.sdk.serviceability.instruction.ResourceRefundAccounts;
import doublezero.sdk.serviceability.instruction.ResourceType;
import doublezero.sdk.serviceability.instruction.SetFeatureFlags;
import doublezero.sdk.serviceability.instruction.SetGlobalConfig;
import doublezero.sdk.serviceability.instruction.UpdateDevice;
import doublezero.sdk.serviceability.instruction.UserResourceAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.FeatureFlags;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.InterfaceV2;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.serviceability.state.RoutingMode;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The device, interface and user scenarios of `TST/resource_extension_test.rs` (the pool
/// administration ones are in [ResourceExtensionTestScenarioTest]; split only to keep files small):
/// per-device pools created by ActivateDevice, grown and shrunk by UpdateDevice, closed by
/// CloseAccountDevice; loopback IPs and segment IDs taken from and returned to the global pools;
/// the DzPrefixBlock's reserved first IP; and a user's ActivateUser / CloseAccountUser with
/// ResourceExtension accounts (on-chain allocation flag set), asserted in the bitmaps. The device
/// and interface scenarios set no feature flag, as in the reference file (these paths are selected
/// by the accounts passed). Every precondition is a real instruction paid by the foundation (the
/// reference payer: foundation, activator, contributor owner).
@NeedsLedgerInternals(
    "a fresh ledger with its own GlobalConfig and feature flags (InitGlobalState, SetGlobalConfig,"
        + " SetFeatureFlags)")
class ResourceExtensionDeviceTestScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static DeviceFixtures dev;
  static World world;
  static int count;

  @BeforeAll
  static void start() {
    // the reference's global config, except a link-local user tunnel block: an activated User's
    // tunnel_net must
    // be link-local (`STATE/user.rs` validate, InvalidTunnelNet 28), as in
    // `TST/user_onchain_allocation_test.rs`
    h = ProgramHarness.start(dir);
    h.ok(h.foundation, h.initGlobalState());
    h.ok(
        h.foundation,
        h.setGlobalConfig(
            h.foundation,
            new SetGlobalConfig(
                65000,
                65001,
                NetworkV4.parse("10.100.0.0/24"),
                NetworkV4.parse("169.254.0.0/24"),
                NetworkV4.parse("239.0.0.0/24"),
                Optional.empty(),
                NetworkV4.parse("148.51.120.0/21"))));
    dev = new DeviceFixtures(h);
    NetworkFixture net = new NetworkFixture(h);
    world =
        new World(
            net.location("test"),
            net.exchange("test"),
            net.contributor("test", h.foundation.publicKey()));
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  static PublicKey f() {
    return h.foundation.publicKey();
  }

  /// `setup_device_for_dz_prefix_tests`: a Pending device with dz_prefixes 110.1.0.0/24 (legacy
  /// create).
  static PublicKey device() {
    PublicKey device = dev.nextDevicePda();
    h.ok(
        h.foundation,
        dev.create(device, DeviceFixtures.createArgs("test-dev" + ++count, 0), world, f()));
    return device;
  }

  static PublicKey activated() {
    PublicKey device = device();
    h.ok(h.foundation, dev.activate(device, 1, f()));
    return device;
  }

  static Optional<ResourceExtension> pool(PublicKey pda) {
    return h.data(pda).map(ResourceExtension::decode);
  }

  static List<String> allocatedIps(PublicKey pda) {
    ResourceExtension p = pool(pda).orElseThrow();
    return p.allocatedIndices().stream().map(i -> p.addressAt(i).toString()).toList();
  }

  static PublicKey tunnelIds(PublicKey device) {
    return ServiceabilityPdas.tunnelIds(h.programId, device, 0).address();
  }

  static PublicKey block(PublicKey device, int i) {
    return ServiceabilityPdas.dzPrefixBlock(h.programId, device, i).address();
  }

  @Test
  void testCreateDzPrefixBlockResourceAndAllocateWithDevicePubkey() {
    PublicKey device = device();
    ResourceType t = new ResourceType.DzPrefixBlock(device, 0);
    h.ok(
        h.foundation,
        new CreateResource(t)
            .toInstruction(
                h.programId,
                new CreateResource.Accounts(
                    block(device, 0), device, h.globalState(), h.globalConfig(), f())));
    assertThat(pool(block(device, 0)).orElseThrow().associatedWith()).isEqualTo(device);
    assertThat(allocatedIps(block(device, 0))).containsExactly("110.1.0.0");
    h.ok(
        h.foundation,
        new AllocateResource(t, Optional.empty())
            .toInstruction(
                h.programId,
                new ResourceAssociationAccounts(block(device, 0), device, h.globalState(), f())));
    assertThat(allocatedIps(block(device, 0))).containsExactly("110.1.0.0", "110.1.0.1");
    assertThat(block(device, 0)).isNotEqualTo(block(device, 1));
  }

  @Test
  void testDzPrefixBlockReservesFirstIpAndUserAllocationSkipsIt() {
    PublicKey device = activated();
    assertThat(allocatedIps(block(device, 0))).containsExactly("110.1.0.0");
    h.ok(
        h.foundation,
        new AllocateResource(new ResourceType.DzPrefixBlock(device, 0), Optional.empty())
            .toInstruction(
                h.programId,
                new ResourceAssociationAccounts(block(device, 0), device, h.globalState(), f())));
    assertThat(allocatedIps(block(device, 0))).containsExactly("110.1.0.0", "110.1.0.1");
  }

  static void setPrefixes(PublicKey device, int accounts, String... prefixes) {
    List<NetworkV4> nets = new ArrayList<>();
    for (String p : prefixes) {
      nets.add(NetworkV4.parse(p));
    }
    UpdateDevice args = new UpdateDeviceBuilder().dzPrefixes(nets, accounts).build();
    h.ok(
        h.foundation,
        args.toInstruction(
            h.programId,
            new UpdateDevice.Accounts(
                device,
                world.contributor(),
                world.location(),
                world.location(),
                h.globalState(),
                Optional.of(
                    new DeviceAllocationAccounts(
                        h.globalConfig(),
                        DeviceResourceAccounts.derive(h.programId, device, accounts - 1))),
                f())));
  }

  /// Drain, DeleteDevice (legacy), CloseAccountDevice with the pools and their owners.
  static void close(PublicKey device, List<PublicKey> pools) {
    h.ok(
        h.foundation,
        dev.updateStatus(device, world.contributor(), world.location(), DeviceStatus.DRAINED, f()));
    h.ok(
        h.foundation,
        new DeleteDevice(0)
            .toInstruction(
                h.programId,
                new DeleteDevice.Accounts(
                    device, world.contributor(), h.globalState(), Optional.empty(), f())));
    List<PublicKey> owners = pools.stream().map(p -> pool(p).orElseThrow().owner()).toList();
    Device d = h.account(device, Device.class);
    h.ok(
        h.foundation,
        new CloseAccountDevice(pools.size())
            .toInstruction(
                h.programId,
                new CloseAccountDevice.Accounts(
                    device,
                    d.owner(),
                    d.contributorPk(),
                    d.locationPk(),
                    d.exchangePk(),
                    h.globalState(),
                    h.globalConfig(),
                    new ResourceRefundAccounts(pools, owners),
                    f())));
    assertThat(h.data(device)).isEmpty();
  }

  @Test
  void testDeviceCreateUpdateCloseManagesResources() {
    PublicKey device = device();
    assertThat(pool(tunnelIds(device))).isEmpty();
    assertThat(pool(block(device, 0))).isEmpty();
    h.ok(h.foundation, dev.activate(device, 1, f()));
    assertThat(pool(tunnelIds(device))).isPresent();
    assertThat(pool(block(device, 0))).isPresent();
    assertThat(pool(block(device, 1))).isEmpty();
    setPrefixes(device, 3, "110.1.0.0/24", "110.2.0.0/24");
    assertThat(allocatedIps(block(device, 1))).containsExactly("110.2.0.0");
    close(device, List.of(tunnelIds(device), block(device, 0), block(device, 1)));
    assertThat(pool(tunnelIds(device))).isEmpty();
    assertThat(pool(block(device, 0))).isEmpty();
    assertThat(pool(block(device, 1))).isEmpty();
  }

  @Test
  void testDeviceUpdateDzPrefixesShrinkClosesOrphanedBlocks() {
    PublicKey device = activated();
    assertThat(pool(block(device, 1))).isEmpty();
    setPrefixes(device, 3, "110.1.0.0/24", "110.2.0.0/24");
    assertThat(pool(block(device, 1))).isPresent();
    setPrefixes(device, 3, "110.1.0.0/24");
    assertThat(pool(block(device, 0))).isPresent();
    assertThat(pool(block(device, 1))).isEmpty();
    close(device, List.of(tunnelIds(device), block(device, 0)));
    assertThat(pool(tunnelIds(device))).isEmpty();
    assertThat(pool(block(device, 0))).isEmpty();
  }

  static Optional<InterfaceAllocationAccounts> globalPools() {
    return Optional.of(
        new InterfaceAllocationAccounts(
            ServiceabilityPdas.deviceTunnelBlock(h.programId).address(),
            ServiceabilityPdas.segmentRoutingIds(h.programId).address()));
  }

  static ResourceExtension global(boolean segments) {
    return pool(segments
            ? ServiceabilityPdas.segmentRoutingIds(h.programId).address()
            : ServiceabilityPdas.deviceTunnelBlock(h.programId).address())
        .orElseThrow();
  }

  static List<Ipv4Address> tunnelBlockIps() {
    ResourceExtension p = global(false);
    return p.allocatedIndices().stream().map(p::addressAt).toList();
  }

  static List<Integer> segmentIds() {
    ResourceExtension p = global(true);
    return p.allocatedIndices().stream().map(p::idAt).toList();
  }

  static InterfaceV2 loopback(PublicKey device, String name, LoopbackType type) {
    h.ok(
        h.foundation,
        new CreateDeviceInterface(
                name,
                type,
                0,
                Optional.empty(),
                false,
                InterfaceCyoa.NONE,
                InterfaceDia.NONE,
                0,
                0,
                1500,
                RoutingMode.STATIC,
                false)
            .toInstruction(
                h.programId,
                new DeviceContributorInterfaceAccounts(
                    device, world.contributor(), h.globalState(), Optional.empty(), f())));
    InterfaceV2 created = iface(device, name);
    assertThat(created.status()).isEqualTo(InterfaceStatus.PENDING);
    assertThat(created.ipNet()).isEqualTo(NetworkV4.DEFAULT);
    h.ok(
        h.foundation,
        new ActivateDeviceInterface(name, NetworkV4.DEFAULT, 0)
            .toInstruction(
                h.programId,
                new DeviceInterfaceAccounts(device, h.globalState(), globalPools(), f())));
    return iface(device, name);
  }

  static InterfaceV2 iface(PublicKey device, String name) {
    return h.account(device, Device.class).findInterface(name).orElseThrow().toCurrentVersion();
  }

  @Test
  void testLoopbackInterfaceOnchainAllocationVpnv4AndIpv4() {
    PublicKey device = activated();
    int ips = global(false).allocatedCount();
    int sids = global(true).allocatedCount();
    InterfaceV2 vpn = loopback(device, "Loopback0", LoopbackType.VPNV4);
    assertThat(vpn.status()).isEqualTo(InterfaceStatus.ACTIVATED);
    assertThat(vpn.ipNet().prefix()).isEqualTo(32);
    assertThat(tunnelBlockIps()).contains(vpn.ipNet().ip());
    assertThat(vpn.nodeSegmentIdx()).isNotZero();
    assertThat(segmentIds()).contains(vpn.nodeSegmentIdx());
    assertThat(global(false).allocatedCount()).isEqualTo(ips + 1);
    assertThat(global(true).allocatedCount()).isEqualTo(sids + 1);

    InterfaceV2 v4 = loopback(device, "Loopback1", LoopbackType.IPV4);
    assertThat(v4.ipNet()).isNotEqualTo(NetworkV4.DEFAULT);
    assertThat(v4.nodeSegmentIdx()).isZero();
    assertThat(global(false).allocatedCount()).isEqualTo(ips + 2);
    assertThat(global(true).allocatedCount()).isEqualTo(sids + 1);
  }

  @Test
  void testLoopbackInterfaceOnchainDeallocation() {
    PublicKey device = activated();
    InterfaceV2 vpn = loopback(device, "Loopback0", LoopbackType.VPNV4);
    int ips = global(false).allocatedCount();
    int sids = global(true).allocatedCount();
    h.ok(
        h.foundation,
        new DeleteDeviceInterface("Loopback0", false)
            .toInstruction(
                h.programId,
                new DeviceContributorInterfaceAccounts(
                    device, world.contributor(), h.globalState(), Optional.empty(), f())));
    assertThat(iface(device, "Loopback0").status()).isEqualTo(InterfaceStatus.DELETING);
    h.ok(
        h.foundation,
        new RemoveDeviceInterface("Loopback0")
            .toInstruction(
                h.programId,
                new DeviceInterfaceAccounts(device, h.globalState(), globalPools(), f())));
    assertThat(h.account(device, Device.class).findInterface("Loopback0")).isEmpty();
    assertThat(global(false).allocatedCount()).isEqualTo(ips - 1);
    assertThat(global(true).allocatedCount()).isEqualTo(sids - 1);
    assertThat(tunnelBlockIps()).doesNotContain(vpn.ipNet().ip());
    assertThat(segmentIds()).doesNotContain(vpn.nodeSegmentIdx());
  }

  static void onChainAllocation(boolean on) {
    FeatureFlags flags = on ? FeatureFlags.of(FeatureFlag.ON_CHAIN_ALLOCATION) : FeatureFlags.NONE;
    h.ok(
        h.foundation,
        new SetFeatureFlags(flags.bits())
            .toInstruction(h.programId, new GlobalStateAccounts(h.globalState(), f())));
  }

  /// The user side with the on-chain allocation flag set: ActivateUser with the ResourceExtension
  /// accounts takes a /31 from UserTunnelBlock, a tunnel id from the device's TunnelIds and the
  /// dz_ip from its DzPrefixBlock (after the reserved first IP); CloseAccountUser with the same
  /// accounts returns all three.
  @Test
  void testUserActivateAndCloseAllocateAndReleaseInTheBitmaps() {
    PublicKey device = activated();
    NetworkFixture net = new NetworkFixture(h);
    h.ok(h.foundation, net.maxUsers(device, world.contributor(), world.location(), 128));
    PublicKey userBlock = ServiceabilityPdas.userTunnelBlock(h.programId).address();
    List<Integer> userBlockBefore = pool(userBlock).orElseThrow().allocatedIndices();
    Ipv4Address ip = Ipv4Address.parse("8.8.4.4");
    onChainAllocation(true);
    try {
      h.ok(h.foundation, net.accessPass(ip, f()));
      PublicKey pass = net.accessPassPda(ip, f());
      PublicKey user =
          ServiceabilityPdas.userV2(h.programId, ip, UserType.IBRL_WITH_ALLOCATED_IP).address();
      h.ok(
          h.foundation,
          new CreateUser(
                  UserType.IBRL_WITH_ALLOCATED_IP,
                  UserCyoa.GRE_OVER_DIA,
                  ip,
                  Ipv4Address.UNSPECIFIED,
                  0)
              .toInstruction(
                  h.programId,
                  new CreateUser.Accounts(
                      user,
                      device,
                      pass,
                      h.globalState(),
                      Optional.empty(),
                      Optional.empty(),
                      f())));
      Optional<UserResourceAccounts> pools =
          Optional.of(UserResourceAccounts.derive(h.programId, device, 1, true));
      h.ok(
          h.foundation,
          new ActivateUser(
                  0, NetworkV4.DEFAULT, Ipv4Address.UNSPECIFIED, 1, Ipv4Address.UNSPECIFIED)
              .toInstruction(
                  h.programId, new ActivateUser.Accounts(user, pass, h.globalState(), pools, f())));
      User u = h.account(user, User.class);
      assertThat(u.status()).isEqualTo(UserStatus.ACTIVATED);
      ResourceExtension block = pool(userBlock).orElseThrow();
      List<Ipv4Address> taken =
          block.allocatedIndices().stream()
              .filter(i -> !userBlockBefore.contains(i))
              .map(block::addressAt)
              .toList();
      assertThat(taken)
          .containsExactly(u.tunnelNet().ip(), new Ipv4Address(u.tunnelNet().ip().value() + 1));
      ResourceExtension ids = pool(tunnelIds(device)).orElseThrow();
      assertThat(ids.allocatedIndices().stream().map(ids::idAt).toList())
          .containsExactly(u.tunnelId());
      assertThat(allocatedIps(block(device, 0))).containsExactly("110.1.0.0", u.dzIp().toString());
      assertThat(u.dzIp()).isEqualTo(Ipv4Address.parse("110.1.0.1"));

      h.ok(
          h.foundation,
          new DeleteUser(0, 0)
              .toInstruction(
                  h.programId,
                  new DeleteUser.Accounts(user, pass, h.globalState(), Optional.empty(), f())));
      h.ok(
          h.foundation,
          new CloseAccountUser(1, 1)
              .toInstruction(
                  h.programId,
                  new CloseAccountUser.Accounts(
                      user, u.owner(), device, h.globalState(), pools, Optional.empty(), f())));
      assertThat(h.data(user)).isEmpty();
      assertThat(pool(userBlock).orElseThrow().allocatedIndices()).isEqualTo(userBlockBefore);
      assertThat(pool(tunnelIds(device)).orElseThrow().allocatedCount()).isZero();
      assertThat(allocatedIps(block(device, 0))).containsExactly("110.1.0.0");
    } finally {
      onChainAllocation(false);
    }
  }
}
