package doublezero.localnet.programs.serviceability.permission;

import static doublezero.localnet.programs.ProgramHarness.assertBuiltin;
import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
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
import doublezero.sdk.serviceability.state.Permission;
import doublezero.sdk.serviceability.state.PermissionFlag;
import doublezero.sdk.serviceability.state.PermissionStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Permissions through localnet, mirroring `TST/permission_test.rs`, plus `authorize()`'s
/// permission-account path, the signer / owner / authority matrix. The §4.9 lifecycle table is
/// [PermissionLifecycleTest].
class PermissionTestScenarioTest {
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

  static PublicKey pda(PublicKey userPayer) {
    return ServiceabilityPdas.permission(h.programId, userPayer).address();
  }

  static PermissionAccounts accounts(PublicKey user, Keypair payer) {
    return new PermissionAccounts(pda(user), h.globalState(), Optional.empty(), payer.publicKey());
  }

  static Instruction create(Keypair payer, PublicKey user, U128 flags) {
    return new CreatePermission(user, flags).toInstruction(h.programId, accounts(user, payer));
  }

  @Test
  void testPermissionCrud() {
    PublicKey user = Keypair.generate().publicKey();
    h.ok(h.foundation, create(h.foundation, user, maskOf(PermissionFlag.USER_ADMIN)));
    Permission p = h.account(pda(user), Permission.class);
    assertThat(p)
        .isEqualTo(
            new Permission(
                h.foundation.publicKey(),
                ServiceabilityPdas.permission(h.programId, user).bump(),
                PermissionStatus.ACTIVATED,
                user,
                maskOf(PermissionFlag.USER_ADMIN)));
    assertThat(h.data(pda(user)).orElseThrow()).hasSize(Permission.SIZE).isEqualTo(p.encode());

    h.ok(
        h.foundation,
        new UpdatePermission(maskOf(PermissionFlag.NETWORK_ADMIN), U128.ZERO)
            .toInstruction(h.programId, accounts(user, h.foundation)));
    assertThat(h.account(pda(user), Permission.class).permissions())
        .isEqualTo(maskOf(PermissionFlag.USER_ADMIN, PermissionFlag.NETWORK_ADMIN));
    h.ok(
        h.foundation,
        new SuspendPermission().toInstruction(h.programId, accounts(user, h.foundation)));
    assertThat(h.account(pda(user), Permission.class).status())
        .isEqualTo(PermissionStatus.SUSPENDED);
    h.ok(
        h.foundation,
        new ResumePermission().toInstruction(h.programId, accounts(user, h.foundation)));
    assertThat(h.account(pda(user), Permission.class).status())
        .isEqualTo(PermissionStatus.ACTIVATED);
    long lamports = h.lamports(pda(user));
    long before = h.lamports(h.foundation.publicKey());
    h.ok(
        h.foundation,
        new DeletePermission().toInstruction(h.programId, accounts(user, h.foundation)));
    assertThat(h.data(pda(user))).isEmpty();
    assertThat(h.lamports(h.foundation.publicKey())).isEqualTo(before + lamports - 5000);
  }

  @Test
  void testPermissionCreateRequiresFoundation() {
    Keypair outsider = h.funded();
    assertError(
        h.fail(
            outsider, create(outsider, Keypair.generate().publicKey(), maskOf(PermissionFlag.QA))),
        ServiceabilityError.NOT_ALLOWED);
  }

  @Test
  void testPermissionCreateZeroFlagsRejected() {
    assertError(
        h.fail(h.foundation, create(h.foundation, Keypair.generate().publicKey(), U128.ZERO)),
        ServiceabilityError.INVALID_ARGUMENT);
  }

  @Test
  void testPermissionDoubleCreateRejected() {
    PublicKey user = Keypair.generate().publicKey();
    h.ok(h.foundation, create(h.foundation, user, maskOf(PermissionFlag.QA)));
    assertBuiltin(
        h.fail(h.foundation, create(h.foundation, user, maskOf(PermissionFlag.QA))),
        "AccountAlreadyInitialized");
  }

