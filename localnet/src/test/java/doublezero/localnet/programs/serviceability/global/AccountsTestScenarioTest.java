package doublezero.localnet.programs.serviceability.global;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.ProgramConfig;
import doublezero.sdk.serviceability.state.ProgramVersion;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Reference `TST/accounts_test.rs`: `try_acc_write` growing ProgramConfig is funded by the payer
/// exactly to rent exemption and sized exactly (§0.4).
@NeedsLedgerInternals(
    "a fresh ledger: seeds a too-small ProgramConfig account before InitGlobalState")
class AccountsTestScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;

  @BeforeAll
  static void start() {
    h = ProgramHarness.start(dir);
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  @Test
  void testWriteAccountReallocFundsFromPayer() {
    var configPda = ServiceabilityPdas.programConfig(h.programId).address();
    int required =
        new ProgramConfig(0, new ProgramVersion(0, 12, 0), ProgramVersion.parse("1.0.0"))
            .encode()
            .length;
    int smaller = required / 2;
    h.seedRaw(configPda, h.programId, new byte[smaller]);
    long oldLamports = h.lamports(configPda);
    long payerBefore = h.lamports(h.foundation.publicKey());

    h.ok(h.foundation, h.initGlobalState());

    long payerAfter = h.lamports(h.foundation.publicKey());
    long funded = h.lamports(configPda) - oldLamports;
    assertThat(h.data(configPda).orElseThrow()).hasSize(required);
    assertThat(h.lamports(configPda)).isEqualTo(Rent.minimumBalance(required));
    assertThat(funded).isEqualTo(Rent.minimumBalance(required) - Rent.minimumBalance(smaller));
    long globalStateRent = h.lamports(h.globalState());
    assertThat(h.account(h.globalState(), GlobalState.class).foundationAllowlist())
        .containsExactly(h.foundation.publicKey());
    // The payer paid the fee, the top-up and GlobalState's rent, nothing else.
    assertThat(payerBefore - payerAfter).isEqualTo(5000 + funded + globalStateRent);
  }
}
