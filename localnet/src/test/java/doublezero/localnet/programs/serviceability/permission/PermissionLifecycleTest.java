package doublezero.localnet.programs.serviceability.permission;

import static doublezero.localnet.programs.ProgramHarness.assertBuiltin;
import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.sdk.serviceability.state.PermissionFlag.maskOf;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.tenant.AreaFixtures;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CreatePermission;
import doublezero.sdk.serviceability.instruction.DeletePermission;
import doublezero.sdk.serviceability.instruction.PermissionAccounts;
import doublezero.sdk.serviceability.instruction.ResumePermission;
import doublezero.sdk.serviceability.instruction.SuspendPermission;
import doublezero.sdk.serviceability.instruction.UpdatePermission;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.FeatureFlags;
import doublezero.sdk.serviceability.state.Permission;
import doublezero.sdk.serviceability.state.PermissionFlag;
import doublezero.sdk.serviceability.state.PermissionStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// The Permission rows of `serviceability-instructions.md` §4.9, transition by transition (every
/// instruction from every status, allowed or not, with its error code), and the
/// `RequirePermissionAccounts` flag (§6.4).
@NeedsLedgerInternals(
    "seeded accounts and ledger-wide state: rewrites GlobalState's feature flags"
        + " (RequirePermissionAccounts) straight into the ledger")
class PermissionLifecycleTest {
  @TempDir static Path dir;
  static ProgramHarness h;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  static PublicKey pda(PublicKey user) {
    return ServiceabilityPdas.permission(h.programId, user).address();
  }

  static Instruction ix(String name, PublicKey user, Keypair payer) {
    var accounts =
        new PermissionAccounts(pda(user), h.globalState(), Optional.empty(), payer.publicKey());
    return switch (name) {
      case "Create" ->
          new CreatePermission(user, maskOf(PermissionFlag.QA))
              .toInstruction(h.programId, accounts);
      case "Update" ->
          new UpdatePermission(maskOf(PermissionFlag.SENTINEL), U128.ZERO)
              .toInstruction(h.programId, accounts);
      case "Suspend" -> new SuspendPermission().toInstruction(h.programId, accounts);
      case "Resume" -> new ResumePermission().toInstruction(h.programId, accounts);
      case "Delete" -> new DeletePermission().toInstruction(h.programId, accounts);
      default -> throw new IllegalArgumentException(name);
    };
  }

  /// @param expected the resulting status, "closed", or the failure: a custom code number or a
  ///   builtin name
  @ParameterizedTest(name = "{0} --{1}--> {2}")
  @CsvSource({
    "ACTIVATED, Suspend, SUSPENDED",
    "ACTIVATED, Resume, 7",
    "ACTIVATED, Update, ACTIVATED",
    "ACTIVATED, Delete, closed",
    "ACTIVATED, Create, AccountAlreadyInitialized",
    "SUSPENDED, Resume, ACTIVATED",
    "SUSPENDED, Suspend, 7",
    "SUSPENDED, Update, SUSPENDED",
    "SUSPENDED, Delete, closed",
    "SUSPENDED, Create, AccountAlreadyInitialized",
    "NONE, Suspend, 7",
    "NONE, Resume, 7",
    "NONE, Delete, closed",
  })
  void transition(PermissionStatus from, String instruction, String expected) {
    PublicKey user = Keypair.generate().publicKey();
    var bump = ServiceabilityPdas.permission(h.programId, user).bump();
    h.seed(
        pda(user),
        new Permission(h.foundation.publicKey(), bump, from, user, maskOf(PermissionFlag.QA)));
    Instruction i = ix(instruction, user, h.foundation);
    if (expected.equals("closed")) {
      h.ok(h.foundation, i);
      assertThat(h.data(pda(user))).isEmpty();
    } else if (expected.chars().allMatch(Character::isDigit)) {
      ProgramHarness.assertCustom(h.fail(h.foundation, i), Long.parseLong(expected));
    } else if (expected.equals("AccountAlreadyInitialized")) {
      assertBuiltin(h.fail(h.foundation, i), expected);
    } else {
      h.ok(h.foundation, i);
      assertThat(h.account(pda(user), Permission.class).status())
          .isEqualTo(PermissionStatus.valueOf(expected));
    }
  }

  @Test
  void createFromNothingGivesActivated() {
    PublicKey user = Keypair.generate().publicKey();
    h.ok(h.foundation, ix("Create", user, h.foundation));
    assertThat(h.account(pda(user), Permission.class).status())
        .isEqualTo(PermissionStatus.ACTIVATED);
    // status is checked before authorize: an outsider suspending a suspended permission gets 7, not
    // 8
    h.ok(h.foundation, ix("Suspend", user, h.foundation));
    Keypair outsider = h.funded();
    assertError(
        h.fail(outsider, ix("Suspend", user, outsider)), ServiceabilityError.INVALID_STATUS);
    assertError(h.fail(outsider, ix("Resume", user, outsider)), ServiceabilityError.NOT_ALLOWED);
  }

  /// RequirePermissionAccounts: without a permission account only a foundation member (asking
  /// PERMISSION_ADMIN) passes; the activator, which never could, still cannot. A permission account
  /// still works.
  @Test
  void requirePermissionAccountsFlag() {
    AreaFixtures.updateGlobalState(
        h,
        g ->
            AreaFixtures.withFeatureFlags(
                g, FeatureFlags.of(FeatureFlag.REQUIRE_PERMISSION_ACCOUNTS)));
    try {
      PublicKey user = Keypair.generate().publicKey();
      h.ok(h.foundation, ix("Create", user, h.foundation));
      Keypair admin = h.funded();
      h.ok(
          h.foundation,
          new CreatePermission(admin.publicKey(), maskOf(PermissionFlag.PERMISSION_ADMIN))
              .toInstruction(
                  h.programId,
                  new PermissionAccounts(
                      pda(admin.publicKey()),
                      h.globalState(),
                      Optional.empty(),
                      h.foundation.publicKey())));
      assertError(h.fail(admin, ix("Suspend", user, admin)), ServiceabilityError.NOT_ALLOWED);
      h.ok(
          admin,
          new SuspendPermission()
              .toInstruction(
                  h.programId,
                  new PermissionAccounts(
                      pda(user),
                      h.globalState(),
                      Optional.of(pda(admin.publicKey())),
                      admin.publicKey())));
      assertThat(h.account(pda(user), Permission.class).status())
          .isEqualTo(PermissionStatus.SUSPENDED);
    } finally {
      AreaFixtures.updateGlobalState(h, g -> AreaFixtures.withFeatureFlags(g, FeatureFlags.NONE));
    }
  }
}
