package doublezero.localnet.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import doublezero.activator.Activator;
import doublezero.activator.ActivatorConfig;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.DeleteLink;
import doublezero.sdk.serviceability.instruction.DeleteUser;
import doublezero.sdk.serviceability.instruction.RequestBanUser;
import doublezero.sdk.serviceability.instruction.UpdateLink;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.serviceability.state.InterfaceStatus;
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

/// The activator against a real localnet bootstrapped like the reference e2e (§E.3): devices with
/// interfaces, a link, a multicast group and users of every type reach Activated with the e2e's
/// expected resources (first user 169.254.0.0/31 on Tunnel500, first group 233.84.178.0, first
/// publisher 148.51.120.1, device dz_ip = prefix + 1); deleting a user or a link closes its account
/// and returns the rent to the owner; PendingBan becomes Banned.
@NeedsLedgerInternals(
    "a fresh ledger: expects the first resource of each e2e block (first user 169.254.0.0/31, first"
        + " group 233.84.178.0, first publisher 148.51.120.1)")
class ActivationFlowTest {
  @TempDir Path dir;

  @Test
  void activatesEverythingAndClosesWhatIsDeleted() throws Exception {
    try (E2eNetwork n = E2eNetwork.start(dir);
        Activator a =
            Activator.start(
                ActivatorConfig.of(n.h.rpcUrl(), n.h.wsUrl(), n.h.programId, n.h.foundation))) {
      PublicKey la = n.device("la2-dz01", "207.45.216.134", "100.0.0.0/29", 128);
      PublicKey ny = n.device("ny5-dz01", "64.86.249.80", "100.0.1.0/29", 128);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  status(n, la) == DeviceStatus.ACTIVATED
                      && status(n, ny) == DeviceStatus.ACTIVATED);
      for (PublicKey d : new PublicKey[] {la, ny}) {
        n.iface(d, "Ethernet2", LoopbackType.NONE);
        n.iface(d, "Loopback255", LoopbackType.VPNV4);
        n.iface(d, "Loopback256", LoopbackType.IPV4);
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> allSettled(n, la) && allSettled(n, ny));
      Interface vpn = n.h.account(la, Device.class).findInterface("Loopback255").orElseThrow();
      assertThat(vpn.status()).isEqualTo(InterfaceStatus.ACTIVATED);
      assertThat(vpn.ipNet().prefix()).isEqualTo(32);
      assertThat(NetworkV4.parse("172.16.0.0/16").contains(vpn.ipNet().ip())).isTrue();
      assertThat(vpn.nodeSegmentIdx()).isPositive();
      assertThat(
              n.h
                  .account(la, Device.class)
                  .findInterface("Loopback256")
                  .orElseThrow()
                  .nodeSegmentIdx())
          .isZero();
      assertThat(n.h.account(la, Device.class).findInterface("Ethernet2").orElseThrow().status())
          .isEqualTo(InterfaceStatus.UNLINKED);

      PublicKey link = n.link("la2-dz01:ny5-dz01", la, ny);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> n.h.account(link, Link.class).status() == LinkStatus.ACTIVATED);
      Link l = n.h.account(link, Link.class);
      assertThat(l.tunnelNet().prefix()).isEqualTo(31);
      assertThat(l.tunnelId()).isZero();