  @Test
  void testPermissionTier1FlagsAreStored() {
    for (U128 flags :
        List.of(
            maskOf(PermissionFlag.GLOBALSTATE_ADMIN),
            maskOf(PermissionFlag.CONTRIBUTOR_ADMIN),
            maskOf(
                PermissionFlag.GLOBALSTATE_ADMIN,
                PermissionFlag.CONTRIBUTOR_ADMIN,
                PermissionFlag.INFRA_ADMIN))) {
      PublicKey user = Keypair.generate().publicKey();
      h.ok(h.foundation, create(h.foundation, user, flags));
      assertThat(h.account(pda(user), Permission.class).permissions()).isEqualTo(flags);
    }
  }

  @Test
  void testUpdatePermissionEnableDisableOverlapNoop() {
    PublicKey user = Keypair.generate().publicKey();
    h.ok(
        h.foundation,
        create(h.foundation, user, maskOf(PermissionFlag.USER_ADMIN, PermissionFlag.QA)));
    h.ok(
        h.foundation,
        new UpdatePermission(maskOf(PermissionFlag.SENTINEL), U128.ZERO)
            .toInstruction(h.programId, accounts(user, h.foundation)));
    h.ok(
        h.foundation,
        new UpdatePermission(U128.ZERO, maskOf(PermissionFlag.QA))
            .toInstruction(h.programId, accounts(user, h.foundation)));
    assertThat(h.account(pda(user), Permission.class).permissions())
        .isEqualTo(maskOf(PermissionFlag.USER_ADMIN, PermissionFlag.SENTINEL));
    assertError(
        h.fail(
            h.foundation,
            new UpdatePermission(maskOf(PermissionFlag.QA), maskOf(PermissionFlag.QA))
                .toInstruction(h.programId, accounts(user, h.foundation))),
        ServiceabilityError.INVALID_ARGUMENT);
    assertError(
        h.fail(
            h.foundation,
            new UpdatePermission(U128.ZERO, U128.ZERO)
                .toInstruction(h.programId, accounts(user, h.foundation))),
        ServiceabilityError.INVALID_ARGUMENT);
    // removing every bit is allowed: the result may be 0
    h.ok(
        h.foundation,
        new UpdatePermission(U128.ZERO, maskOf(PermissionFlag.USER_ADMIN, PermissionFlag.SENTINEL))
            .toInstruction(h.programId, accounts(user, h.foundation)));
    assertThat(h.account(pda(user), Permission.class).permissions()).isEqualTo(U128.ZERO);
  }

  @NeedsLedgerInternals(
      "fixed account address: CreatePermission at a PDA the previous run already created; a second"
          + " run on the same ledger fails (measured with run-suite.sh --runs 2)")
  @Test
  void testDeleteSelfRemovalRejected() {
    h.ok(
        h.foundation,
        create(h.foundation, h.foundation.publicKey(), maskOf(PermissionFlag.PERMISSION_ADMIN)));
    assertError(
        h.fail(
            h.foundation,
            new DeletePermission()
                .toInstruction(h.programId, accounts(h.foundation.publicKey(), h.foundation))),
        ServiceabilityError.INVALID_ARGUMENT);
  }

  @Test
  void createRejectsAKeyThatIsNotThePdaWithTheBuiltinInvalidArgument() {
    PublicKey user = Keypair.generate().publicKey();
    var ix =
        new CreatePermission(user, maskOf(PermissionFlag.QA))
            .toInstruction(
                h.programId,
                new PermissionAccounts(
                    Keypair.generate().publicKey(),
                    h.globalState(),
                    Optional.empty(),
                    h.foundation.publicKey()));
    assertBuiltin(h.fail(h.foundation, ix), "InvalidArgument");
  }

