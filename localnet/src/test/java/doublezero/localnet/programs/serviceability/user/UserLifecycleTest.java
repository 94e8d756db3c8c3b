package doublezero.localnet.programs.serviceability.user;

import static doublezero.localnet.programs.ProgramHarness.assertCustom;
import static doublezero.localnet.programs.ProgramHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassStatus;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.TransactionError;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/// `serviceability-instructions.md` §4.3 (User lifecycle): every instruction that moves a user
/// tried from every status, each allowed transition checked for its result and each forbidden one
/// for its error code, with state byte-identical after a failure. Users are seeded in the status
/// under test (as the instruction leading there would have left them: pass with one connection,
/// device counting the user).
@NeedsLedgerInternals(
    "seeded accounts: writes fixture accounts straight into the ledger (UserFixtures.device)")
class UserLifecycleTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static UserFixtures fx;
  static UserIx ix;
  static PublicKey fnd;
  static PublicKey device;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    fx = new UserFixtures(h);
    ix = new UserIx(h);
    fnd = h.foundation.publicKey();
    device = fx.device(UserFixtures.DeviceSpec.activated().withLimits(1000, 0, 0, 0));
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  record Seeded(PublicKey user, PublicKey pass, User state) {}

  static Seeded seeded(UserStatus status) {
    Ipv4Address ip = UserFixtures.nextIp();
    PublicKey pass = fx.pass(fnd, ip, UserFixtures.PassSpec.prepaid());
    AccessPass p = h.account(pass, AccessPass.class);
    h.seed(
        pass,
        new AccessPass(
            p.owner(),
            p.bumpSeed(),
            p.accesspassType(),
            p.clientIp(),
            p.userPayer(),
            p.lastAccessEpoch(),
            1,
            AccessPassStatus.CONNECTED,
            p.mgroupPubAllowlist(),
            p.mgroupSubAllowlist(),
            p.flags(),
            p.tenantAllowlist()));
    var pda = ServiceabilityPdas.userV2(h.programId, ip, UserType.IBRL);
    User u =
        new User(
            fnd,
            U128.ZERO,
            pda.bump(),
            UserType.IBRL,
            PublicKey.DEFAULT,
            device,
            UserCyoa.GRE_OVER_DIA,
            ip,
            Ipv4Address.parse("200.0.0.1"),
            500,
            NetworkV4.parse("169.254.0.0/31"),
            status,
            List.of(),
            List.of(),
            PublicKey.DEFAULT,
            Ipv4Address.UNSPECIFIED);
    h.seed(pda.address(), u);
    return new Seeded(pda.address(), pass, u);
  }

  static void check(
      UserStatus from,
      Set<UserStatus> allowed,
      Function<Seeded, Instruction> build,
      UserStatus to,
      ServiceabilityError forbidden) {
    Seeded s = seeded(from);
    if (allowed.contains(from)) {
      h.ok(h.foundation, build.apply(s));
      if (to == null) {
        assertThat(h.data(s.user())).as("closed").isEmpty();
      } else {
        assertThat(h.account(s.user(), User.class).status()).isEqualTo(to);
      }
    } else {
      assertError(h.fail(h.foundation, build.apply(s)), forbidden);
    }
  }

  @ParameterizedTest
  @EnumSource(UserStatus.class)
  void activateUser(UserStatus from) {
    check(
        from,
        EnumSet.of(UserStatus.PENDING, UserStatus.UPDATING),
        s -> ix.activateLegacy(fnd, s.user(), s.pass()),
        UserStatus.ACTIVATED,
        ServiceabilityError.INVALID_STATUS);
  }

  @ParameterizedTest
  @EnumSource(UserStatus.class)
  void rejectUserFailsWithInvalidDzIpWhereAllowed(UserStatus from) {
    // the v0.12.0 bug (§9.1): Pending/Updating pass every check, then the Rejected user with dz_ip
    // 0.0.0.0 fails
    // validation with InvalidDzIp(27)
    Seeded s = seeded(from);
    TransactionError err = h.fail(h.foundation, ix.reject(fnd, s.user()));
    boolean allowed = from == UserStatus.PENDING || from == UserStatus.UPDATING;
    assertError(
        err, allowed ? ServiceabilityError.INVALID_DZ_IP : ServiceabilityError.INVALID_STATUS);
  }

  @ParameterizedTest
  @EnumSource(UserStatus.class)
  void requestBanUser(UserStatus from) {
    check(
        from,
        EnumSet.of(UserStatus.ACTIVATED, UserStatus.SUSPENDED_DEPRECATED),
        s -> ix.requestBan(fnd, s.user(), device, 0),
        UserStatus.PENDING_BAN,
        ServiceabilityError.INVALID_STATUS);
  }

  @ParameterizedTest
  @EnumSource(UserStatus.class)
  void banUserAnswersNotAllowedForAWrongStatus(UserStatus from) {
    check(
        from,
        EnumSet.of(UserStatus.PENDING_BAN),
        s -> ix.ban(fnd, s.user()),
        UserStatus.BANNED,
        ServiceabilityError.NOT_ALLOWED);
  }

  @ParameterizedTest
  @EnumSource(UserStatus.class)
  void deleteUserLegacy(UserStatus from) {
    check(
        from,
        EnumSet.complementOf(EnumSet.of(UserStatus.DELETING, UserStatus.UPDATING)),
        s -> ix.delete(fnd, s.user(), s.pass()),
        UserStatus.DELETING,
        ServiceabilityError.INVALID_STATUS);
  }

  @ParameterizedTest
  @EnumSource(UserStatus.class)
  void closeAccountUserAnswersCustom1ForAWrongStatus(UserStatus from) {
    Seeded s = seeded(from);
    if (from == UserStatus.DELETING) {
      h.ok(h.foundation, ix.close(fnd, s.user(), s.state(), 0));
      assertThat(h.data(s.user())).isEmpty();
    } else {
      assertCustom(h.fail(h.foundation, ix.close(fnd, s.user(), s.state(), 0)), 1);
    }
  }

  @ParameterizedTest
  @EnumSource(UserStatus.class)
  void deleteUserAtomicClosesFromAnyStatus(UserStatus from) {
    fx.onChainAllocation(true);
    Seeded s = seeded(from);
    long users = h.account(device, Device.class).usersCount();
    h.ok(h.foundation, ix.deleteAtomic(fnd, s.user(), s.pass(), s.state(), 1));
    assertThat(h.data(s.user())).isEmpty();
    assertThat(h.account(device, Device.class).usersCount())
        .isEqualTo((int) Math.max(0, users - 1));
  }
}
