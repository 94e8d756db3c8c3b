package doublezero.localnet.activation;

import static doublezero.localnet.activation.E2eTeardown.awaitClosed;
import static doublezero.localnet.activation.E2eTeardown.awaitDevice;
import static doublezero.localnet.activation.E2eTeardown.awaitRemoved;
import static doublezero.localnet.activation.E2eTeardown.awaitSettled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import doublezero.activator.Activator;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.instruction.DeleteLink;
import doublezero.sdk.serviceability.instruction.UpdateLink;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
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

/// Deletions made while the activator is down (reference: the start-up snapshot delivers every
/// account, §A.3, §A.5): a fresh activator finds the Deleting interface, user, link and group in
/// its first snapshot, closes them, and hands out exactly what they held (loopback /32 and segment
/// id, the user's /31, tunnel id and dz_ip, the link's /31 and id, the group's address) to the next
/// interface, user, link and group.
@NeedsLedgerInternals(
    "a fresh ledger: expects the next allocations to be exactly the resources the closed accounts"
        + " held, which another client of the ledger could take")
class ActivatorRestartClosingTest {
  @TempDir Path dir;

  @Test
  void closesWhatWasDeletedWhileDownAndReusesItsResources() throws Exception {
    try (E2eNetwork n = E2eNetwork.start(dir)) {
      PublicKey la;
      PublicKey ny;
      Interface lo;
      Link l;
      MulticastGroup g;
      User u;
      PublicKey link;
      PublicKey group;
      PublicKey user;
      Keypair owner = n.h.funded();
      Ipv4Address clientIp = Ipv4Address.parse("9.128.0.10");
      try (Activator a = ActivatorClosingTest.activator(n)) {
        la = n.device("la2-dz01", "207.45.216.134", "100.0.0.0/29", 128);
        ny = n.device("ny5-dz01", "64.86.249.80", "100.0.1.0/29", 128);
        awaitDevice(n, la, DeviceStatus.ACTIVATED);
        awaitDevice(n, ny, DeviceStatus.ACTIVATED);
        n.iface(la, "Ethernet2", LoopbackType.NONE);
        n.iface(ny, "Ethernet2", LoopbackType.NONE);
        n.iface(la, "Loopback255", LoopbackType.VPNV4);
        awaitSettled(n, la, "Ethernet2");
        awaitSettled(n, ny, "Ethernet2");
        lo = awaitSettled(n, la, "Loopback255");
        link = n.link("la2-dz01:ny5-dz01", la, ny);
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> n.h.account(link, Link.class).status() == LinkStatus.ACTIVATED);
        l = n.h.account(link, Link.class);
        group = n.group("mg01");
        ActivatorClosingTest.awaitGroup(n, group, MulticastGroupStatus.ACTIVATED);
        g = n.h.account(group, MulticastGroup.class);
        n.h.ok(n.h.foundation, n.f.accessPass(clientIp, owner.publicKey()));
        user = n.userPda(clientIp, UserType.IBRL_WITH_ALLOCATED_IP);
        n.h.ok(owner, n.createUser(owner, la, UserType.IBRL_WITH_ALLOCATED_IP, clientIp));
        u = ActivationFlowTest.awaitUser(n, user, UserStatus.ACTIVATED);
        assertThat(a.awaitIdle(Duration.ofSeconds(10))).isTrue();
      }

      E2eTeardown.deleteUser(n, owner, user, clientIp);
      E2eTeardown.deleteInterface(n, la, "Loopback255");
      E2eTeardown.deleteGroup(n, group);
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

      try (Activator a = ActivatorClosingTest.activator(n)) {
        awaitClosed(n, user);
        awaitClosed(n, group);
        awaitClosed(n, link);
        awaitRemoved(n, la, "Loopback255");

        n.iface(la, "Loopback256", LoopbackType.VPNV4);
        Interface lo2 = awaitSettled(n, la, "Loopback256");
        assertThat(lo2.ipNet()).isEqualTo(lo.ipNet());
        assertThat(lo2.nodeSegmentIdx()).isEqualTo(lo.nodeSegmentIdx());

        PublicKey group2 = n.group("mg02");
        ActivatorClosingTest.awaitGroup(n, group2, MulticastGroupStatus.ACTIVATED);
        assertThat(n.h.account(group2, MulticastGroup.class).multicastIp())
            .isEqualTo(g.multicastIp());

        awaitSettled(n, la, "Ethernet2");
        awaitSettled(n, ny, "Ethernet2");
        PublicKey link2 = n.link("la2-dz01:ny5-dz01:2", la, ny);
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> n.h.account(link2, Link.class).status() == LinkStatus.ACTIVATED);
        Link l2 = n.h.account(link2, Link.class);
        assertThat(l2.tunnelNet()).isEqualTo(l.tunnelNet());
        assertThat(l2.tunnelId()).isEqualTo(l.tunnelId());

        Ipv4Address nextIp = Ipv4Address.parse("9.128.0.11");
        n.h.ok(n.h.foundation, n.f.accessPass(nextIp, owner.publicKey()));
        n.h.ok(owner, n.createUser(owner, la, UserType.IBRL_WITH_ALLOCATED_IP, nextIp));
        User u2 =
            ActivationFlowTest.awaitUser(
                n, n.userPda(nextIp, UserType.IBRL_WITH_ALLOCATED_IP), UserStatus.ACTIVATED);
        assertThat(u2.tunnelNet()).isEqualTo(u.tunnelNet());
        assertThat(u2.tunnelId()).isEqualTo(u.tunnelId());
        assertThat(u2.dzIp()).isEqualTo(u.dzIp());
        assertThat(a.awaitIdle(Duration.ofSeconds(10))).isTrue();
      }
    }
  }
}
