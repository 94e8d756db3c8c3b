package doublezero.localnet.programs.serviceability.exchange;

import static doublezero.localnet.programs.ProgramHarness.assertBuiltin;
import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.global.AdminFixtures;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CreateExchange;
import doublezero.sdk.serviceability.instruction.DeleteExchange;
import doublezero.sdk.serviceability.instruction.ExchangeAccounts;
import doublezero.sdk.serviceability.instruction.ExchangeGlobalConfigAccounts;
import doublezero.sdk.serviceability.instruction.ResumeExchange;
import doublezero.sdk.serviceability.instruction.SuspendExchange;
import doublezero.sdk.serviceability.instruction.UpdateExchange;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.ExchangeStatus;
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

/// `serviceability-instructions.md` §4.6 (Exchange lifecycle, every allowed and forbidden
/// transition), the missing-signer / wrong-owner / outside-allowlist matrix of every Exchange
/// instruction, the Exchange rules and the reference's order of checks (§3.3).
class ExchangeLifecycleAndAccessTest {
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

  static Instruction op(Op op, PublicKey exchange, Keypair payer) {
    ExchangeAccounts a = new ExchangeAccounts(exchange, h.globalState(), payer.publicKey());
    return switch (op) {
      case SUSPEND -> new SuspendExchange().toInstruction(h.programId, a);
      case RESUME -> new ResumeExchange().toInstruction(h.programId, a);
      case DELETE -> new DeleteExchange().toInstruction(h.programId, a);
      case UPDATE ->
          new UpdateExchange(
                  Optional.empty(),
                  Optional.of("renamed"),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty())
              .toInstruction(
                  h.programId,
                  new ExchangeGlobalConfigAccounts(
                      exchange, h.globalConfig(), h.globalState(), payer.publicKey()));
    };
  }

  static PublicKey exchange(ExchangeStatus status, long referenceCount) {
    PublicKey pk = AdminFixtures.createExchange(h, "ex");
    Exchange e = h.account(pk, Exchange.class);
    h.seed(
        pk,
        new Exchange(
            e.owner(),
            e.index(),
            e.bumpSeed(),
            e.lat(),
            e.lng(),
            e.bgpCommunity(),
            e.unused(),
            status,
            e.code(),
            e.name(),
            referenceCount,
            e.device1Pk(),
            e.device2Pk()));
    return pk;
  }

