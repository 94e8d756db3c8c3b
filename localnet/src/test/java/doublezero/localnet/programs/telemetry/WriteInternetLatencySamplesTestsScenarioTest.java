package doublezero.localnet.programs.telemetry;

import static doublezero.localnet.programs.ProgramHarness.assertBuiltin;
import static doublezero.localnet.programs.ProgramHarness.assertCustom;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.serviceability.state.ExchangeStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.sdk.telemetry.pda.TelemetryPda;
import doublezero.sdk.telemetry.state.InternetLatencySamples;
import doublezero.sdk.telemetry.state.ReservedBytes;
import doublezero.sdk.telemetry.state.RttSamples;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Mirrors `doublezero-telemetry/tests/write_internet_latency_samples_tests.rs` over JSON-RPC:
/// index 3 (`reference/telemetry-geolocation.md` §A.6), cap 3 000, header located by the
/// provider-name length.
@NeedsLedgerInternals(
    "seeded accounts: Device, Link and Exchange fixtures and malformed telemetry accounts written"
        + " straight into a fresh ledger (TelemetryFixtures, seedRaw)")
class WriteInternetLatencySamplesTestsScenarioTest {
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

  record Setup(Keypair collector, PublicKey origin, PublicKey target, PublicKey account) {}

  static Setup initialized() {
    Keypair collector = h.funded();
    var o = f.seedExchange(ExchangeStatus.ACTIVATED, "ams");
    var t = f.seedExchange(ExchangeStatus.ACTIVATED, "fra");
    h.ok(collector, f.initInternet(collector.publicKey(), "ripeatlas", o, t, 1, 60_000_000));
    return new Setup(
        collector,
        o,
        t,
        TelemetryPda.internetLatencySamples(
                f.telemetry, collector.publicKey(), "ripeatlas", o, t, 1)
            .address());
  }

  @Test
  void successAndNextSampleIndex() {
    Setup s = initialized();
    h.ok(s.collector(), f.writeInternet(s.account(), s.collector().publicKey(), 5_000, 10, 20, 30));
    h.ok(s.collector(), f.writeInternet(s.account(), s.collector().publicKey(), 4_000, 40));
    byte[] data = h.data(s.account()).orElseThrow();
    assertThat(data).hasSize(266 + 16);
    assertThat(Arrays.copyOfRange(data, 266, 270)).containsExactly(10, 0, 0, 0);
    assertThat(InternetLatencySamples.decode(data))
        .isEqualTo(
            new InternetLatencySamples(
                1,
                "ripeatlas",
                s.collector().publicKey(),
                s.origin(),
                s.target(),
                60_000_000,
                5_000,
                ReservedBytes.ZERO_128,
                RttSamples.of(10, 20, 30, 40)));
    assertThat(h.lamports(s.account())).isEqualTo(Rent.minimumBalance(282));
  }

  @Test
  void failAccountDoesNotExistAndInvalidOwner() {
    Setup s = initialized();
    assertCustom(
        h.fail(
            s.collector(),
            f.writeInternet(Keypair.generate().publicKey(), s.collector().publicKey(), 1, 10)),
        1011);
    assertCustom(
        h.fail(s.collector(), f.writeInternet(s.origin(), s.collector().publicKey(), 1, 10)), 1008);
  }

  @Test
  void failUnauthorizedAndWrongAgentButValidSigner() {
    Setup s = initialized();
    Keypair other = h.funded();
    assertCustom(h.fail(other, f.writeInternet(s.account(), other.publicKey(), 1, 10)), 1001);
    assertCustom(
        h.fail(h.foundation, f.writeInternet(s.account(), h.foundation.publicKey(), 1, 10)), 1001);
  }

  @Test
  void failAgentNotSignerAndEmptySamples() {
    Setup s = initialized();
    Instruction ix =
        TelemetryFixtures.unsigned(
            f.writeInternet(s.account(), s.collector().publicKey(), 1, 10),
            s.collector().publicKey());
    assertBuiltin(h.fail(h.foundation, ix), "MissingRequiredSignature");
    assertCustom(
        h.fail(s.collector(), f.writeInternet(s.account(), s.collector().publicKey(), 1)), 1017);
  }

  @Test
  void toMaxSamplesThenAccountFull() {
    Setup s = initialized();
    long[] seeded = new long[3_000 - 5];
    Arrays.fill(seeded, 77);
    h.seedRaw(
        s.account(),
        f.telemetry,
        new InternetLatencySamples(
                1,
                "ripeatlas",
                s.collector().publicKey(),
                s.origin(),
                s.target(),
                60_000_000,
                9,
                ReservedBytes.ZERO_128,
                RttSamples.of(seeded))
            .encode());
    assertCustom(
        h.fail(
            s.collector(), f.writeInternet(s.account(), s.collector().publicKey(), 1, new long[6])),
        1006);
    h.ok(
        s.collector(),
        f.writeInternet(s.account(), s.collector().publicKey(), 1, 77, 77, 77, 77, 77));
    InternetLatencySamples full = InternetLatencySamples.decode(h.data(s.account()).orElseThrow());
    assertThat(full.nextSampleIndex()).isEqualTo(3_000);
    assertThat(full.startTimestampMicroseconds()).isEqualTo(9);
    assertCustom(
        h.fail(s.collector(), f.writeInternet(s.account(), s.collector().publicKey(), 1, 1)), 1006);
  }

  @Test
  void failSamplesBatchTooLarge() {
    Setup s = initialized();
    assertCustom(
        f.sendOversized(
            s.collector(),
            f.writeInternet(s.account(), s.collector().publicKey(), 1, new long[2_561])),
        1013);
  }

  @Test
  void headerQuirks() {
    Setup s = initialized();
    byte[] data = h.data(s.account()).orElseThrow();
    PublicKey nameTooLong = Keypair.generate().publicKey();
    byte[] copy = data.clone();
    copy[9] = 33; // name length 33 ⇒ header 290 > 289
    h.seedRaw(nameTooLong, f.telemetry, copy);
    assertBuiltin(
        h.fail(s.collector(), f.writeInternet(nameTooLong, s.collector().publicKey(), 1, 10)),
        "InvalidAccountData");
    PublicKey shortData = Keypair.generate().publicKey();
    byte[] longName = data.clone();
    longName[9] = 20; // declares a 277-byte header in 266 bytes: the program's slice panics
    h.seedRaw(shortData, f.telemetry, longName);
    assertPanic(
        h.fail(s.collector(), f.writeInternet(shortData, s.collector().publicKey(), 1, 10)));
    PublicKey deviceType = Keypair.generate().publicKey();
    byte[] typed = data.clone();
    typed[0] = 3;
    h.seedRaw(deviceType, f.telemetry, typed);
    assertCustom(
        h.fail(s.collector(), f.writeInternet(deviceType, s.collector().publicKey(), 1, 10)), 1007);
  }
}
