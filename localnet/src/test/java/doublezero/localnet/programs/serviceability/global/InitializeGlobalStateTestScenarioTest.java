package doublezero.localnet.programs.serviceability.global;

import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.serviceability.instruction.InitGlobalState;
import doublezero.sdk.serviceability.instruction.ProgramConfigAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.FeatureFlags;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.ProgramConfig;
import doublezero.sdk.serviceability.state.ProgramVersion;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Reference `TST/initialize_global_state_test.rs`: a too-small, zero-filled ProgramConfig is grown
/// and topped up to rent exemption by InitGlobalState, and GlobalState gets the reference defaults;
/// plus the unauthorized re-initialisation quirk (§9.3) and the missing-signer case.
@NeedsLedgerInternals(
    "a fresh ledger: runs InitGlobalState itself and checks the GlobalState it writes")
class InitializeGlobalStateTestScenarioTest {
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
  void testInitializeGlobalStateResizesProgramconfigAndTopsUpRent() {
    ProgramDerivedAddress configPda = ServiceabilityPdas.programConfig(h.programId);
    int required =
        new ProgramConfig(0, new ProgramVersion(0, 12, 0), ProgramVersion.parse("1.0.0"))
            .encode()
            .length;
    h.seedRaw(configPda.address(), h.programId, new byte[required / 2]);
    assertThat(h.lamports(configPda.address())).isEqualTo(Rent.minimumBalance(required / 2));

    Keypair stranger = h.funded();
    assertPanic(
        h.fail(stranger, AdminFixtures.unsigned(h.initGlobalState(), h.foundation.publicKey())));
    h.ok(h.foundation, h.initGlobalState());

    byte[] config = h.data(configPda.address()).orElseThrow();
    assertThat(config).hasSize(required);
    assertThat(h.lamports(configPda.address()))
        .isGreaterThanOrEqualTo(Rent.minimumBalance(required));
    assertThat(ProgramConfig.decode(config))
        .isEqualTo(
            new ProgramConfig(
                configPda.bump(), new ProgramVersion(0, 12, 0), new ProgramVersion(0, 7, 1)));

    ProgramDerivedAddress statePda = ServiceabilityPdas.globalState(h.programId);
    PublicKey p = h.foundation.publicKey();
    GlobalState expected =
        new GlobalState(
            statePda.bump(),
            U128.ZERO,
            List.of(p),
            List.of(p),
            List.of(),
            p,
            p,
            1_000_000_000L,
            40_000L,
            p,
            List.of(p),
            FeatureFlags.NONE,
            PublicKey.DEFAULT);
    assertThat(h.data(statePda.address()))
        .hasValueSatisfying(d -> assertThat(d).isEqualTo(expected.encode()));

    // No authorization: anyone may call it again; GlobalState stays, ProgramConfig is rewritten
    // (§9.3).
    h.ok(
        stranger,
        new InitGlobalState()
            .toInstruction(
                h.programId,
                new ProgramConfigAccounts(
                    configPda.address(), statePda.address(), stranger.publicKey())));
    assertThat(h.data(statePda.address()))
        .hasValueSatisfying(d -> assertThat(d).isEqualTo(expected.encode()));
  }
}
