package doublezero.localnet.programs.serviceability.location;

import static doublezero.localnet.programs.ProgramHarness.assertBuiltin;
import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.global.AdminFixtures;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CreateLocation;
import doublezero.sdk.serviceability.instruction.DeleteLocation;
import doublezero.sdk.serviceability.instruction.LocationAccounts;
import doublezero.sdk.serviceability.instruction.ResumeLocation;
import doublezero.sdk.serviceability.instruction.SuspendLocation;
import doublezero.sdk.serviceability.instruction.UpdateLocation;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.LocationStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// `serviceability-instructions.md` §4.6 (Location lifecycle, every allowed and forbidden
/// transition), the missing-signer / wrong-owner / outside-allowlist matrix of every Location
/// instruction, the Location rules and the reference's order of checks (§3.2, §9.7).
class LocationLifecycleAndAccessTest {
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

  static Instruction op(Op op, PublicKey location, Keypair payer) {
    LocationAccounts a = new LocationAccounts(location, h.globalState(), payer.publicKey());
    return switch (op) {
      case SUSPEND -> new SuspendLocation().toInstruction(h.programId, a);
      case RESUME -> new ResumeLocation().toInstruction(h.programId, a);
      case DELETE -> new DeleteLocation().toInstruction(h.programId, a);
      case UPDATE ->
          new UpdateLocation(
                  Optional.empty(),
                  Optional.of("renamed"),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty())
              .toInstruction(h.programId, a);
    };
  }

