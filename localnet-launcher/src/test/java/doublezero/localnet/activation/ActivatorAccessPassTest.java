package doublezero.localnet.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import doublezero.activator.Activator;
import doublezero.activator.ActivatorConfig;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.instruction.SetAccessPass;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassStatus;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.serviceability.state.DeviceStatus;
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

/// Access-pass handling on a real localnet with half-second epochs (reference
/// `process/accesspass.rs`, `activator-controller-agent.md` §A.7.6; the program side is
/// `PROC/user/check_access_pass.rs`: the user becomes OutOfCredits when its pass's
/// `last_access_epoch` is behind the epoch, Activated otherwise). When the epoch passes a pass's
/// `last_access_epoch`, the next snapshot delivers the pass and the activator sends
/// CheckUserAccessPass for the Activated user at that client IP, which the program moves to
/// OutOfCredits; a user at another client IP with a valid pass is untouched. Raising
/// `last_access_epoch` with SetAccessPass makes the activator check the OutOfCredits user again,
/// and the program reactivates it.
@NeedsLedgerInternals(
    "clock control: a ledger started with half-second epochs, so that a pass's last_access_epoch"
        + " falls behind")
class ActivatorAccessPassTest {
  static final long SLOTS_PER_EPOCH = 25;
  @TempDir Path dir;

  @Test
  void suspendsAUserWhosePassFellBehindAndReactivatesItWhenThePassIsRaised() throws Exception {
    try (E2eNetwork n = E2eNetwork.start(dir, c -> c.withSlotsPerEpoch(SLOTS_PER_EPOCH));
        Activator a =
            Activator.start(
                ActivatorConfig.of(n.h.rpcUrl(), n.h.wsUrl(), n.h.programId, n.h.foundation)
                    .withSnapshotInterval(Duration.ofMillis(500)))) {
      PublicKey d = n.device("la2-dz01", "207.45.216.134", "100.0.0.0/29", 128);
      E2eTeardown.awaitDevice(n, d, DeviceStatus.ACTIVATED);
      Keypair owner = n.h.funded();
      Ipv4Address shortIp = Ipv4Address.parse("9.128.0.10");
      Ipv4Address longIp = Ipv4Address.parse("9.128.0.11");
      n.h.ok(n.h.foundation, n.f.accessPass(shortIp, owner.publicKey()));
      n.h.ok(n.h.foundation, n.f.accessPass(longIp, owner.publicKey()));
      PublicKey shortUser = n.userPda(shortIp, UserType.IBRL);
      PublicKey longUser = n.userPda(longIp, UserType.IBRL);
      n.h.ok(owner, n.createUser(owner, d, UserType.IBRL, shortIp));
      n.h.ok(owner, n.createUser(owner, d, UserType.IBRL, longIp));
      ActivationFlowTest.awaitUser(n, shortUser, UserStatus.ACTIVATED);
      ActivationFlowTest.awaitUser(n, longUser, UserStatus.ACTIVATED);

      // shorten one pass to end with the next epoch: the pass event itself changes nothing (not
      // behind yet)
      long lastEpoch = epoch(n) + 1;
      n.h.ok(n.h.foundation, setPass(n, shortIp, owner.publicKey(), lastEpoch));
      await()
          .atMost(Duration.ofSeconds(15))
          .until(() -> status(n, shortUser) == UserStatus.OUT_OF_CREDITS);
      assertThat(epoch(n)).isGreaterThan(lastEpoch);
      PublicKey pass = n.f.accessPassPda(shortIp, owner.publicKey());
      assertThat(n.h.account(pass, AccessPass.class).status()).isEqualTo(AccessPassStatus.EXPIRED);
      User suspended = n.h.account(shortUser, User.class);
      assertThat(suspended.tunnelId()).isEqualTo(500);
      assertThat(suspended.dzIp()).isEqualTo(shortIp);
      assertThat(a.awaitIdle(Duration.ofSeconds(10))).isTrue();
      assertThat(status(n, longUser)).isEqualTo(UserStatus.ACTIVATED);

      // an OutOfCredits user keeps its resources: a new user on the device does not get its tunnel
      // id
      Ipv4Address thirdIp = Ipv4Address.parse("9.128.0.12");
      n.h.ok(n.h.foundation, n.f.accessPass(thirdIp, owner.publicKey()));
      n.h.ok(owner, n.createUser(owner, d, UserType.IBRL, thirdIp));
      User third =
          ActivationFlowTest.awaitUser(n, n.userPda(thirdIp, UserType.IBRL), UserStatus.ACTIVATED);
      assertThat(third.tunnelId()).isEqualTo(502);

      n.h.ok(n.h.foundation, setPass(n, shortIp, owner.publicKey(), epoch(n) + 1_000));
      ActivationFlowTest.awaitUser(n, shortUser, UserStatus.ACTIVATED);
      User back = n.h.account(shortUser, User.class);
      assertThat(back.tunnelId()).isEqualTo(suspended.tunnelId());
      assertThat(back.tunnelNet()).isEqualTo(suspended.tunnelNet());
      assertThat(n.h.account(pass, AccessPass.class).status())
          .isNotEqualTo(AccessPassStatus.EXPIRED);
      assertThat(status(n, longUser)).isEqualTo(UserStatus.ACTIVATED);
    }
  }

  static long epoch(E2eNetwork n) {
    return n.h.rpc.getEpochInfo().epoch();
  }

  static UserStatus status(E2eNetwork n, PublicKey user) {
    return n.h.account(user, User.class).status();
  }

  /// SetAccessPass (prepaid) for `userPayer` at `clientIp` with `lastAccessEpoch`, by the
  /// foundation.
  static doublezero.sdk.solana.tx.Instruction setPass(
      E2eNetwork n, Ipv4Address clientIp, PublicKey userPayer, long lastAccessEpoch) {
    return new SetAccessPass(new AccessPassType.Prepaid(), clientIp, lastAccessEpoch, false)
        .toInstruction(
            n.h.programId,
            new SetAccessPass.Accounts(
                n.f.accessPassPda(clientIp, userPayer),
                n.h.globalState(),
                userPayer,
                Optional.empty(),
                n.h.foundation.publicKey()));
  }
}
