package doublezero.localnet.programs.serviceability.user;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassStatus;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// CreateUser by the access-pass holder, then ActivateUser by the activator: the pair the user
/// benchmark sends.
@NeedsLedgerInternals(
    "seeded accounts: writes fixture accounts straight into the ledger (UserFixtures.device)")
class CreateActivateUserTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static UserFixtures fx;
  static UserIx ix;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    fx = new UserFixtures(h);
    ix = new UserIx(h);
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  @Test
  void createThenActivateEndToEnd() {
    Keypair holder = h.funded();
    Ipv4Address ip = UserFixtures.nextIp();
    PublicKey device = fx.device(UserFixtures.DeviceSpec.activated());
    PublicKey pass = fx.pass(holder.publicKey(), ip, UserFixtures.PassSpec.prepaid());
    PublicKey user = ix.userPda(ip, UserType.IBRL);
    long holderBefore = h.lamports(holder.publicKey());

    h.ok(holder, ix.create(holder.publicKey(), device, ip, UserType.IBRL));
    byte[] created = h.data(user).orElseThrow();
    assertThat(h.lamports(user)).isEqualTo(Rent.minimumBalance(created.length));
    assertThat(h.lamports(holder.publicKey()))
        .isEqualTo(holderBefore - 5000 - Rent.minimumBalance(created.length));
    User pending = h.account(user, User.class);
    assertThat(pending.status()).isEqualTo(UserStatus.PENDING);
    assertThat(pending.owner()).isEqualTo(holder.publicKey());
    assertThat(pending.devicePk()).isEqualTo(device);
    assertThat(pending.dzIp()).isEqualTo(Ipv4Address.UNSPECIFIED);
    assertThat(h.account(pass, AccessPass.class).connectionCount()).isEqualTo(1);
    assertThat(h.account(device, Device.class).usersCount()).isEqualTo(1);

    h.ok(
        h.foundation,
        ix.activateLegacy(
            h.foundation.publicKey(), user, pass, 500, "169.254.0.0/31", "200.0.0.1"));
    User active = h.account(user, User.class);
    assertThat(active.status()).isEqualTo(UserStatus.ACTIVATED);
    assertThat(active.tunnelId()).isEqualTo(500);
    assertThat(active.tunnelNet()).isEqualTo(NetworkV4.parse("169.254.0.0/31"));
    assertThat(active.dzIp()).isEqualTo(Ipv4Address.parse("200.0.0.1"));
    assertThat(h.account(pass, AccessPass.class).status()).isEqualTo(AccessPassStatus.CONNECTED);
    assertThat(h.data(user).orElseThrow()).hasSize(created.length);
  }
}
