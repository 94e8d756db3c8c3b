package doublezero.localnet.activation;

import static doublezero.localnet.activation.ActivationFlowTest.allSettled;
import static doublezero.localnet.activation.ActivationFlowTest.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import doublezero.activator.Activator;
import doublezero.activator.ActivatorConfig;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.DeleteUser;
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
import doublezero.testkit.external.ExternalLedger;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The in-process activator, as the bootstrap authority, activating what a test creates on whatever
/// ledger [E2eNetwork#start] gives (the in-process one, or an external one: `-Dledger.url=…`, see
/// `solana-test-validator-scripts/run-suite.sh`). Everything is named with a random suffix and
/// placed at random addresses, and the checks hold whatever else the ledger holds (resources inside
/// their blocks, not first values).
@ExternalLedger
class ExternalActivationTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final NetworkV4 DEVICE_TUNNELS = NetworkV4.parse("172.16.0.0/16");
  private static final NetworkV4 USER_TUNNELS = NetworkV4.parse("169.254.0.0/16");
  @TempDir Path dir;

  @NeedsLedgerInternals(
      "an activator without a backlog: on a ledger where earlier tests left Pending accounts (the"
          + " program scenario suites leave hundreds), the activator this test starts works through"
          + " them first and the activation wait expires (seen on the stand-in: 30 s, and the CLI's"
          + " 60 s for -w)")
  @Test
  void activatesDevicesInterfacesLinkGroupAndUsersThenClosesADeletedUser()
      throws InterruptedException {
    try (E2eNetwork n = E2eNetwork.start(dir);
        Activator a =
            Activator.start(
                ActivatorConfig.of(n.h.rpcUrl(), n.h.wsUrl(), n.h.programId, n.h.foundation))) {
      String la = n.unique("la"), ny = n.unique("ny");
      Ipv4Address laIp = E2eNetwork.randomPublicIp();
      PublicKey laDev = n.device(la, laIp.toString(), E2eNetwork.randomDzPrefix(), 16);
      PublicKey nyDev =
          n.device(ny, E2eNetwork.randomPublicIp().toString(), E2eNetwork.randomDzPrefix(), 16);
      await()
          .atMost(WAIT)
          .until(
              () ->
                  status(n, laDev) == DeviceStatus.ACTIVATED
                      && status(n, nyDev) == DeviceStatus.ACTIVATED);
      for (PublicKey d : new PublicKey[] {laDev, nyDev}) {
        n.iface(d, "Ethernet2", LoopbackType.NONE);
        n.iface(d, "Loopback255", LoopbackType.VPNV4);
      }
      await().atMost(WAIT).until(() -> allSettled(n, laDev) && allSettled(n, nyDev));
      Interface vpn = n.h.account(laDev, Device.class).findInterface("Loopback255").orElseThrow();
      assertThat(vpn.status()).isEqualTo(InterfaceStatus.ACTIVATED);
      assertThat(vpn.ipNet().prefix()).isEqualTo(32);
      assertThat(DEVICE_TUNNELS.contains(vpn.ipNet().ip())).isTrue();

      PublicKey link = n.link(la + ":" + ny, laDev, nyDev);
      await()
          .atMost(WAIT)
          .until(() -> n.h.account(link, Link.class).status() == LinkStatus.ACTIVATED);
      Link l = n.h.account(link, Link.class);
      assertThat(l.tunnelNet().prefix()).isEqualTo(31);
      assertThat(DEVICE_TUNNELS.contains(l.tunnelNet().ip())).isTrue();

      PublicKey group = n.group(n.unique("mg"));
      await()
          .atMost(WAIT)
          .until(
              () ->
                  n.h.account(group, MulticastGroup.class).status()
                      == MulticastGroupStatus.ACTIVATED);
      assertThat(
              NetworkV4.parse("233.84.178.0/24")
                  .contains(n.h.account(group, MulticastGroup.class).multicastIp()))
          .isTrue();

      Keypair owner = n.h.funded();
      Ipv4Address clientIp = E2eNetwork.randomPublicIp();
      n.h.ok(n.h.foundation, n.f.accessPass(clientIp, owner.publicKey()));
      PublicKey user = n.userPda(clientIp, UserType.IBRL);
      n.h.ok(owner, n.createUser(owner, laDev, UserType.IBRL, clientIp));
      await()
          .atMost(WAIT)
          .until(
              () ->
                  n.h
                      .data(user)
                      .map(d -> User.decode(d).status() == UserStatus.ACTIVATED)
                      .orElse(false));
      User u = n.h.account(user, User.class);
      assertThat(u.tunnelNet().prefix()).isEqualTo(31);
      assertThat(USER_TUNNELS.contains(u.tunnelNet().ip())).isTrue();
      assertThat(u.tunnelId()).isBetween(500, 500 + 4096);
      assertThat(u.dzIp()).isEqualTo(clientIp);
      assertThat(u.tunnelEndpoint()).isEqualTo(laIp);

      long before = n.h.lamports(owner.publicKey());
      long rent = n.h.lamports(user);
      n.h.ok(
          owner,
          new DeleteUser(0, 0)
              .toInstruction(
                  n.h.programId,
                  new DeleteUser.Accounts(
                      user,
                      n.f.accessPassPda(clientIp, owner.publicKey()),
                      n.h.globalState(),
                      Optional.empty(),
                      owner.publicKey())));
      await().atMost(WAIT).until(() -> n.h.data(user).isEmpty());
      assertThat(n.h.lamports(owner.publicKey())).isGreaterThanOrEqualTo(before + rent - 10_000);
      assertThat(a.awaitIdle(WAIT)).isTrue();
    }
  }
}