  /// A Location created by the program, then re-seeded with `status` and `referenceCount`.
  static PublicKey location(LocationStatus status, long referenceCount) {
    PublicKey pk = AdminFixtures.createLocation(h, "loc");
    Location l = h.account(pk, Location.class);
    h.seed(
        pk,
        new Location(
            l.owner(),
            l.index(),
            l.bumpSeed(),
            l.lat(),
            l.lng(),
            l.locId(),
            status,
            l.code(),
            l.name(),
            l.country(),
            referenceCount));
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
    "SUSPENDED, DELETE, 3, 13",
    "ACTIVATED, UPDATE, 0, ACTIVATED",
    "SUSPENDED, UPDATE, 2, SUSPENDED",
    "PENDING, UPDATE, 0, PENDING"
  })
  @NeedsLedgerInternals(
      "seeded accounts: writes fixture accounts straight into the ledger"
          + " (LocationLifecycleAndAccessTest.location)")
  void lifecycle(LocationStatus from, Op op, long refs, String expected) {
    PublicKey pk = location(from, refs);
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
        Location after = h.account(pk, Location.class);
        assertThat(after.status()).isEqualTo(LocationStatus.valueOf(expected));
        assertThat(after.referenceCount()).isEqualTo(refs);
      }
    }
  }

  @NeedsLedgerInternals(
      "seeded accounts: writes fixture accounts straight into the ledger"
          + " (LocationLifecycleAndAccessTest.location)")
  @ParameterizedTest
  @CsvSource({"SUSPEND, ACTIVATED", "RESUME, SUSPENDED", "DELETE, ACTIVATED", "UPDATE, ACTIVATED"})
  void matrixForExistingLocations(Op op, LocationStatus from) {
    PublicKey pk = location(from, 0);
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
    CreateLocation args = new CreateLocation("new", "New", "us", 0, 0, 0);
    assertPanic(
        h.fail(
            outsider,
            AdminFixtures.unsigned(
                AdminFixtures.createLocationIx(h, h.foundation, args), h.foundation.publicKey())));
    Instruction ix = AdminFixtures.createLocationIx(h, h.foundation, args);
    assertPanic(
        h.fail(
            h.foundation,
            AdminFixtures.replace(
                ix, h.globalState(), AdminFixtures.foreignCopy(h, h.globalState()))));
    assertError(
        h.fail(outsider, AdminFixtures.createLocationIx(h, outsider, args)),
        ServiceabilityError.NOT_ALLOWED);
  }

  @NeedsLedgerInternals(
      "seeded accounts: writes fixture accounts straight into the ledger"
          + " (LocationLifecycleAndAccessTest.createChecksInTheReferenceOrder)")
  @Test
  void createChecksInTheReferenceOrder() {
    // The code is validated before authorization (§9.7), authorization before the PDA.
    CreateLocation badCode = new CreateLocation("l a", "x", "us", 0, 0, 0);
    assertError(
        h.fail(outsider, AdminFixtures.createLocationIx(h, outsider, badCode)),
        ServiceabilityError.INVALID_ACCOUNT_CODE);
    CreateLocation ok = new CreateLocation("la", "x", "us", 0, 0, 0);
    PublicKey wrongPda =
        ServiceabilityPdas.location(h.programId, AdminFixtures.nextIndex(h).increment()).address();
    Instruction outsiderIx = AdminFixtures.createLocationIx(h, outsider, ok);
    assertError(
        h.fail(
            outsider,
            AdminFixtures.replace(outsiderIx, outsiderIx.accounts().get(0).publicKey(), wrongPda)),
        ServiceabilityError.NOT_ALLOWED);
    Instruction ix = AdminFixtures.createLocationIx(h, h.foundation, ok);
    assertPanic(
        h.fail(
            h.foundation, AdminFixtures.replace(ix, ix.accounts().get(0).publicKey(), wrongPda)));
    PublicKey next = ix.accounts().get(0).publicKey();
    h.seedRaw(next, h.programId, new byte[] {0});
    assertBuiltin(h.fail(h.foundation, ix), "AccountAlreadyInitialized");
    h.seedRaw(next, doublezero.sdk.solana.system.SystemProgram.PROGRAM_ID, new byte[0]);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "code of 33 bytes, CODE_TOO_LONG",
    "name of 65 bytes, NAME_TOO_LONG",
    "country usa, INVALID_COUNTRY_CODE",
    "latitude 90.5, INVALID_LATITUDE",
    "longitude -180.5, INVALID_LONGITUDE"
  })
  void rulesOnCreateAndUpdate(String broken, ServiceabilityError error) {
    BiFunction<String, String, String> pick = (a, b) -> broken.startsWith(a) ? b : null;
    String code = Optional.ofNullable(pick.apply("code", "c".repeat(33))).orElse("c");
    String name = Optional.ofNullable(pick.apply("name", "n".repeat(65))).orElse("n");
    String country = Optional.ofNullable(pick.apply("country", "usa")).orElse("us");
    double lat = broken.startsWith("latitude") ? 90.5 : 0;
    double lng = broken.startsWith("longitude") ? -180.5 : 0;
    assertError(
        h.fail(
            h.foundation,
            AdminFixtures.createLocationIx(
                h, h.foundation, new CreateLocation(code, name, country, lat, lng, 0))),
        error);
    PublicKey pk = AdminFixtures.createLocation(h, "valid");
    UpdateLocation update =
        new UpdateLocation(
            Optional.of(code),
            Optional.of(name),
            Optional.of(country),
            Optional.of(lat),
            Optional.of(lng),
            Optional.empty());
    assertError(
        h.fail(
            h.foundation,
            update.toInstruction(
                h.programId, new LocationAccounts(pk, h.globalState(), h.foundation.publicKey()))),
        error);
  }

  @Test
  void boundariesAndQuirksAreAccepted() {
    // 32-byte code, 64-byte name, a 2-byte (not 2-letter) country, the range ends, Unicode letters
    // in the code with their case kept.
    CreateLocation edge = new CreateLocation("Ü".repeat(16), "n".repeat(64), "é", 90.0, -180.0, 7);
    Instruction ix = AdminFixtures.createLocationIx(h, h.foundation, edge);
    h.ok(h.foundation, ix);
    Location l = h.account(ix.accounts().get(0).publicKey(), Location.class);
    assertThat(l.code()).isEqualTo("Ü".repeat(16));
    // Borsh refuses a NaN f64 while decoding the arguments: the program panics before any check.
    Instruction zero =
        AdminFixtures.createLocationIx(h, h.foundation, new CreateLocation("", "", "us", 0, 0, 0));
    byte[] data = zero.data();
    java.nio.ByteBuffer.wrap(data)
        .order(java.nio.ByteOrder.LITTLE_ENDIAN)
        .putDouble(15, Double.NaN);
    assertPanic(h.fail(h.foundation, new Instruction(h.programId, zero.accounts(), data)));
    UpdateLocation badCode =
        new UpdateLocation(
            Optional.of("a/b"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertError(
        h.fail(
            h.foundation,
            badCode.toInstruction(
                h.programId,
                new LocationAccounts(
                    ix.accounts().get(0).publicKey(), h.globalState(), h.foundation.publicKey()))),
        ServiceabilityError.INVALID_ACCOUNT_CODE);
  }
}