      PublicKey group = n.group("mg01");
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  n.h.account(group, MulticastGroup.class).status()
                      == MulticastGroupStatus.ACTIVATED);
      assertThat(n.h.account(group, MulticastGroup.class).multicastIp())
          .isEqualTo(Ipv4Address.parse("233.84.178.0"));

      Keypair owner = n.h.funded();
      Ipv4Address ibrlIp = Ipv4Address.parse("9.128.0.10");
      Ipv4Address allocIp = Ipv4Address.parse("9.128.0.11");
      Ipv4Address pubIp = Ipv4Address.parse("9.128.0.12");
      Ipv4Address subIp = Ipv4Address.parse("9.128.0.13");
      for (Ipv4Address ip : new Ipv4Address[] {ibrlIp, allocIp, pubIp, subIp}) {
        n.h.ok(n.h.foundation, n.f.accessPass(ip, owner.publicKey()));
      }
      PublicKey ibrl = n.userPda(ibrlIp, UserType.IBRL);
      n.h.ok(owner, n.createUser(owner, la, UserType.IBRL, ibrlIp));
      User u = awaitUser(n, ibrl, UserStatus.ACTIVATED);
      assertThat(u.tunnelNet()).isEqualTo(NetworkV4.parse("169.254.0.0/31"));
      assertThat(u.tunnelId()).isEqualTo(500);
      assertThat(u.dzIp()).isEqualTo(ibrlIp);
      assertThat(u.tunnelEndpoint()).isEqualTo(Ipv4Address.parse("207.45.216.134"));

      PublicKey alloc = n.userPda(allocIp, UserType.IBRL_WITH_ALLOCATED_IP);
      n.h.ok(owner, n.createUser(owner, la, UserType.IBRL_WITH_ALLOCATED_IP, allocIp));
      u = awaitUser(n, alloc, UserStatus.ACTIVATED);
      assertThat(u.tunnelNet()).isEqualTo(NetworkV4.parse("169.254.0.2/31"));
      assertThat(u.tunnelId()).isEqualTo(501);
      assertThat(u.dzIp()).isEqualTo(Ipv4Address.parse("100.0.0.1"));

      PublicKey pub = n.multicastUser(owner, ny, group, pubIp, true);
      u = awaitUser(n, pub, UserStatus.ACTIVATED);
      assertThat(u.dzIp()).isEqualTo(Ipv4Address.parse("148.51.120.1"));
      assertThat(u.tunnelId()).isEqualTo(500);
      PublicKey sub = n.multicastUser(owner, ny, group, subIp, false);
      u = awaitUser(n, sub, UserStatus.ACTIVATED);
      assertThat(u.dzIp()).isEqualTo(subIp);
      assertThat(u.tunnelId()).isEqualTo(501);

      long before = n.h.lamports(owner.publicKey());
      long rent = n.h.lamports(ibrl);
      n.h.ok(
          owner,
          new DeleteUser(0, 0)
              .toInstruction(
                  n.h.programId,
                  new DeleteUser.Accounts(
                      ibrl,
                      n.f.accessPassPda(ibrlIp, owner.publicKey()),
                      n.h.globalState(),
                      Optional.empty(),
                      owner.publicKey())));
      await().atMost(Duration.ofSeconds(10)).until(() -> n.h.data(ibrl).isEmpty());
      assertThat(n.h.lamports(owner.publicKey())).isGreaterThanOrEqualTo(before + rent - 10_000);

      n.h.ok(
          n.h.foundation,
          new RequestBanUser(0, 0)
              .toInstruction(
                  n.h.programId,
                  new RequestBanUser.Accounts(
                      alloc, n.h.globalState(), Optional.empty(), n.h.foundation.publicKey())));
      awaitUser(n, alloc, UserStatus.BANNED);

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
      long linkRent = n.h.lamports(link);
      long ownerBefore = n.h.lamports(n.h.foundation.publicKey());
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
      await().atMost(Duration.ofSeconds(10)).until(() -> n.h.data(link).isEmpty());
      assertThat(n.h.lamports(n.h.foundation.publicKey()))
          .isGreaterThan(ownerBefore + linkRent - 100_000);

      // the freed user resources are handed out again: a new user gets Tunnel500 and the first /31
      // back
      Ipv4Address again = Ipv4Address.parse("9.128.0.14");
      n.h.ok(n.h.foundation, n.f.accessPass(again, owner.publicKey()));
      PublicKey next = n.userPda(again, UserType.IBRL);
      n.h.ok(owner, n.createUser(owner, la, UserType.IBRL, again));
      u = awaitUser(n, next, UserStatus.ACTIVATED);
      assertThat(u.tunnelId()).isEqualTo(500);
      assertThat(u.tunnelNet()).isEqualTo(NetworkV4.parse("169.254.0.0/31"));
      assertThat(a.awaitIdle(Duration.ofSeconds(10))).isTrue();
      assertThat(a.eventsHandled()).isPositive();
    }
  }

  static DeviceStatus status(E2eNetwork n, PublicKey device) {
    return n.h.account(device, Device.class).status();
  }

  static boolean allSettled(E2eNetwork n, PublicKey device) {
    return n.h.account(device, Device.class).interfaces().stream()
        .allMatch(
            i -> i.status() == InterfaceStatus.ACTIVATED || i.status() == InterfaceStatus.UNLINKED);
  }

  static User awaitUser(E2eNetwork n, PublicKey user, UserStatus status) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> n.h.data(user).map(d -> User.decode(d).status() == status).orElse(false));
    return n.h.account(user, User.class);
  }
}