  @ParameterizedTest(name = "{1} from {0} (refs {2}) -> {3}")
  @CsvSource({
    "ACTIVATED, SUSPEND, 0, SUSPENDED",
    "SUSPENDED, SUSPEND, 0, 7",
    "PENDING, SUSPEND, 0, 7",
    "SUSPENDED, RESUME, 0, ACTIVATED",
    "ACTIVATED, RESUME, 0, 7",
    "PENDING, RESUME, 0, 7",
    "ACTIVATED, DELETE, 0, closed",
    "SUSPENDED, DELETE, 0, closed",
    "PENDING, DELETE, 0, closed",
    "ACTIVATED, DELETE, 1, 13",
    "SUSPENDED, DELETE, 2, 13",
    "ACTIVATED, UPDATE, 0, ACTIVATED",
    "SUSPENDED, UPDATE, 1, SUSPENDED",
    "PENDING, UPDATE, 0, PENDING"
  })
  @NeedsLedgerInternals(
      "seeded accounts: writes fixture accounts straight into the ledger"
          + " (ExchangeLifecycleAndAccessTest.exchange)")
  void lifecycle(ExchangeStatus from, Op op, long refs, String expected) {
    PublicKey pk = exchange(from, refs);
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
        assertThat(h.account(pk, Exchange.class).status())
            .isEqualTo(ExchangeStatus.valueOf(expected));
      }
    }
  }

  @NeedsLedgerInternals(
      "seeded accounts: writes fixture accounts straight into the ledger"
          + " (ExchangeLifecycleAndAccessTest.exchange)")
  @ParameterizedTest
  @CsvSource({"SUSPEND, ACTIVATED", "RESUME, SUSPENDED", "DELETE, ACTIVATED", "UPDATE, ACTIVATED"})
  void matrixForExistingExchanges(Op op, ExchangeStatus from) {
    PublicKey pk = exchange(from, 0);
    assertPanic(
        h.fail(
            outsider, AdminFixtures.unsigned(op(op, pk, h.foundation), h.foundation.publicKey())));
    assertPanic(
        h.fail(
            h.foundation,
            AdminFixtures.replace(op(op, pk, h.foundation), pk, AdminFixtures.foreignCopy(h, pk))));
    assertError(h.fail(outsider, op(op, pk, outsider)), ServiceabilityError.NOT_ALLOWED);
  }

  @NeedsLedgerInternals(
      "seeded accounts: a copy of a program account owned by another program"
          + " (AdminFixtures.foreignCopy)")
  @Test
  void matrixForCreate() {
    CreateExchange args = new CreateExchange("new", "New", 0, 0, 0);
    assertPanic(
        h.fail(
            outsider,
            AdminFixtures.unsigned(
                AdminFixtures.createExchangeIx(h, h.foundation, args), h.foundation.publicKey())));
    Instruction ix = AdminFixtures.createExchangeIx(h, h.foundation, args);
    assertPanic(
        h.fail(
            h.foundation,
            AdminFixtures.replace(
                ix, h.globalState(), AdminFixtures.foreignCopy(h, h.globalState()))));
    assertPanic(
        h.fail(
            h.foundation,
            AdminFixtures.replace(
                ix, h.globalConfig(), AdminFixtures.foreignCopy(h, h.globalConfig()))));
    assertError(
        h.fail(outsider, AdminFixtures.createExchangeIx(h, outsider, args)),
        ServiceabilityError.NOT_ALLOWED);
  }

  @Test
  void checksInTheReferenceOrder() {
    CreateExchange badCode = new CreateExchange("x y", "x", 0, 0, 0);
    assertError(
        h.fail(outsider, AdminFixtures.createExchangeIx(h, outsider, badCode)),
        ServiceabilityError.INVALID_ACCOUNT_CODE);
    // Create: AccountAlreadyInitialized comes before the PDA assert.
    Instruction ix =
        AdminFixtures.createExchangeIx(h, h.foundation, new CreateExchange("ok", "x", 0, 0, 0));
    PublicKey occupied = AdminFixtures.createLocation(h, "occupied");
    assertBuiltin(
        h.fail(h.foundation, AdminFixtures.replace(ix, ix.accounts().get(0).publicKey(), occupied)),
        "AccountAlreadyInitialized");
    assertPanic(
        h.fail(
            h.foundation,
            AdminFixtures.replace(
                ix, ix.accounts().get(0).publicKey(), Keypair.generate().publicKey())));
    // Suspend and Resume decode the Exchange before the foundation check; Delete after it.
    for (Op op : new Op[] {Op.SUSPEND, Op.RESUME}) {
      assertBuiltin(h.fail(outsider, op(op, occupied, outsider)), "InvalidAccountData");
    }
    assertError(
        h.fail(outsider, op(Op.DELETE, occupied, outsider)), ServiceabilityError.NOT_ALLOWED);
    assertBuiltin(
        h.fail(h.foundation, op(Op.DELETE, occupied, h.foundation)), "InvalidAccountData");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "code, CODE_TOO_LONG",
    "name, NAME_TOO_LONG",
    "lat, INVALID_LATITUDE",
    "lng, INVALID_LONGITUDE"
  })
  void rulesOnCreateAndUpdate(String broken, ServiceabilityError error) {
    String code = broken.equals("code") ? "c".repeat(33) : "c".repeat(32);
    String name = broken.equals("name") ? "n".repeat(65) : "n".repeat(64);
    double lat = broken.equals("lat") ? -90.01 : -90;
    double lng = broken.equals("lng") ? 180.01 : 180;
    assertError(
        h.fail(
            h.foundation,
            AdminFixtures.createExchangeIx(
                h, h.foundation, new CreateExchange(code, name, lat, lng, 0))),
        error);
    PublicKey pk = AdminFixtures.createExchange(h, "valid");
    assertError(
        h.fail(
            h.foundation,
            new UpdateExchange(
                    Optional.of(code),
                    Optional.of(name),
                    Optional.of(lat),
                    Optional.of(lng),
                    Optional.empty())
                .toInstruction(
                    h.programId,
                    new ExchangeGlobalConfigAccounts(
                        pk, h.globalConfig(), h.globalState(), h.foundation.publicKey()))),
        error);
  }
}
