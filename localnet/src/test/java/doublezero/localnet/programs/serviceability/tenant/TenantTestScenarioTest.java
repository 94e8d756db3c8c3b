package doublezero.localnet.programs.serviceability.tenant;

import static doublezero.localnet.programs.ProgramHarness.assertBuiltin;
import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CreateTenant;
import doublezero.sdk.serviceability.instruction.DeleteTenant;
import doublezero.sdk.serviceability.instruction.TenantAccounts;
import doublezero.sdk.serviceability.instruction.TenantAddAdministrator;
import doublezero.sdk.serviceability.instruction.TenantRemoveAdministrator;
import doublezero.sdk.serviceability.instruction.UpdatePaymentStatus;
import doublezero.sdk.serviceability.instruction.UpdateTenant;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.TenantBillingConfig;
import doublezero.sdk.serviceability.state.TenantPaymentStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Tenants through localnet, mirroring `TST/tenant_test.rs` (create with a vrf_id from VrfIds,
/// update, billing, UpdatePaymentStatus with and without an epoch, administrators, delete), plus
/// the §4.9 lifecycle and the signer / owner / authority matrix of every tenant instruction.
class TenantTestScenarioTest {
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

  static PublicKey tenantPda(String code) {
    return ServiceabilityPdas.tenant(h.programId, code).address();
  }

  static PublicKey vrfIds() {
    return ServiceabilityPdas.vrfIds(h.programId).address();
  }

  static Instruction create(Keypair payer, String code, PublicKey admin) {
    return new CreateTenant(code, admin, Optional.empty(), true, false)
        .toInstruction(
            h.programId,
            new CreateTenant.Accounts(
                tenantPda(code), h.globalState(), vrfIds(), payer.publicKey()));
  }

  static Instruction delete(Keypair payer, String code) {
    return new DeleteTenant()
        .toInstruction(
            h.programId,
            new DeleteTenant.Accounts(
                tenantPda(code), h.globalState(), vrfIds(), payer.publicKey()));
  }

  static TenantAccounts accounts(String code, Keypair payer) {
    return new TenantAccounts(tenantPda(code), h.globalState(), payer.publicKey());
  }

  @Test
  void testTenant() {
    PublicKey admin = Keypair.generate().publicKey();
    h.ok(h.foundation, create(h.foundation, "test-tenant", admin));
    PublicKey pda = tenantPda("test-tenant");
    Tenant t = h.account(pda, Tenant.class);
    assertThat(t.code()).isEqualTo("test-tenant");
    assertThat(t.vrfId()).isPositive();
    assertThat(t.referenceCount()).isZero();
    assertThat(t.administrators()).containsExactly(admin);
    assertThat(t.metroRouting()).isTrue();
    assertThat(t.routeLiveness()).isFalse();
    assertThat(t.paymentStatus()).isEqualTo(TenantPaymentStatus.DELINQUENT);
    assertThat(t.billing()).isEqualTo(new TenantBillingConfig.FlatPerEpoch(0, 0));
    assertThat(t.owner()).isEqualTo(h.foundation.publicKey());
    assertThat(t.bumpSeed())
        .isEqualTo(ServiceabilityPdas.tenant(h.programId, "test-tenant").bump());
    byte[] raw = h.data(pda).orElseThrow();
    assertThat(raw).isEqualTo(t.encode());
    long airdrop = h.account(h.globalState(), GlobalState.class).contributorAirdropLamports();
    assertThat(h.lamports(pda)).isEqualTo(Rent.minimumBalance(0) + airdrop);
    assertThat(vrfAllocated(t.vrfId())).isTrue();

    h.ok(
        h.foundation,
        new UpdateTenant(
                Optional.of(200),
                Optional.empty(),
                Optional.of(false),
                Optional.of(true),
                Optional.empty())
            .toInstruction(h.programId, accounts("test-tenant", h.foundation)));
    t = h.account(pda, Tenant.class);
    assertThat(t.vrfId()).isEqualTo(200);
    assertThat(t.metroRouting()).isFalse();
    assertThat(t.routeLiveness()).isTrue();
    assertThat(t.billing()).isEqualTo(new TenantBillingConfig.FlatPerEpoch(0, 0));

    var billing = new TenantBillingConfig.FlatPerEpoch(1_000_000, 0);
    h.ok(
        h.foundation,
        new UpdateTenant(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(billing))
            .toInstruction(h.programId, accounts("test-tenant", h.foundation)));
    assertThat(h.account(pda, Tenant.class).billing()).isEqualTo(billing);

    h.ok(
        h.foundation,
        new UpdatePaymentStatus(1, Optional.of(5L))
            .toInstruction(h.programId, accounts("test-tenant", h.foundation)));
    t = h.account(pda, Tenant.class);
    assertThat(t.paymentStatus()).isEqualTo(TenantPaymentStatus.PAID);
    assertThat(t.billing()).isEqualTo(new TenantBillingConfig.FlatPerEpoch(1_000_000, 5));
    h.ok(
        h.foundation,
        new UpdatePaymentStatus(0, Optional.empty())
            .toInstruction(h.programId, accounts("test-tenant", h.foundation)));
    t = h.account(pda, Tenant.class);
    assertThat(t.paymentStatus()).isEqualTo(TenantPaymentStatus.DELINQUENT);
    assertThat(t.billing()).isEqualTo(new TenantBillingConfig.FlatPerEpoch(1_000_000, 5));

    PublicKey admin1 = Keypair.generate().publicKey();
    PublicKey admin2 = Keypair.generate().publicKey();
    h.ok(
        h.foundation,
        new TenantAddAdministrator(admin1)
            .toInstruction(h.programId, accounts("test-tenant", h.foundation)));
    h.ok(
        h.foundation,
        new TenantAddAdministrator(admin2)
            .toInstruction(h.programId, accounts("test-tenant", h.foundation)));
    assertThat(h.account(pda, Tenant.class).administrators())
        .containsExactly(admin, admin1, admin2);
    h.ok(
        h.foundation,
        new TenantRemoveAdministrator(admin1)
            .toInstruction(h.programId, accounts("test-tenant", h.foundation)));
    assertThat(h.account(pda, Tenant.class).administrators()).containsExactly(admin, admin2);

    long before = h.lamports(h.foundation.publicKey());
    long tenantLamports = h.lamports(pda);
    h.ok(h.foundation, delete(h.foundation, "test-tenant"));
    assertThat(h.data(pda)).isEmpty();
    assertThat(h.lamports(h.foundation.publicKey())).isEqualTo(before + tenantLamports - 5000);
    // UpdateTenant's vrf_id 200 was never allocated: deleting frees 200 (a no-op) and leaks the
    // original id
    assertThat(vrfAllocated(200)).isFalse();
  }

  @NeedsLedgerInternals(
      "fixed account codes: tenant PDAs derive from fixed codes the previous run already created; a"
          + " second run on the same ledger fails (measured with run-suite.sh --runs 2)")
  @Test
  void testTenantDeleteWithNonzeroReferenceCountFails() {
    h.ok(h.foundation, create(h.foundation, "ref-tenant", h.foundation.publicKey()));
    // the reference gives it a reference through an access pass naming it (SetAccessPass with
    // tenant accounts)
    h.ok(
        h.foundation,
        TenantLifecycleTest.pass(
            h, Keypair.generate().publicKey(), PublicKey.DEFAULT, tenantPda("ref-tenant")));
    assertThat(h.account(tenantPda("ref-tenant"), Tenant.class).referenceCount()).isEqualTo(1);
    assertError(
        h.fail(h.foundation, delete(h.foundation, "ref-tenant")),
        ServiceabilityError.REFERENCE_COUNT_NOT_ZERO);
  }

  @NeedsLedgerInternals(
      "fixed account codes: tenant PDAs derive from fixed codes the previous run already created; a"
          + " second run on the same ledger fails (measured with run-suite.sh --runs 2)")
  @Test
  void testTenantAddDuplicateAdministratorFails() {
    PublicKey admin = Keypair.generate().publicKey();
    h.ok(h.foundation, create(h.foundation, "dup-admin", admin));
    assertError(
        h.fail(
            h.foundation,
            new TenantAddAdministrator(admin)
                .toInstruction(h.programId, accounts("dup-admin", h.foundation))),
        ServiceabilityError.ADMINISTRATOR_ALREADY_EXISTS);
  }

  @NeedsLedgerInternals(
      "fixed account codes: tenant PDAs derive from fixed codes the previous run already created; a"
          + " second run on the same ledger fails (measured with run-suite.sh --runs 2)")
  @Test
  void testTenantRemoveNonexistentAdministratorFails() {
    h.ok(h.foundation, create(h.foundation, "rm-admin", h.foundation.publicKey()));
    assertError(
        h.fail(
            h.foundation,
            new TenantRemoveAdministrator(Keypair.generate().publicKey())
                .toInstruction(h.programId, accounts("rm-admin", h.foundation))),
        ServiceabilityError.ADMINISTRATOR_NOT_FOUND);
  }

  @NeedsLedgerInternals(
      "fixed account codes: tenant PDAs derive from fixed codes the previous run already created; a"
          + " second run on the same ledger fails (measured with run-suite.sh --runs 2)")
  @Test
  void createChecksCodeFirstThenAuthorityThenExistence() {
    Keypair outsider = h.funded();
    // an invalid code fails with 19 even for an outsider (the code is checked before the foundation
    // allowlist)
    assertError(
        h.fail(outsider, create(outsider, "bad code", outsider.publicKey())),
        ServiceabilityError.INVALID_ACCOUNT_CODE);
    h.ok(h.foundation, create(h.foundation, "Case-Kept", h.foundation.publicKey()));
    assertThat(h.account(tenantPda("Case-Kept"), Tenant.class).code()).isEqualTo("Case-Kept");
    assertBuiltin(
        h.fail(h.foundation, create(h.foundation, "Case-Kept", h.foundation.publicKey())),
        "AccountAlreadyInitialized");
    assertError(
        h.fail(
            h.foundation,
            new UpdatePaymentStatus(2, Optional.empty())
                .toInstruction(h.programId, accounts("Case-Kept", h.foundation))),
        ServiceabilityError.INVALID_PAYMENT_STATUS);
    // a 33-byte code passes the character check and panics in the PDA derivation
    var longCode = "a".repeat(33);
    var ix =
        new CreateTenant(longCode, h.foundation.publicKey(), Optional.empty(), false, false)
            .toInstruction(
                h.programId,
                new CreateTenant.Accounts(
                    Keypair.generate().publicKey(),
                    h.globalState(),
                    vrfIds(),
                    h.foundation.publicKey()));
    assertPanic(h.fail(h.foundation, ix));
  }

  private static boolean vrfAllocated(int id) {
    byte[] raw = h.data(vrfIds()).orElseThrow();
    int bit = id - 1;
    return (raw[ResourceExtension.BITMAP_OFFSET + bit / 8] & (1 << (bit % 8))) != 0;
  }

  /// Every tenant instruction's happy path with (a) the payer not signing, (b) an account owned by
  /// another program, (c) a payer outside the foundation allowlist (sentinel too for
  /// UpdatePaymentStatus).
  @NeedsLedgerInternals(
      "seeded accounts: a copy of a program account owned by another program"
          + " (AreaFixtures.foreignCopy)")
  @Test
  void signerOwnerAndAuthorityMatrix() {
    h.ok(h.foundation, create(h.foundation, "matrix", h.foundation.publicKey()));
    Keypair outsider = h.funded();
    PublicKey foreignTenant = AreaFixtures.foreignCopy(h, tenantPda("matrix"));
    PublicKey foreignGs = AreaFixtures.foreignCopy(h, h.globalState());
    PublicKey admin = Keypair.generate().publicKey();
    List<java.util.function.Function<Keypair, Instruction>> happy =
        List.of(
            p -> create(p, "matrix-new", admin),
            p ->
                new UpdateTenant(
                        Optional.of(7),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())
                    .toInstruction(h.programId, accounts("matrix", p)),
            p ->
                new TenantAddAdministrator(admin).toInstruction(h.programId, accounts("matrix", p)),
            p ->
                new TenantRemoveAdministrator(h.foundation.publicKey())
                    .toInstruction(h.programId, accounts("matrix", p)),
            p ->
                new UpdatePaymentStatus(1, Optional.empty())
                    .toInstruction(h.programId, accounts("matrix", p)),
            p -> delete(p, "matrix"));
    for (var build : happy) {
      Instruction ix = build.apply(h.foundation);
      assertPanic(h.fail(outsider, AreaFixtures.unsigned(ix, h.foundation.publicKey())));
      assertPanic(h.fail(h.foundation, AreaFixtures.replace(ix, h.globalState(), foreignGs)));
      if (ix.accounts().get(0).publicKey().equals(tenantPda("matrix"))) {
        assertPanic(
            h.fail(h.foundation, AreaFixtures.replace(ix, tenantPda("matrix"), foreignTenant)));
      }
      assertError(h.fail(outsider, build.apply(outsider)), ServiceabilityError.NOT_ALLOWED);
    }
    // each happy path then succeeds (order: create, update, add, remove, payment, delete)
    for (var build : happy) {
      h.ok(h.foundation, build.apply(h.foundation));
    }
  }
}