  /// `authorize()` with the payer's Permission account appended: PERMISSION_ADMIN grants a
  /// non-foundation payer; a suspended or insufficient permission, a missing one, or the wrong PDA
  /// do not.
  @NeedsLedgerInternals(
      "seeded accounts: writes fixture accounts straight into the ledger"
          + " (PermissionTestScenarioTest.permissionAccountPath)")
  @Test
  void permissionAccountPath() {
    Keypair admin = h.funded();
    PublicKey adminPermission = pda(admin.publicKey());
    PublicKey target = Keypair.generate().publicKey();
    BiFunction<PublicKey, PublicKey, Instruction> createWith =
        (user, perm) ->
            new CreatePermission(user, maskOf(PermissionFlag.QA))
                .toInstruction(
                    h.programId,
                    new PermissionAccounts(
                        pda(user), h.globalState(), Optional.of(perm), admin.publicKey()));
    // no permission account yet: empty → 8
    assertError(
        h.fail(admin, createWith.apply(target, adminPermission)), ServiceabilityError.NOT_ALLOWED);
    // wrong PDA → builtin InvalidArgument
    assertBuiltin(h.fail(admin, createWith.apply(target, pda(target))), "InvalidArgument");
    h.ok(h.foundation, create(h.foundation, admin.publicKey(), maskOf(PermissionFlag.USER_ADMIN)));
    assertError(
        h.fail(admin, createWith.apply(target, adminPermission)), ServiceabilityError.NOT_ALLOWED);
    h.ok(
        h.foundation,
        new UpdatePermission(maskOf(PermissionFlag.PERMISSION_ADMIN), U128.ZERO)
            .toInstruction(h.programId, accounts(admin.publicKey(), h.foundation)));
    h.ok(
        h.foundation,
        new SuspendPermission()
            .toInstruction(h.programId, accounts(admin.publicKey(), h.foundation)));
    assertError(
        h.fail(admin, createWith.apply(target, adminPermission)), ServiceabilityError.NOT_ALLOWED);
    h.ok(
        h.foundation,
        new ResumePermission()
            .toInstruction(h.programId, accounts(admin.publicKey(), h.foundation)));
    h.ok(admin, createWith.apply(target, adminPermission));
    assertThat(h.account(pda(target), Permission.class).owner()).isEqualTo(admin.publicKey());
    // a permission account owned by another program → InvalidAccountData
    Keypair other = h.funded();
    h.seedRaw(
        pda(other.publicKey()), AreaFixtures.FOREIGN_OWNER, h.data(adminPermission).orElseThrow());
    PublicKey u = Keypair.generate().publicKey();
    var ix =
        new CreatePermission(u, maskOf(PermissionFlag.QA))
            .toInstruction(
                h.programId,
                new PermissionAccounts(
                    pda(u),
                    h.globalState(),
                    Optional.of(pda(other.publicKey())),
                    other.publicKey()));
    assertBuiltin(h.fail(other, ix), "InvalidAccountData");
  }

  /// Every permission instruction's happy path with (a) the payer not signing, (b) GlobalState or
  /// the Permission owned by another program, (c) a payer outside the foundation allowlist.
  @NeedsLedgerInternals(
      "seeded accounts: a copy of a program account owned by another program"
          + " (AreaFixtures.foreignCopy)")
  @Test
  void signerOwnerAndAuthorityMatrix() {
    PublicKey user = Keypair.generate().publicKey();
    PublicKey fresh = Keypair.generate().publicKey();
    h.ok(h.foundation, create(h.foundation, user, maskOf(PermissionFlag.QA)));
    Keypair outsider = h.funded();
    PublicKey foreignGs = AreaFixtures.foreignCopy(h, h.globalState());
    PublicKey foreignPermission = AreaFixtures.foreignCopy(h, pda(user));
    List<java.util.function.Function<Keypair, Instruction>> happy =
        List.of(
            p -> create(p, fresh, maskOf(PermissionFlag.QA)),
            p ->
                new UpdatePermission(maskOf(PermissionFlag.SENTINEL), U128.ZERO)
                    .toInstruction(h.programId, accounts(user, p)),
            p -> new SuspendPermission().toInstruction(h.programId, accounts(user, p)),
            p -> new ResumePermission().toInstruction(h.programId, accounts(user, p)),
            p -> new DeletePermission().toInstruction(h.programId, accounts(user, p)));
    for (var build : happy) {
      Instruction ix = build.apply(h.foundation);
      assertPanic(h.fail(outsider, AreaFixtures.unsigned(ix, h.foundation.publicKey())));
      assertPanic(h.fail(h.foundation, AreaFixtures.replace(ix, h.globalState(), foreignGs)));
      if (!ix.accounts().get(0).publicKey().equals(pda(fresh))) {
        assertPanic(h.fail(h.foundation, AreaFixtures.replace(ix, pda(user), foreignPermission)));
      }
      assertError(h.fail(outsider, build.apply(outsider)), ServiceabilityError.NOT_ALLOWED);
      h.ok(h.foundation, build.apply(h.foundation));
    }
  }
}
