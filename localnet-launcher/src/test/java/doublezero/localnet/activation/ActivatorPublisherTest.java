package doublezero.localnet.activation;

import static doublezero.localnet.activation.E2eTeardown.awaitClosed;
import static doublezero.localnet.activation.E2eTeardown.awaitDevice;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.activator.Activator;
import doublezero.activator.ActivatorConfig;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.GlobalStateAccounts;
import doublezero.sdk.serviceability.instruction.SetFeatureFlags;
import doublezero.sdk.serviceability.instruction.SubscribeMulticastGroup;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.FeatureFlags;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A multicast publisher's whole life with the activator, in both allocation modes (reference
/// `process/user.rs`, `activator-controller-agent.md` §A.7.4, §A.8): activated with a dz_ip from
/// the publisher block (148.51.120.1 first off-chain; the program's bitmap starts at the network
/// address), unsubscribed (the program moves it to Updating and the activator re-activates it,
/// keeping its tunnel and dz_ip), deleted and closed; its publisher dz_ip is then free again and
/// the next publisher gets it back (on-chain: the MulticastPublisherBlock bit is cleared by
/// CloseAccountUser with multicast_publisher_count 1, as the reference SDK's closeaccount.rs
/// decides it).
@NeedsLedgerInternals(
    "a fresh ledger: expects the freed publisher dz_ip handed out again to the next publisher"
        + " (onchainPublisherIpGoesBackToTheBlock also sets the OnChainAllocation feature flag)")
class ActivatorPublisherTest {
  static final NetworkV4 PUBLISHER_BLOCK = NetworkV4.parse("148.51.120.0/21");
  static final Ipv4Address FIRST_PUBLISHER_IP = Ipv4Address.parse("148.51.120.1");
  @TempDir Path dir;

  @Test
  void offchainPublisherIpIsReusedAfterClose() throws Exception {
    try (E2eNetwork n = E2eNetwork.start(dir)) {
      lifecycle(n, false);
    }
  }

  @Test
  void onchainPublisherIpGoesBackToTheBlock() throws Exception {
    try (E2eNetwork n = E2eNetwork.start(dir)) {
      n.h.ok(
          n.h.foundation,
          new SetFeatureFlags(FeatureFlags.of(FeatureFlag.ON_CHAIN_ALLOCATION).bits())
              .toInstruction(
                  n.h.programId,
                  new GlobalStateAccounts(n.h.globalState(), n.h.foundation.publicKey())));
      lifecycle(n, true);
    }
  }

  static void lifecycle(E2eNetwork n, boolean onchain) throws Exception {
    try (Activator a =
        Activator.start(
            ActivatorConfig.of(n.h.rpcUrl(), n.h.wsUrl(), n.h.programId, n.h.foundation))) {
      assertThat(a.onchainAllocation()).isEqualTo(onchain);
      PublicKey d = n.device("ny5-dz01", "64.86.249.80", "100.0.1.0/29", 128);
      awaitDevice(n, d, DeviceStatus.ACTIVATED);
      PublicKey group = n.group("mg01");
      ActivatorClosingTest.awaitGroup(n, group, MulticastGroupStatus.ACTIVATED);
      PublicKey publisherBlock =
          ServiceabilityPdas.multicastPublisherBlock(n.h.programId).address();
      Keypair owner = n.h.funded();
      Ipv4Address clientIp = Ipv4Address.parse("9.128.0.12");
      n.h.ok(n.h.foundation, n.f.accessPass(clientIp, owner.publicKey()));
      PublicKey pub = n.multicastUser(owner, d, group, clientIp, true);
      User u = ActivationFlowTest.awaitUser(n, pub, UserStatus.ACTIVATED);
      // the activator's pool skips the block's network address; the program's bitmap starts at it
      assertThat(u.dzIp()).isEqualTo(onchain ? PUBLISHER_BLOCK.network() : FIRST_PUBLISHER_IP);
      assertThat(u.tunnelId()).isEqualTo(500);
      assertThat(publisherBits(n, publisherBlock)).isEqualTo(onchain ? 1 : 0);

      // leaving the group: Updating, then Activated again by the activator with the same tunnel and
      // dz_ip
      n.h.ok(
          owner,
          new SubscribeMulticastGroup(clientIp, false, false, false)
              .toInstruction(
                  n.h.programId,
                  new SubscribeMulticastGroup.Accounts(
                      group,
                      n.f.accessPassPda(clientIp, owner.publicKey()),
                      pub,
                      Optional.empty(),
                      owner.publicKey())));
      ActivationFlowTest.awaitUser(n, pub, UserStatus.ACTIVATED);
      User left = n.h.account(pub, User.class);
      assertThat(left.publishers()).isEmpty();
      assertThat(left.dzIp()).isEqualTo(u.dzIp());
      assertThat(left.tunnelId()).isEqualTo(u.tunnelId());
      assertThat(left.tunnelNet()).isEqualTo(u.tunnelNet());

      E2eTeardown.deleteUser(n, owner, pub, clientIp);
      awaitClosed(n, pub);
      assertThat(publisherBits(n, publisherBlock)).isZero();

      Ipv4Address nextIp = Ipv4Address.parse("9.128.0.13");
      n.h.ok(n.h.foundation, n.f.accessPass(nextIp, owner.publicKey()));
      PublicKey next = n.multicastUser(owner, d, group, nextIp, true);
      User v = ActivationFlowTest.awaitUser(n, next, UserStatus.ACTIVATED);
      assertThat(v.dzIp()).isEqualTo(u.dzIp());
      assertThat(v.tunnelId()).isEqualTo(500);
      assertThat(v.tunnelNet()).isEqualTo(u.tunnelNet());
    }
  }

  static int publisherBits(E2eNetwork n, PublicKey block) {
    return n.h.account(block, ResourceExtension.class).allocatedCount();
  }
}
