package doublezero.localnet.programs.serviceability.contributor;

import static doublezero.localnet.programs.ProgramHarness.assertBuiltin;
import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.global.AdminFixtures;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.ContributorAccounts;
import doublezero.sdk.serviceability.instruction.DeleteContributor;
import doublezero.sdk.serviceability.instruction.ResumeContributor;
import doublezero.sdk.serviceability.instruction.SuspendContributor;
import doublezero.sdk.serviceability.instruction.UpdateContributor;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.ContributorStatus;
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

/// `serviceability-instructions.md` §4.5 (Contributor lifecycle, every allowed and forbidden
/// transition), the missing-signer / wrong-owner / outside-allowlist matrix of every Contributor
/// instruction, the rules and the reference's order of checks (§3.4).
@NeedsLedgerInternals(
    "seeded accounts: writes accounts straight into the ledger (AdminFixtures.foreignCopy,"
        + " ContributorLifecycleAndAccessTest.contributor,"
        + " ContributorLifecycleAndAccessTest.createOrderRulesAndTheAirdrop)")
class ContributorLifecycleAndAccessTest {
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

  enum Op {
    SUSPEND,
    RESUME,
    DELETE,
    UPDATE
  }

  static Instruction op(Op op, PublicKey contributor, Keypair payer) {
    ContributorAccounts a =
        new ContributorAccounts(contributor, h.globalState(), payer.publicKey());
    return switch (op) {
      case SUSPEND -> new SuspendContributor().toInstruction(h.programId, a);
      case RESUME -> new ResumeContributor().toInstruction(h.programId, a);
      case DELETE -> new DeleteContributor().toInstruction(h.programId, a);
      case UPDATE ->
          new UpdateContributor(Optional.of("renamed"), Optional.empty(), Optional.empty())
              .toInstruction(h.programId, a);
    };
  }

  static PublicKey contributor(ContributorStatus status, long referenceCount) {
    PublicKey pk = AdminFixtures.createContributor(h, Keypair.generate().publicKey(), "co");
    Contributor c = h.account(pk, Contributor.class);
    h.seed(
        pk,
        new Contributor(
            c.owner(),
            c.index(),
            c.bumpSeed(),
            status,
            c.code(),
            referenceCount,
            c.opsManagerPk()));
    return pk;
  }

