package doublezero.localnet.programs.geolocation;

import static doublezero.localnet.programs.ProgramHarness.assertBuiltin;
import static doublezero.localnet.programs.ProgramHarness.assertCustom;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.telemetry.TelemetryFixtures;
import doublezero.sdk.geolocation.instruction.ProgramConfigAccounts;
import doublezero.sdk.geolocation.instruction.UpdateProgramConfig;
import doublezero.sdk.geolocation.pda.GeolocationPda;
import doublezero.sdk.geolocation.state.GeolocationProgramConfig;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Mirrors `doublezero-geolocation/tests/update_program_config_test.rs` over JSON-RPC, plus
/// InitProgramConfig: only the upgrade authority named by the program-data account may init or
/// update (`reference/telemetry-geolocation.md` §D.3, §D.6).
@NeedsLedgerInternals(
    "seeded accounts: the geolocation program-data account (upgrade authority) on a fresh ledger")
class UpdateProgramConfigTestScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static GeolocationFixtures f;
  static Keypair authority;
  static PublicKey config;

  @BeforeAll
  static void start() {
    h = ProgramHarness.start(dir);
    f = new GeolocationFixtures(h);
    authority = h.funded();
    f.seedProgramData(authority.publicKey());
    Keypair stranger = h.funded();
    assertCustom(h.fail(stranger, f.init(stranger.publicKey())), 17);
    h.ok(authority, f.init(authority.publicKey()));
    config = GeolocationPda.programConfig(f.geo).address();
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  static Instruction update(Keypair payer, Long version, Long min) {
    return new UpdateProgramConfig(Optional.ofNullable(version), Optional.ofNullable(min))
        .toInstruction(f.geo, ProgramConfigAccounts.derive(f.geo, payer.publicKey()));
  }

  static GeolocationProgramConfig read() {
    return GeolocationProgramConfig.decode(h.data(config).orElseThrow());
  }

  @BeforeEach
  void reset() {
    f.seedProgramData(authority.publicKey());
    h.ok(authority, update(authority, 1L, 1L));
  }

  @Test
  void initWroteTheTenByteConfig() {
    int bump = GeolocationPda.programConfig(f.geo).bump();
    assertThat(HexFormat.of().formatHex(h.data(config).orElseThrow()))
        .isEqualTo("01" + String.format("%02x", bump) + "01000000" + "01000000");
    assertThat(h.lamports(config)).isEqualTo(Rent.minimumBalance(10));
    assertBuiltin(h.fail(authority, f.init(authority.publicKey())), "AccountAlreadyInitialized");
  }

  @Test
  void success() {
    h.ok(authority, update(authority, 5L, null));
    assertThat(read().version()).isEqualTo(5);
    assertThat(read().minCompatibleVersion()).isEqualTo(1);
    h.ok(authority, update(authority, null, 3L));
    assertThat(read()).isEqualTo(new GeolocationProgramConfig(read().bumpSeed(), 5, 3));
  }

  @Test
  void versionDowngradeBelowMinCompatibleVersion() {
    h.ok(authority, update(authority, 5L, 3L));
    assertCustom(h.fail(authority, update(authority, 1L, null)), 18);
    assertThat(read().version()).isEqualTo(5);
    assertThat(read().minCompatibleVersion()).isEqualTo(3);
  }

  @Test
  void minCompatibleVersionExceedsVersion() {
    assertCustom(h.fail(authority, update(authority, null, 5L)), 18);
  }

  @Test
  void unauthorizedPayerMissingSignerAndWrongAccounts() {
    Keypair stranger = h.funded();
    assertCustom(h.fail(stranger, update(stranger, 2L, null)), 17);
    Instruction unsigned =
        TelemetryFixtures.unsigned(update(authority, 2L, null), authority.publicKey());
    assertBuiltin(h.fail(stranger, unsigned), "MissingRequiredSignature");
    // The fourth account must be the System program.
    Instruction noSystem =
        TelemetryFixtures.replace(update(authority, 2L, null), 3, stranger.publicKey());
    assertBuiltin(h.fail(authority, noSystem), "IncorrectProgramId");
    // A program-data account not owned by the upgradeable loader.
    h.seedRaw(
        GeolocationPda.programData(f.geo).address(),
        Keypair.generate().publicKey(),
        GeolocationFixtures.programData(authority.publicKey()));
    assertBuiltin(h.fail(authority, update(authority, 2L, null)), "IllegalOwner");
    // An immutable program (no upgrade authority).
    byte[] immutable = Arrays.copyOf(GeolocationFixtures.programData(authority.publicKey()), 13);
    immutable[12] = 0;
    h.seedRaw(
        GeolocationPda.programData(f.geo).address(),
        GeolocationPda.BPF_LOADER_UPGRADEABLE,
        immutable);
    assertBuiltin(h.fail(authority, update(authority, 2L, null)), "InvalidAccountData");
    assertThat(read().version()).isEqualTo(1);
  }

  @Test
  void strictInstructionDecoding() {
    Instruction ok = update(authority, 2L, null);
    byte[] trailing = Arrays.copyOf(ok.data(), ok.data().length + 1);
    assertBuiltin(
        h.fail(authority, new Instruction(f.geo, ok.accounts(), trailing)),
        "InvalidInstructionData");
    byte[] badOption = ok.data().clone();
    badOption[1] = 2;
    assertBuiltin(
        h.fail(authority, new Instruction(f.geo, ok.accounts(), badOption)),
        "InvalidInstructionData");
    assertBuiltin(
        h.fail(authority, new Instruction(f.geo, ok.accounts(), new byte[] {7})),
        "InvalidInstructionData");
  }
}
