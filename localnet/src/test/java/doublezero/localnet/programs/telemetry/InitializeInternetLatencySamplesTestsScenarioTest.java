package doublezero.localnet.programs.telemetry;

import static doublezero.localnet.programs.ProgramHarness.assertBuiltin;
import static doublezero.localnet.programs.ProgramHarness.assertCustom;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.serviceability.state.ExchangeStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.sdk.telemetry.pda.TelemetryPda;
import doublezero.sdk.telemetry.state.InternetLatencySamples;
import doublezero.sdk.telemetry.state.ReservedBytes;
import doublezero.sdk.telemetry.state.RttSamples;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/// Mirrors `doublezero-telemetry/tests/initialize_internet_latency_samples_tests.rs` over JSON-RPC:
/// index 2 against seeded Exchanges (`reference/telemetry-geolocation.md` §A.6, §A.7: no authority
/// check at v0.12.0).
@NeedsLedgerInternals(
    "seeded accounts: Device, Link and Exchange fixtures and malformed telemetry accounts written"
        + " straight into a fresh ledger (TelemetryFixtures, seedRaw)")
class InitializeInternetLatencySamplesTestsScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static TelemetryFixtures f;

  @BeforeAll
  static void start() {
    h = ProgramHarness.start(dir);
    f = new TelemetryFixtures(h);
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  static PublicKey pda(Keypair c, String name, PublicKey o, PublicKey t, long epoch) {
    return TelemetryPda.internetLatencySamples(f.telemetry, c.publicKey(), name, o, t, epoch)
        .address();
  }

  @Test
  void successActiveExchangesByAnySigner() {
    Keypair collector = h.funded(); // no allowlist: any signer may create (§A.7)
    var o = f.seedExchange(ExchangeStatus.ACTIVATED, "ams");
    var t = f.seedExchange(ExchangeStatus.ACTIVATED, "fra");
    h.ok(collector, f.initInternet(collector.publicKey(), "ripeatlas", o, t, 3, 60_000_000));
    byte[] data = h.data(pda(collector, "ripeatlas", o, t, 3)).orElseThrow();
    assertThat(data).hasSize(257 + 9);
    assertThat(data[0]).isEqualTo((byte) 4);
    assertThat(InternetLatencySamples.decode(data))
        .isEqualTo(
            new InternetLatencySamples(
                3,
                "ripeatlas",
                collector.publicKey(),
                o,
                t,
                60_000_000,
                0,
                ReservedBytes.ZERO_128,
                RttSamples.EMPTY));
    assertThat(h.lamports(pda(collector, "ripeatlas", o, t, 3)))
        .isEqualTo(Rent.minimumBalance(266));
  }

  @Test
  void alreadyWithLamports() {
    Keypair collector = h.funded();
    var o = f.seedExchange(ExchangeStatus.ACTIVATED, "ams");
    var t = f.seedExchange(ExchangeStatus.ACTIVATED, "fra");
    PublicKey pda = pda(collector, "wheresitup", o, t, 1);
    h.ok(h.foundation, SystemProgram.transfer(h.foundation.publicKey(), pda, 6_960 * 128));
    h.ok(collector, f.initInternet(collector.publicKey(), "wheresitup", o, t, 1, 60_000_000));
    assertThat(h.data(pda).orElseThrow()).hasSize(267);
    assertThat(h.lamports(pda)).isEqualTo(Rent.minimumBalance(267));
  }

  @Test
  void successSuspendedOriginOrTargetExchange() {
    Keypair collector = h.funded();
    var active = f.seedExchange(ExchangeStatus.ACTIVATED, "ams");
    var suspended = f.seedExchange(ExchangeStatus.SUSPENDED, "fra");
    h.ok(collector, f.initInternet(collector.publicKey(), "ripeatlas", suspended, active, 1, 1));
    h.ok(collector, f.initInternet(collector.publicKey(), "ripeatlas", active, suspended, 1, 1));
  }

  @ParameterizedTest
  @EnumSource(value = ExchangeStatus.class, names = "PENDING")
  void failExchangeNotActiveOrSuspended(ExchangeStatus status) {
    Keypair collector = h.funded();
    var active = f.seedExchange(ExchangeStatus.ACTIVATED, "ams");
    var pending = f.seedExchange(status, "fra");
    assertCustom(
        h.fail(
            collector, f.initInternet(collector.publicKey(), "ripeatlas", pending, active, 1, 1)),
        1014);
    assertCustom(
        h.fail(
            collector, f.initInternet(collector.publicKey(), "ripeatlas", active, pending, 1, 1)),
        1014);
  }

  @Test
  void failAgentNotSigner() {
    Keypair collector = h.funded();
    var o = f.seedExchange(ExchangeStatus.ACTIVATED, "ams");
    var t = f.seedExchange(ExchangeStatus.ACTIVATED, "fra");
    Instruction ix =
        TelemetryFixtures.unsigned(
            f.initInternet(collector.publicKey(), "ripeatlas", o, t, 1, 1), collector.publicKey());
    assertBuiltin(h.fail(h.foundation, ix), "MissingRequiredSignature");
  }

  @Test
  void failOriginOrTargetExchangeWrongOwner() {
    Keypair collector = h.funded();
    var o = f.seedExchange(ExchangeStatus.ACTIVATED, "ams");
    PublicKey foreign = Keypair.generate().publicKey();
    h.seedRaw(
        foreign,
        Keypair.generate().publicKey(),
        TelemetryFixtures.exchange(ExchangeStatus.ACTIVATED, "x").encode());
    assertBuiltin(
        h.fail(collector, f.initInternet(collector.publicKey(), "ripeatlas", foreign, o, 1, 1)),
        "IncorrectProgramId");
    assertBuiltin(
        h.fail(collector, f.initInternet(collector.publicKey(), "ripeatlas", o, foreign, 1, 1)),
        "IncorrectProgramId");
  }

  @Test
  void failProviderNameTooLongFirst() {
    Keypair collector = h.funded();
    var o = f.seedExchange(ExchangeStatus.ACTIVATED, "ams");
    var t = f.seedExchange(ExchangeStatus.ACTIVATED, "fra");
    Instruction good = f.initInternet(collector.publicKey(), "ripeatlas", o, t, 1, 0);
    // 33 bytes (the SDK cannot derive a PDA from it): reuse another PDA, the name check comes
    // first.
    byte[] data =
        new doublezero.sdk.telemetry.instruction.InitializeInternetLatencySamples(
                "x".repeat(33), 1, 0)
            .encode();
    assertCustom(h.fail(collector, new Instruction(f.telemetry, good.accounts(), data)), 1015);
    assertCustom(h.fail(collector, good), 1012);
  }

  @Test
  void failAccountAlreadyExistsAndInvalidPda() {
    Keypair collector = h.funded();
    var o = f.seedExchange(ExchangeStatus.ACTIVATED, "ams");
    var t = f.seedExchange(ExchangeStatus.ACTIVATED, "fra");
    h.ok(collector, f.initInternet(collector.publicKey(), "ripeatlas", o, t, 1, 1));
    assertCustom(
        h.fail(collector, f.initInternet(collector.publicKey(), "ripeatlas", o, t, 1, 2)), 1010);
    Instruction wrongPda =
        TelemetryFixtures.replace(
            f.initInternet(collector.publicKey(), "ripeatlas", o, t, 2, 1),
            0,
            pda(collector, "ripeatlas", o, t, 3));
    assertCustom(h.fail(collector, wrongPda), 1009);
  }

  @Test
  void failSameOriginAndTargetExchange() {
    Keypair collector = h.funded();
    var o = f.seedExchange(ExchangeStatus.ACTIVATED, "ams");
    assertCustom(
        h.fail(collector, f.initInternet(collector.publicKey(), "ripeatlas", o, o, 1, 1)), 1016);
    // Quirk: the program compares the decoded Exchanges, not their keys: two accounts with equal
    // contents.
    var copy = Keypair.generate().publicKey();
    h.seedRaw(copy, ProgramHarness.ENV.serviceabilityProgramId(), h.data(o).orElseThrow());
    assertCustom(
        h.fail(collector, f.initInternet(collector.publicKey(), "ripeatlas", o, copy, 1, 1)), 1016);
  }

  /// A zero-length provider name is accepted at init (257-byte account) but the write path's header
  /// parser refuses data of 257 bytes or less: such an account can never be written
  /// (`InvalidAccountData`).
  @Test
  void emptyProviderNameCreatesAnUnwritableAccount() {
    Keypair collector = h.funded();
    var o = f.seedExchange(ExchangeStatus.ACTIVATED, "ams");
    var t = f.seedExchange(ExchangeStatus.ACTIVATED, "fra");
    h.ok(collector, f.initInternet(collector.publicKey(), "", o, t, 1, 1));
    PublicKey pda = pda(collector, "", o, t, 1);
    assertThat(h.data(pda).orElseThrow()).hasSize(257);
    assertBuiltin(
        h.fail(collector, f.writeInternet(pda, collector.publicKey(), 1, 10)),
        "InvalidAccountData");
  }
}