  @ParameterizedTest(name = "{1} from {0} (refs {2}) -> {3}")
  @CsvSource({
    "ACTIVATED, SUSPEND, 0, SUSPENDED",
    "SUSPENDED, SUSPEND, 0, 7",
    "NONE, SUSPEND, 0, 7",
    "DELETING, SUSPEND, 0, 7",
    "SUSPENDED, RESUME, 0, ACTIVATED",
    "ACTIVATED, RESUME, 0, 7",
    "NONE, RESUME, 0, 7",
    "DELETING, RESUME, 0, 7",
    "ACTIVATED, DELETE, 0, closed",
    "SUSPENDED, DELETE, 0, closed",
    "NONE, DELETE, 0, closed",
    "DELETING, DELETE, 0, 7",
    "DELETING, DELETE, 1, 7",
    "ACTIVATED, DELETE, 1, 13",
    "SUSPENDED, DELETE, 4, 13",
    "ACTIVATED, UPDATE, 0, ACTIVATED",
    "SUSPENDED, UPDATE, 1, SUSPENDED",
    "DELETING, UPDATE, 0, DELETING"
  })
  void lifecycle(ContributorStatus from, Op op, long refs, String expected) {
    PublicKey pk = contributor(from, refs);
    Instruction ix = op(op, pk, h.foundation);
    switch (expected) {
      case "7" -> assertError(h.fail(h.foundation, ix), ServiceabilityError.INVALID_STATUS);
      case "13" ->
          assertError(h.fail(h.foundation, ix), ServiceabilityError.REFERENCE_COUNT_NOT_ZERO);
      case "closed" -> {
        h.ok(h.foundation, ix);
        assertThat(h.data(pk)).isEmpty();
      }
      default -> {
        h.ok(h.foundation, ix);
        assertThat(h.account(pk, Contributor.class).status())
            .isEqualTo(ContributorStatus.valueOf(expected));
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"SUSPEND, ACTIVATED", "RESUME, SUSPENDED", "DELETE, ACTIVATED", "UPDATE, ACTIVATED"})
  void matrixForExistingContributors(Op op, ContributorStatus from) {
    PublicKey pk = contributor(from, 0);
    assertPanic(
        h.fail(
            outsider, AdminFixtures.unsigned(op(op, pk, h.foundation), h.foundation.publicKey())));
    assertPanic(
        h.fail(
            h.foundation,
            AdminFixtures.replace(op(op, pk, h.foundation), pk, AdminFixtures.foreignCopy(h, pk))));
    assertError(h.fail(outsider, op(op, pk, outsider)), ServiceabilityError.NOT_ALLOWED);
  }

  @Test
  void matrixForCreate() {
    PublicKey owner = Keypair.generate().publicKey();
    assertPanic(
        h.fail(
            outsider,
            AdminFixtures.unsigned(
                AdminFixtures.createContributorIx(h, h.foundation, owner, "new"),
                h.foundation.publicKey())));
    Instruction ix = AdminFixtures.createContributorIx(h, h.foundation, owner, "new");
    assertPanic(
        h.fail(
            h.foundation,
            AdminFixtures.replace(
                ix, h.globalState(), AdminFixtures.foreignCopy(h, h.globalState()))));
    assertError(
        h.fail(outsider, AdminFixtures.createContributorIx(h, outsider, owner, "new")),
        ServiceabilityError.NOT_ALLOWED);
    assertThat(h.lamports(owner)).isZero();
  }

  @Test
  void createOrderRulesAndTheAirdrop() {
    PublicKey owner = Keypair.generate().publicKey();
    assertError(
        h.fail(outsider, AdminFixtures.createContributorIx(h, outsider, owner, "a@b")),
        ServiceabilityError.INVALID_ACCOUNT_CODE);
    // The airdrop transfer runs before the account is validated: a too-long code fails after it,
    // all rolled back.
    assertError(
        h.fail(
            h.foundation,
            AdminFixtures.createContributorIx(h, h.foundation, owner, "c".repeat(33))),
        ServiceabilityError.CODE_TOO_LONG);
    assertThat(h.lamports(owner)).isZero();
    Instruction ix = AdminFixtures.createContributorIx(h, h.foundation, owner, "ok");
    PublicKey next = ix.accounts().get(0).publicKey();
    assertPanic(
        h.fail(h.foundation, AdminFixtures.replace(ix, next, Keypair.generate().publicKey())));
    h.seedRaw(next, h.programId, new byte[] {0});
    assertBuiltin(h.fail(h.foundation, ix), "AccountAlreadyInitialized");
    h.seedRaw(next, doublezero.sdk.solana.system.SystemProgram.PROGRAM_ID, new byte[0]);
    // A read-only owner account cannot receive the airdrop (the CPI escalates a privilege).
    Instruction readOnlyOwner =
        new Instruction(
            ix.programId(),
            ix.accounts().stream()
                .map(
                    m ->
                        m.publicKey().equals(owner)
                            ? doublezero.sdk.solana.tx.AccountMeta.readonly(owner)
                            : m)
                .toList(),
            ix.data());
    h.fail(h.foundation, readOnlyOwner);
    AdminFixtures.okAgain(h, h.foundation, ix);
    assertThat(h.account(next, Contributor.class).code()).isEqualTo("ok");
  }

  @Test
  void updateDecodesTheContributorBeforeGlobalStateAndValidatesTheCode() {
    PublicKey notAContributor = AdminFixtures.createLocation(h, "loc");
    assertBuiltin(h.fail(outsider, op(Op.UPDATE, notAContributor, outsider)), "InvalidAccountData");
    PublicKey pk = contributor(ContributorStatus.ACTIVATED, 0);
    assertError(
        h.fail(
            h.foundation,
            new UpdateContributor(Optional.of("a b"), Optional.empty(), Optional.empty())
                .toInstruction(
                    h.programId,
                    new ContributorAccounts(pk, h.globalState(), h.foundation.publicKey()))),
        ServiceabilityError.INVALID_ACCOUNT_CODE);
    assertError(
        h.fail(
            h.foundation,
            new UpdateContributor(Optional.of("c".repeat(33)), Optional.empty(), Optional.empty())
                .toInstruction(
                    h.programId,
                    new ContributorAccounts(pk, h.globalState(), h.foundation.publicKey()))),
        ServiceabilityError.CODE_TOO_LONG);
  }
}
