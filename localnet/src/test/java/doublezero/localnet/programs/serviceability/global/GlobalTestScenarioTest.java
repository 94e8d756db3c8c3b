package doublezero.localnet.programs.serviceability.global;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.serviceability.instruction.CreateExchange;
import doublezero.sdk.serviceability.instruction.CreateLocation;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.ContributorStatus;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.ExchangeStatus;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.LocationStatus;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Reference `TST/global_test.rs` (`test_doublezero_program`), the part up to the contributor: two locations, two
/// exchanges and a contributor created in order, each taking the next GlobalState.account_index. The rest of the
/// reference scenario (devices, interfaces, link, access pass, user) belongs to the device, link, access-pass and
/// user ports and is not mirrored here.
class GlobalTestScenarioTest {
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

  static U128 accountIndex() {
    return h.account(h.globalState(), GlobalState.class).accountIndex();
  }

  static PublicKey run(Instruction ix) {
    h.ok(h.foundation, ix);
    return ix.accounts().get(0).publicKey();
  }

  @Test
  void testDoublezeroProgramUpToTheContributor() {
    assertThat(accountIndex()).isEqualTo(U128.ZERO);
    PublicKey la = run(AdminFixtures.createLocationIx(h, h.foundation,
        new CreateLocation("la", "Los Angeles", "us", 1.234, 4.567, 0)));
    assertThat(h.account(la, Location.class).code()).isEqualTo("la");
    assertThat(h.account(la, Location.class).status()).isEqualTo(LocationStatus.ACTIVATED);
    assertThat(accountIndex()).isEqualTo(U128.ofUnsigned(1));
    PublicKey ny = run(AdminFixtures.createLocationIx(h, h.foundation,
        new CreateLocation("ny", "New York", "us", 1.234, 4.567, 0)));
    assertThat(h.account(ny, Location.class).code()).isEqualTo("ny");
    assertThat(accountIndex()).isEqualTo(U128.ofUnsigned(2));
    PublicKey exLa = run(AdminFixtures.createExchangeIx(h, h.foundation,
        new CreateExchange("xla", "Los Angeles", 1.234, 4.567, 0)));
    assertThat(h.account(exLa, Exchange.class).code()).isEqualTo("xla");
    assertThat(h.account(exLa, Exchange.class).status()).isEqualTo(ExchangeStatus.ACTIVATED);
    assertThat(accountIndex()).isEqualTo(U128.ofUnsigned(3));
    PublicKey exNy = run(AdminFixtures.createExchangeIx(h, h.foundation,
        new CreateExchange("xny", "New York", 1.234, 4.567, 0)));
    assertThat(h.account(exNy, Exchange.class).code()).isEqualTo("xny");
    assertThat(h.account(exNy, Exchange.class).bgpCommunity()).isEqualTo(10001);
    assertThat(accountIndex()).isEqualTo(U128.ofUnsigned(4));
    PublicKey cont = run(AdminFixtures.createContributorIx(h, h.foundation, h.foundation.publicKey(), "cont"));
    Contributor c = h.account(cont, Contributor.class);
    assertThat(c.code()).isEqualTo("cont");
    assertThat(c.status()).isEqualTo(ContributorStatus.ACTIVATED);
    assertThat(c.owner()).isEqualTo(h.foundation.publicKey());
    assertThat(accountIndex()).isEqualTo(U128.ofUnsigned(5));
  }
}
