package doublezero.localnet.programs.serviceability.global;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.GlobalStateAccounts;
import doublezero.sdk.serviceability.instruction.SetFeatureFlags;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.FeatureFlags;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Reference `TST/feature_flags_test.rs`, plus the SetFeatureFlags signer/owner/allowlist matrix.
@NeedsLedgerInternals(
    "ledger-wide state: sets GlobalState's feature flags, which every other test on the ledger"
        + " would see")
class FeatureFlagsTestScenarioTest {
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

  static Instruction set(long flags, Keypair payer) {
    return new SetFeatureFlags(U128.ofUnsigned(flags))
        .toInstruction(h.programId, new GlobalStateAccounts(h.globalState(), payer.publicKey()));
  }

  static FeatureFlags flags() {
    return h.account(h.globalState(), GlobalState.class).featureFlags();
  }

  @Test
  void testSetFeatureFlagsSuccessAndPersistence() {
    assertThat(flags()).isEqualTo(FeatureFlags.NONE);
    h.ok(h.foundation, set(1, h.foundation));
    assertThat(flags().bits()).isEqualTo(U128.ofUnsigned(1));
    assertThat(flags().isSet(FeatureFlag.fromWire(0))).isTrue();
    // Whole-value replacement, unknown bits kept as given.
    h.ok(h.foundation, set(0b1010, h.foundation));
    assertThat(flags().bits()).isEqualTo(U128.ofUnsigned(0b1010));
    h.ok(h.foundation, set(0, h.foundation));
    assertThat(flags()).isEqualTo(FeatureFlags.NONE);
  }

  @Test
  void testSetFeatureFlagsNonFoundationFailsAndMatrix() {
    Keypair outsider = h.funded();
    assertError(h.fail(outsider, set(1, outsider)), ServiceabilityError.NOT_ALLOWED);
    assertPanic(
        h.fail(outsider, AdminFixtures.unsigned(set(1, h.foundation), h.foundation.publicKey())));
    assertPanic(
        h.fail(
            h.foundation,
            AdminFixtures.replace(
                set(1, h.foundation),
                h.globalState(),
                AdminFixtures.foreignCopy(h, h.globalState()))));
    // GlobalState need not be writable for SetFeatureFlags' own checks; the runtime then refuses
    // the write.
    Instruction readOnly =
        AdminFixtures.replace(set(1, h.foundation), h.globalState(), h.globalState());
    readOnly =
        new Instruction(
            readOnly.programId(),
            readOnly.accounts().stream()
                .map(
                    m ->
                        m.publicKey().equals(h.globalState())
                            ? doublezero.sdk.solana.tx.AccountMeta.readonly(h.globalState())
                            : m)
                .toList(),
            readOnly.data());
    h.fail(h.foundation, readOnly);
  }
}
