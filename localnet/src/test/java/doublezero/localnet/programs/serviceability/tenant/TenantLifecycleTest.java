package doublezero.localnet.programs.serviceability.tenant;

import static doublezero.localnet.programs.ProgramHarness.assertBuiltin;
import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CreateTenant;
import doublezero.sdk.serviceability.instruction.DeleteTenant;
import doublezero.sdk.serviceability.instruction.SetAccessPass;
import doublezero.sdk.serviceability.instruction.TenantAccounts;
import doublezero.sdk.serviceability.instruction.TenantAddAdministrator;
import doublezero.sdk.serviceability.instruction.TenantRemoveAdministrator;
import doublezero.sdk.serviceability.instruction.TenantSwapAccounts;
import doublezero.sdk.serviceability.instruction.UpdateTenant;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.serviceability.state.Tenant;
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

/// The Tenant rows of `serviceability-instructions.md` §4.9 transition by transition (Tenants have
/// no status: the states are absent, existing with reference_count 0, existing and referenced,
/// closed), and the administrator list rules of §3.12, every forbidden transition with its code
/// (`PROC/tenant/{create,update,delete, add_administrator,remove_administrator}.rs`). References
/// come from a real SetAccessPass that puts the tenant in an access pass's tenant_allowlist.
@NeedsLedgerInternals(
    "fixed account codes: tenant PDAs derive from fixed codes the previous run already created; a"
        + " second run on the same ledger fails (measured with run-suite.sh --runs 2)")
class TenantLifecycleTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static Keypair outsider;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    outsider = h.funded();
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  static PublicKey pda(String code) {
    return ServiceabilityPdas.tenant(h.programId, code).address();
  }

  static Instruction create(Keypair payer, String code, PublicKey admin) {
    return new CreateTenant(code, admin, Optional.empty(), false, false)
        .toInstruction(
            h.programId,
            new CreateTenant.Accounts(
                pda(code),
                h.globalState(),
                ServiceabilityPdas.vrfIds(h.programId).address(),
                payer.publicKey()));
  }

  static Instruction delete(Keypair payer, String code) {
    return new DeleteTenant()
        .toInstruction(
            h.programId,
            new DeleteTenant.Accounts(
                pda(code),
                h.globalState(),
                ServiceabilityPdas.vrfIds(h.programId).address(),
                payer.publicKey()));
  }

  static Instruction update(Keypair payer, String code) {
    return new UpdateTenant(
            Optional.empty(),
            Optional.empty(),
            Optional.of(true),
            Optional.empty(),
            Optional.empty())
        .toInstruction(
            h.programId, new TenantAccounts(pda(code), h.globalState(), payer.publicKey()));
  }

  static Instruction addAdmin(Keypair payer, String code, PublicKey admin) {
    return new TenantAddAdministrator(admin)
        .toInstruction(
            h.programId, new TenantAccounts(pda(code), h.globalState(), payer.publicKey()));
  }

  static Instruction removeAdmin(Keypair payer, String code, PublicKey admin) {
    return new TenantRemoveAdministrator(admin)
        .toInstruction(
            h.programId, new TenantAccounts(pda(code), h.globalState(), payer.publicKey()));
  }

  /// SetAccessPass by the foundation for a fresh user payer, moving the pass from tenant `from` to
  /// tenant `to`.
  static Instruction pass(PublicKey userPayer, PublicKey from, PublicKey to) {
    return pass(h, userPayer, from, to);
  }

  /// [#pass(PublicKey, PublicKey, PublicKey)] on another harness.
  static Instruction pass(ProgramHarness h, PublicKey userPayer, PublicKey from, PublicKey to) {
    Ipv4Address ip = Ipv4Address.parse("100.0.0.9");
    return new SetAccessPass(new AccessPassType.Prepaid(), ip, 100, false)
        .toInstruction(
            h.programId,
            new SetAccessPass.Accounts(
                ServiceabilityPdas.accessPass(h.programId, ip, userPayer).address(),
                h.globalState(),
                userPayer,
                Optional.of(new TenantSwapAccounts(from, to)),
                h.foundation.publicKey()));
  }

  static Tenant tenant(String code) {
    return h.account(pda(code), Tenant.class);
  }

  @Test
  void absentExistsReferencedClosedAndRecreated() {
    Keypair f = h.foundation;
    String code = "life";
    // absent → exists: the foundation only
    assertError(
        h.fail(outsider, create(outsider, code, f.publicKey())), ServiceabilityError.NOT_ALLOWED);
    h.ok(f, create(f, code, f.publicKey()));
    int vrf = tenant(code).vrfId();
    assertThat(tenant(code).referenceCount()).isZero();
    // exists → exists: a second create, an outsider's update, a foundation update
    assertBuiltin(h.fail(f, create(f, code, f.publicKey())), "AccountAlreadyInitialized");
    assertError(h.fail(outsider, update(outsider, code)), ServiceabilityError.NOT_ALLOWED);
    h.ok(f, update(f, code));
    assertThat(tenant(code).metroRouting()).isTrue();
    // exists → closed by an outsider
    assertError(h.fail(outsider, delete(outsider, code)), ServiceabilityError.NOT_ALLOWED);

    // exists → referenced (an access pass names it): delete refused with 13
    PublicKey userPayer = Keypair.generate().publicKey();
    h.ok(f, pass(userPayer, PublicKey.DEFAULT, pda(code)));
    assertThat(tenant(code).referenceCount()).isEqualTo(1);
    assertError(h.fail(f, delete(f, code)), ServiceabilityError.REFERENCE_COUNT_NOT_ZERO);
    // referenced → exists (the pass leaves the tenant) → closed
    h.ok(f, pass(userPayer, pda(code), PublicKey.DEFAULT));
    assertThat(tenant(code).referenceCount()).isZero();
    h.ok(f, delete(f, code));
    assertThat(h.data(pda(code))).isEmpty();

    // closed: every instruction on the (system-owned, empty) account panics at the owner assertion
    assertPanic(failAgain(delete(f, code)));
    assertPanic(h.fail(f, update(f, code)));
    assertPanic(h.fail(f, addAdmin(f, code, Keypair.generate().publicKey())));
    assertPanic(h.fail(f, removeAdmin(f, code, f.publicKey())));
    // closed → exists again: the freed vrf_id is the first free one again
    h.ok(h.funded(), java.util.List.of(f), create(f, code, f.publicKey()));
    assertThat(tenant(code).vrfId()).isEqualTo(vrf);
  }

  @Test
  void administratorsAddedAndRemovedOneRuleAtATime() {
    Keypair f = h.foundation;
    String code = "admins";
    PublicKey a = Keypair.generate().publicKey();
    PublicKey b = Keypair.generate().publicKey();
    h.ok(f, create(f, code, a));
    assertThat(tenant(code).administrators()).containsExactly(a);
    assertError(h.fail(f, addAdmin(f, code, a)), ServiceabilityError.ADMINISTRATOR_ALREADY_EXISTS);
    assertError(h.fail(outsider, addAdmin(outsider, code, b)), ServiceabilityError.NOT_ALLOWED);
    h.ok(f, addAdmin(f, code, b));
    assertThat(tenant(code).administrators()).containsExactly(a, b);
    assertError(h.fail(outsider, removeAdmin(outsider, code, a)), ServiceabilityError.NOT_ALLOWED);
    h.ok(f, removeAdmin(f, code, a));
    assertThat(tenant(code).administrators()).containsExactly(b);
    assertError(h.fail(f, removeAdmin(f, code, a)), ServiceabilityError.ADMINISTRATOR_NOT_FOUND);
    h.ok(f, removeAdmin(f, code, b));
    assertThat(tenant(code).administrators()).isEmpty();
    assertError(h.fail(f, removeAdmin(f, code, b)), ServiceabilityError.ADMINISTRATOR_NOT_FOUND);
    // an empty list takes the old administrator back
    h.ok(h.funded(), java.util.List.of(f), addAdmin(f, code, a));
    assertThat(tenant(code).administrators()).containsExactly(a);
  }

  /// Resends a byte-identical instruction with a fresh fee payer (the ledger would deduplicate it
  /// otherwise).
  static doublezero.sdk.solana.rpc.TransactionError failAgain(Instruction ix) {
    return h.fail(h.funded(), java.util.List.of(h.foundation), ix);
  }
}
