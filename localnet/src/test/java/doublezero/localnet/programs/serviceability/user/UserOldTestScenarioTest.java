package doublezero.localnet.programs.serviceability.user;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.UpdateUser;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Reference `TST/user_old_test.rs`: the full flow on a legacy V1 user PDA ("user", account_index +
/// 1), which is the one user path where GlobalState's `account_index` increment persists (§0.6).
@NeedsLedgerInternals(
    "seeded accounts: writes fixture accounts straight into the ledger (UserFixtures.device)")
class UserOldTestScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static UserFixtures fx;
  static UserIx ix;
  static PublicKey fnd;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    fx = new UserFixtures(h);
    ix = new UserIx(h);
    fnd = h.foundation.publicKey();
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  static U128 index() {
    return h.account(h.globalState(), GlobalState.class).accountIndex();
  }

  @Test
  void testOldUser() {
    PublicKey device = fx.device(UserFixtures.DeviceSpec.activated());
    Ipv4Address ip = UserFixtures.nextIp();
    PublicKey pass = fx.pass(fnd, ip, UserFixtures.PassSpec.prepaid());
    U128 before = index();
    // a V1 PDA for a stale index is neither address the program accepts
    PublicKey stale = ServiceabilityPdas.userV1(h.programId, before).address();
    assertError(
        h.fail(
            h.foundation,
            ix.create(fnd, stale, device, pass, ip, UserType.IBRL, 0, Optional.empty())),
        ServiceabilityError.INVALID_USER_PUBKEY);

    ProgramDerivedAddress v1 = ServiceabilityPdas.userV1(h.programId, before.increment());
    h.ok(
        h.foundation,
        ix.create(fnd, v1.address(), device, pass, ip, UserType.IBRL, 0, Optional.empty()));
    assertThat(index()).isEqualTo(before.increment());
    User u = h.account(v1.address(), User.class);
    assertThat(u.index()).isEqualTo(before.increment());
    assertThat(u.bumpSeed()).isEqualTo(v1.bump());
    assertThat(u.status()).isEqualTo(UserStatus.PENDING);
    assertThat(h.data(ix.userPda(ip, UserType.IBRL))).isEmpty();

    h.ok(
        h.foundation,
        ix.activateLegacy(fnd, v1.address(), pass, 500, "169.254.0.0/25", "200.0.0.1"));
    assertThat(h.account(v1.address(), User.class).status()).isEqualTo(UserStatus.ACTIVATED);

    h.ok(
        h.foundation,
        ix.update(
            fnd,
            v1.address(),
            new UpdateUser(
                Optional.empty(),
                Optional.of(UserCyoa.GRE_OVER_PRIVATE_PEERING),
                Optional.of(Ipv4Address.parse("200.0.0.4")),
                Optional.of(501),
                Optional.of(NetworkV4.parse("169.254.0.2/25")),
                Optional.empty(),
                Optional.empty(),
                0,
                0)));
    h.ok(
        h.foundation,
        ix.update(
            fnd,
            v1.address(),
            new UpdateUser(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(502),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0,
                0)));
    User updated = h.account(v1.address(), User.class);
    assertThat(updated.dzIp()).isEqualTo(Ipv4Address.parse("200.0.0.4"));
    assertThat(updated.tunnelId()).isEqualTo(502);

    h.ok(h.foundation, ix.delete(fnd, v1.address(), pass));
    User deleting = h.account(v1.address(), User.class);
    assertThat(deleting.status()).isEqualTo(UserStatus.DELETING);
    h.ok(h.foundation, ix.close(fnd, v1.address(), deleting, 0));
    assertThat(h.data(v1.address())).isEmpty();
    assertThat(index())
        .as("delete and close leave account_index alone")
        .isEqualTo(before.increment());
  }

  @Test
  void v2CreateDoesNotPersistTheIndex() {
    PublicKey device = fx.device(UserFixtures.DeviceSpec.activated());
    Ipv4Address ip = UserFixtures.nextIp();
    fx.pass(fnd, ip, UserFixtures.PassSpec.prepaid());
    U128 before = index();
    h.ok(h.foundation, ix.create(fnd, device, ip, UserType.IBRL));
    assertThat(index()).isEqualTo(before);
    assertThat(h.account(ix.userPda(ip, UserType.IBRL), User.class).index()).isEqualTo(U128.ZERO);
  }
}
