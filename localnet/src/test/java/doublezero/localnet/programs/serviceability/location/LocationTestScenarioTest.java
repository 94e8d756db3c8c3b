package doublezero.localnet.programs.serviceability.location;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.global.AdminFixtures;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CreateLocation;
import doublezero.sdk.serviceability.instruction.DeleteLocation;
import doublezero.sdk.serviceability.instruction.LocationAccounts;
import doublezero.sdk.serviceability.instruction.ResumeLocation;
import doublezero.sdk.serviceability.instruction.SuspendLocation;
import doublezero.sdk.serviceability.instruction.UpdateLocation;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.LocationStatus;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Reference `TST/location_test.rs`: the Location lifecycle through localnet over JSON-RPC.
class LocationTestScenarioTest {
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

  private LocationAccounts accounts(PublicKey location) {
    return new LocationAccounts(location, h.globalState(), h.foundation.publicKey());
  }

  @Test
  void testLocation() {
    U128 index = AdminFixtures.nextIndex(h);
    ProgramDerivedAddress pda = ServiceabilityPdas.location(h.programId, index);
    long payerBefore = h.lamports(h.foundation.publicKey());
    h.ok(
        h.foundation,
        new CreateLocation("LA", "Los Angeles", "us", 1.234, 4.567, 0)
            .toInstruction(h.programId, accounts(pda.address())));
    Location created =
        new Location(
            h.foundation.publicKey(),
            index,
            pda.bump(),
            1.234,
            4.567,
            0,
            LocationStatus.ACTIVATED,
            "LA",
            "Los Angeles",
            "us",
            0);
    assertThat(h.data(pda.address()))
        .hasValueSatisfying(d -> assertThat(d).isEqualTo(created.encode()));
    assertThat(h.lamports(pda.address())).isEqualTo(Rent.minimumBalance(created.encode().length));
    assertThat(h.account(h.globalState(), GlobalState.class).accountIndex()).isEqualTo(index);

    h.ok(h.foundation, new SuspendLocation().toInstruction(h.programId, accounts(pda.address())));
    assertThat(h.account(pda.address(), Location.class).status())
        .isEqualTo(LocationStatus.SUSPENDED);
    h.ok(h.foundation, new ResumeLocation().toInstruction(h.programId, accounts(pda.address())));
    assertThat(h.account(pda.address(), Location.class)).isEqualTo(created);
    assertError(
        AdminFixtures.failAgain(
            h,
            h.foundation,
            new ResumeLocation().toInstruction(h.programId, accounts(pda.address()))),
        ServiceabilityError.INVALID_STATUS);

    h.ok(
        h.foundation,
        new UpdateLocation(
                Optional.of("LA2"),
                Optional.of("Los Angeles - Los Angeles"),
                Optional.of("CA"),
                Optional.of(3.433),
                Optional.of(23.223),
                Optional.of(1L))
            .toInstruction(h.programId, accounts(pda.address())));
    Location updated =
        new Location(
            h.foundation.publicKey(),
            index,
            pda.bump(),
            3.433,
            23.223,
            1,
            LocationStatus.ACTIVATED,
            "LA2",
            "Los Angeles - Los Angeles",
            "CA",
            0);
    assertThat(h.data(pda.address()))
        .hasValueSatisfying(d -> assertThat(d).isEqualTo(updated.encode()));

    long locationLamports = h.lamports(pda.address());
    long payerMid = h.lamports(h.foundation.publicKey());
    h.ok(h.foundation, new DeleteLocation().toInstruction(h.programId, accounts(pda.address())));
    assertThat(h.data(pda.address())).isEmpty();
    assertThat(h.lamports(h.foundation.publicKey())).isEqualTo(payerMid + locationLamports - 5000);
    assertThat(payerBefore).isGreaterThan(payerMid);
  }

  @Test
  void testLocationDeleteFromSuspended() {
    PublicKey la = AdminFixtures.createLocation(h, "la");
    h.ok(h.foundation, new SuspendLocation().toInstruction(h.programId, accounts(la)));
    assertThat(h.account(la, Location.class).status()).isEqualTo(LocationStatus.SUSPENDED);
    h.ok(h.foundation, new DeleteLocation().toInstruction(h.programId, accounts(la)));
    assertThat(h.data(la)).isEmpty();
  }
}
