package doublezero.localnet.programs.serviceability.user;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.instruction.Migrate;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.User;
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

/// Reference `TST/user_migration.rs`: a V1 (index PDA) user moves to its V2 (client_ip, user_type)
/// PDA. The V1 user is built with this area's CreateUser; the move itself is `Migrate` (#0), a
/// processor of the global area.
@NeedsLedgerInternals(
    "seeded accounts: writes fixture accounts straight into the ledger (UserFixtures.device)")
class UserMigrationScenarioTest {
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

  static PublicKey v1User(Ipv4Address ip) {
    PublicKey fnd = h.foundation.publicKey();
    PublicKey device = fx.device(UserFixtures.DeviceSpec.activated());
    PublicKey pass = fx.pass(fnd, ip, UserFixtures.PassSpec.prepaid());
    U128 next = h.account(h.globalState(), GlobalState.class).accountIndex().increment();
    PublicKey v1 = ServiceabilityPdas.userV1(h.programId, next).address();
    h.ok(h.foundation, ix.create(fnd, v1, device, pass, ip, UserType.IBRL, 0, Optional.empty()));
    return v1;
  }

  @Test
  void v1UserExistsOnlyAtTheIndexAddress() {
    Ipv4Address ip = UserFixtures.nextIp();
    PublicKey v1 = v1User(ip);
    assertThat(h.account(v1, User.class).index()).isNotEqualTo(U128.ZERO);
    assertThat(h.data(ix.userPda(ip, UserType.IBRL))).isEmpty();
  }

  @Test
  void testUserMigration() {
    Ipv4Address ip = UserFixtures.nextIp();
    PublicKey v1 = v1User(ip);
    User old = h.account(v1, User.class);
    ProgramDerivedAddress v2 = ServiceabilityPdas.userV2(h.programId, ip, UserType.IBRL);
    h.ok(
        h.foundation,
        new Migrate()
            .toInstruction(
                h.programId, new Migrate.Accounts(v1, v2.address(), h.foundation.publicKey())));
    User moved = h.account(v2.address(), User.class);
    assertThat(moved.index()).isEqualTo(U128.ZERO);
    assertThat(moved.bumpSeed()).isEqualTo(v2.bump());
    assertThat(moved.clientIp()).isEqualTo(old.clientIp());
    assertThat(h.data(v1)).isEmpty();
  }
}
