package doublezero.localnet.activation;

import static doublezero.localnet.activation.E2eTeardown.awaitClosed;
import static doublezero.localnet.activation.E2eTeardown.awaitDevice;
import static doublezero.localnet.activation.E2eTeardown.awaitRemoved;
import static doublezero.localnet.activation.E2eTeardown.awaitSettled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import doublezero.activator.Activator;
import doublezero.activator.ActivatorConfig;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.DeleteLink;
import doublezero.sdk.serviceability.instruction.GlobalStateAccounts;
import doublezero.sdk.serviceability.instruction.SetFeatureFlags;
import doublezero.sdk.serviceability.instruction.UpdateLink;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Allocator;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.FeatureFlags;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The activator in on-chain allocation mode (GlobalState feature flag `onchain-allocation` set
/// before it starts; reference `ProcessorStateless`, `activator-controller-agent.md` §A.4, §A.8) on
/// a real localnet: it passes zeros plus the ResourceExtension accounts (created by SetGlobalConfig
/// and ActivateDevice) and the program allocates. Every value a device's loopbacks, a link, users
/// and a group end up with is marked in the matching on-chain bitmap (the program's own allocation:
/// the off-chain path leaves the bitmaps untouched), and removing an interface and closing a user,
/// a link and a group clear those bits again.
@NeedsLedgerInternals(
    "ledger-wide state: sets the OnChainAllocation feature flag, which every other test on the"
        + " ledger would see")
class ActivatorOnchainAllocationTest {
  static final NetworkV4 DEVICE_TUNNEL_BLOCK = NetworkV4.parse("172.16.0.0/16");
  static final NetworkV4 USER_TUNNEL_BLOCK = NetworkV4.parse("169.254.0.0/16");
  @TempDir Path dir;

  @Test
  void letsTheProgramAllocateAndDeallocate() throws Exception {
    try (E2eNetwork n = E2eNetwork.start(dir)) {
      n.h.ok(
          n.h.foundation,
          new SetFeatureFlags(FeatureFlags.of(FeatureFlag.ON_CHAIN_ALLOCATION).bits())
              .toInstruction(
                  n.h.programId,
                  new GlobalStateAccounts(n.h.globalState(), n.h.foundation.publicKey())));
      PublicKey tunnelBlock = ServiceabilityPdas.deviceTunnelBlock(n.h.programId).address();
      PublicKey srIds = ServiceabilityPdas.segmentRoutingIds(n.h.programId).address();
      PublicKey linkIds = ServiceabilityPdas.linkIds(n.h.programId).address();
      PublicKey userBlock = ServiceabilityPdas.userTunnelBlock(n.h.programId).address();
      PublicKey groupBlock = ServiceabilityPdas.multicastGroupBlock(n.h.programId).address();
      for (PublicKey pool : new PublicKey[] {tunnelBlock, srIds, linkIds, userBlock, groupBlock}) {
        assertThat(pool(n, pool).allocatedCount())
            .as("pool %s from SetGlobalConfig", pool)
            .isZero();
      }
      try (Activator a =
          Activator.start(
              ActivatorConfig.of(n.h.rpcUrl(), n.h.wsUrl(), n.h.programId, n.h.foundation))) {
        assertThat(a.onchainAllocation()).isTrue();
        PublicKey la = n.device("la2-dz01", "207.45.216.134", "100.0.0.0/29", 128);
        PublicKey ny = n.device("ny5-dz01", "64.86.249.80", "100.0.1.0/29", 128);
        awaitDevice(n, la, DeviceStatus.ACTIVATED);
        awaitDevice(n, ny, DeviceStatus.ACTIVATED);
        assertThat(
                pool(n, ServiceabilityPdas.tunnelIds(n.h.programId, la, 0).address())
                    .allocatedCount())
            .isZero();
        for (PublicKey d : new PublicKey[] {la, ny}) {
          n.iface(d, "Ethernet2", LoopbackType.NONE);
          n.iface(d, "Loopback255", LoopbackType.VPNV4);
          n.iface(d, "Loopback256", LoopbackType.IPV4);
        }
        Interface vpn = awaitSettled(n, la, "Loopback255");
        Interface ipv4 = awaitSettled(n, la, "Loopback256");
        for (PublicKey d : new PublicKey[] {la, ny}) {
          awaitSettled(n, d, "Ethernet2");
          awaitSettled(n, d, "Loopback255");
          awaitSettled(n, d, "Loopback256");
        }
        assertThat(vpn.ipNet().prefix()).isEqualTo(32);
        assertThat(holds(pool(n, tunnelBlock), vpn.ipNet().ip())).isTrue();
        assertThat(holds(pool(n, tunnelBlock), ipv4.ipNet().ip())).isTrue();
        assertThat(vpn.nodeSegmentIdx()).isPositive();
        assertThat(holds(pool(n, srIds), vpn.nodeSegmentIdx())).isTrue();
        assertThat(ipv4.nodeSegmentIdx()).isZero();
        assertThat(pool(n, tunnelBlock).allocatedCount()).isEqualTo(4);
        assertThat(pool(n, srIds).allocatedCount()).isEqualTo(2);

        PublicKey link = n.link("la2-dz01:ny5-dz01", la, ny);
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> n.h.account(link, Link.class).status() == LinkStatus.ACTIVATED);
        Link l = n.h.account(link, Link.class);
        assertThat(l.tunnelNet().prefix()).isEqualTo(31);
        assertThat(holds(pool(n, tunnelBlock), l.tunnelNet().ip())).isTrue();
        assertThat(pool(n, tunnelBlock).allocatedCount()).isEqualTo(6);
        assertThat(holds(pool(n, linkIds), l.tunnelId())).isTrue();

        PublicKey group = n.group("mg01");
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    n.h.account(group, MulticastGroup.class).status()
                        == MulticastGroupStatus.ACTIVATED);
        assertThat(
                holds(pool(n, groupBlock), n.h.account(group, MulticastGroup.class).multicastIp()))
            .isTrue();

        Keypair owner = n.h.funded();
        Ipv4Address ibrlIp = Ipv4Address.parse("9.128.0.10");
        Ipv4Address allocIp = Ipv4Address.parse("9.128.0.11");
        n.h.ok(n.h.foundation, n.f.accessPass(ibrlIp, owner.publicKey()));
        n.h.ok(n.h.foundation, n.f.accessPass(allocIp, owner.publicKey()));
        PublicKey ibrl = n.userPda(ibrlIp, UserType.IBRL);
        PublicKey alloc = n.userPda(allocIp, UserType.IBRL_WITH_ALLOCATED_IP);
        n.h.ok(owner, n.createUser(owner, la, UserType.IBRL, ibrlIp));
        n.h.ok(owner, n.createUser(owner, la, UserType.IBRL_WITH_ALLOCATED_IP, allocIp));
        User u = ActivationFlowTest.awaitUser(n, ibrl, UserStatus.ACTIVATED);
        User v = ActivationFlowTest.awaitUser(n, alloc, UserStatus.ACTIVATED);
        PublicKey laTunnelIds = ServiceabilityPdas.tunnelIds(n.h.programId, la, 0).address();
        PublicKey laDzBlock = ServiceabilityPdas.dzPrefixBlock(n.h.programId, la, 0).address();
        assertThat(u.dzIp()).isEqualTo(ibrlIp);
        assertThat(NetworkV4.parse("100.0.0.0/29").contains(v.dzIp())).isTrue();
        assertThat(holds(pool(n, laDzBlock), v.dzIp())).isTrue();
        for (User x : new User[] {u, v}) {
          assertThat(x.tunnelNet().prefix()).isEqualTo(31);
          assertThat(holds(pool(n, userBlock), x.tunnelNet().ip())).isTrue();
          assertThat(holds(pool(n, laTunnelIds), x.tunnelId())).isTrue();
        }
        assertThat(pool(n, userBlock).allocatedCount()).isEqualTo(4);
        assertThat(pool(n, laTunnelIds).allocatedCount()).isEqualTo(2);

        // closing: the user's, the interface's and the link's bits are cleared by the program
        int dzBefore = pool(n, laDzBlock).allocatedCount();
        E2eTeardown.deleteUser(n, owner, alloc, allocIp);
        awaitClosed(n, alloc);
        assertThat(holds(pool(n, userBlock), v.tunnelNet().ip())).isFalse();
        assertThat(holds(pool(n, laTunnelIds), v.tunnelId())).isFalse();
        assertThat(holds(pool(n, laDzBlock), v.dzIp())).isFalse();
        assertThat(pool(n, laDzBlock).allocatedCount()).isEqualTo(dzBefore - 1);
        assertThat(pool(n, userBlock).allocatedCount()).isEqualTo(2);

        E2eTeardown.deleteInterface(n, la, "Loopback256");
        awaitRemoved(n, la, "Loopback256");
        assertThat(holds(pool(n, tunnelBlock), ipv4.ipNet().ip())).isFalse();

        n.h.ok(
            n.h.foundation,
            new UpdateLink(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(LinkStatus.SOFT_DRAINED),
                    Optional.empty(),
                    Optional.empty())
                .toInstruction(
                    n.h.programId,
                    new UpdateLink.Accounts(
                        link,
                        n.contributor,
                        Optional.empty(),
                        n.h.globalState(),
                        n.h.foundation.publicKey())));
        n.h.ok(
            n.h.foundation,
            new DeleteLink(false)
                .toInstruction(
                    n.h.programId,
                    new DeleteLink.Accounts(
                        link,
                        n.contributor,
                        n.h.globalState(),
                        Optional.empty(),
                        n.h.foundation.publicKey())));
        awaitClosed(n, link);
        assertThat(holds(pool(n, tunnelBlock), l.tunnelNet().ip())).isFalse();
        assertThat(holds(pool(n, linkIds), l.tunnelId())).isFalse();
        assertThat(pool(n, tunnelBlock).allocatedCount()).isEqualTo(3);

        Ipv4Address groupIp = n.h.account(group, MulticastGroup.class).multicastIp();
        E2eTeardown.deleteGroup(n, group);
        awaitClosed(n, group);
        assertThat(holds(pool(n, groupBlock), groupIp)).isFalse();
        assertThat(a.awaitIdle(Duration.ofSeconds(10))).isTrue();
      }
    }
  }

  static ResourceExtension pool(E2eNetwork n, PublicKey pool) {
    return n.h.account(pool, ResourceExtension.class);
  }

  /// @return whether the IP pool's bitmap marks `ip`
  static boolean holds(ResourceExtension pool, Ipv4Address ip) {
    Allocator.Ip a = (Allocator.Ip) pool.allocator();
    long index =
        Integer.toUnsignedLong(ip.value()) - Integer.toUnsignedLong(a.baseNet().network().value());
    return index >= 0 && index < a.totalCapacity() && pool.isAllocated((int) index);
  }

  /// @return whether the id pool's bitmap marks `id`
  static boolean holds(ResourceExtension pool, int id) {
    Allocator.Id a = (Allocator.Id) pool.allocator();
    return id >= a.rangeStart() && id < a.rangeEnd() && pool.isAllocated(id - a.rangeStart());
  }
}
