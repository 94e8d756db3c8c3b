package doublezero.localnet.programs.telemetry;

import static doublezero.localnet.programs.ProgramHarness.assertBuiltin;
import static doublezero.localnet.programs.ProgramHarness.assertCustom;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.sdk.telemetry.pda.TelemetryPda;
import doublezero.sdk.telemetry.state.DeviceLatencySamples;
import doublezero.sdk.telemetry.state.ReservedBytes;
import doublezero.sdk.telemetry.state.RttSamples;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Mirrors `doublezero-telemetry/tests/write_device_latency_samples_tests.rs` over JSON-RPC: index
/// 1 (`reference/telemetry-geolocation.md` §A.6), the sample cap, the batch limit and
/// header-in-place quirks.
@NeedsLedgerInternals(
    "seeded accounts: Device, Link and Exchange fixtures and malformed telemetry accounts written"
        + " straight into a fresh ledger (TelemetryFixtures, seedRaw)")
class WriteDeviceLatencySamplesTestsScenarioTest {
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

  /// An initialised account for a fresh pair, epoch 1, interval 5 s.
  static PublicKey initialized(TelemetryFixtures.Pair p) {
    h.ok(p.agent(), f.initDevice(p, 1, 5_000_000));
    return TelemetryPda.deviceLatencySamples(f.telemetry, p.origin(), p.target(), p.link(), 1)
        .address();
  }

  static DeviceLatencySamples read(PublicKey account) {
    return DeviceLatencySamples.decode(h.data(account).orElseThrow());
  }

  @Test
  void success() {
    var p = f.pair();
    PublicKey account = initialized(p);
    long before = h.lamports(p.agent().publicKey());
    h.ok(
        p.agent(),
        f.writeDevice(
            account, p.agent().publicKey(), 1_700_000_000_000_000L, 100, 200, 0, 300, 400));
    byte[] data = h.data(account).orElseThrow();
    assertThat(data).hasSize(349 + 20);
    assertThat(Arrays.copyOfRange(data, 349, 369))
        .containsExactly(
            100, 0, 0, 0, (byte) 200, 0, 0, 0, 0, 0, 0, 0, 44, 1, 0, 0, (byte) 144, 1, 0, 0);
    assertThat(read(account))
        .isEqualTo(
            new DeviceLatencySamples(
                1,
                p.agent().publicKey(),
                p.origin(),
                p.target(),
                p.originLocation(),
                p.targetLocation(),
                p.link(),
                5_000_000,
                1_700_000_000_000_000L,
                ReservedBytes.ZERO_128,
                RttSamples.of(100, 200, 0, 300, 400)));
    assertThat(h.lamports(account)).isEqualTo(Rent.minimumBalance(369));
    assertThat(before - h.lamports(p.agent().publicKey()))
        .isEqualTo(Rent.minimumBalance(369) - Rent.minimumBalance(349) + 5000);
  }

  @Test
  void failUnauthorizedAgentAndWrongAgentButValidSigner() {
    var p = f.pair();
    PublicKey account = initialized(p);
    Keypair stranger = h.funded();
    assertCustom(h.fail(stranger, f.writeDevice(account, stranger.publicKey(), 1, 10)), 1001);
    // The foundation pays the fee and signs, but the account's writer is the agent.
    assertCustom(
        h.fail(h.foundation, f.writeDevice(account, h.foundation.publicKey(), 1, 10)), 1001);
  }

  @Test
  void preservesStartTimestampAndNextSampleIndex() {
    var p = f.pair();
    PublicKey account = initialized(p);
    h.ok(p.agent(), f.writeDevice(account, p.agent().publicKey(), 2_000, 1, 2));
    h.ok(p.agent(), f.writeDevice(account, p.agent().publicKey(), 1_000, 3));
    h.ok(p.agent(), f.writeDevice(account, p.agent().publicKey(), 3_000, 4, 5, 6));
    DeviceLatencySamples s = read(account);
    assertThat(s.startTimestampMicroseconds()).isEqualTo(2_000);
    assertThat(s.nextSampleIndex()).isEqualTo(6);
    assertThat(s.samples()).isEqualTo(RttSamples.of(1, 2, 3, 4, 5, 6));
  }

  @Test
  void failAgentNotSigner() {
    var p = f.pair();
    PublicKey account = initialized(p);
    Instruction ix =
        TelemetryFixtures.unsigned(
            f.writeDevice(account, p.agent().publicKey(), 1, 10), p.agent().publicKey());
    assertBuiltin(h.fail(h.foundation, ix), "MissingRequiredSignature");
  }

  @Test
  void failOnEmptySamplesFirst() {
    var p = f.pair();
    PublicKey account = initialized(p);
    assertCustom(h.fail(p.agent(), f.writeDevice(account, p.agent().publicKey(), 1)), 1017);
    // Checked before the accounts: even with none at all.
    Instruction empty = f.writeDevice(account, p.agent().publicKey(), 1);
    assertCustom(h.fail(p.agent(), new Instruction(f.telemetry, List.of(), empty.data())), 1017);
  }

  @Test
  void failInvalidAccountOwnerAndDoesNotExist() {
    var p = f.pair();
    assertCustom(h.fail(p.agent(), f.writeDevice(p.link(), p.agent().publicKey(), 1, 10)), 1008);
    assertCustom(
        h.fail(
            p.agent(), f.writeDevice(Keypair.generate().publicKey(), p.agent().publicKey(), 1, 10)),
        1011);
  }

  @Test
  void headerQuirks() {
    var p = f.pair();
    PublicKey internetType = Keypair.generate().publicKey();
    byte[] header =
        new DeviceLatencySamples(
                1,
                p.agent().publicKey(),
                p.origin(),
                p.target(),
                p.originLocation(),
                p.targetLocation(),
                p.link(),
                5,
                0,
                ReservedBytes.ZERO_128,
                RttSamples.EMPTY)
            .encode();
    header[0] = 4;
    h.seedRaw(internetType, f.telemetry, header);
    assertCustom(
        h.fail(p.agent(), f.writeDevice(internetType, p.agent().publicKey(), 1, 10)), 1007);
    PublicKey unknownType = Keypair.generate().publicKey();
    header[0] = 9;
    h.seedRaw(unknownType, f.telemetry, header);
    assertBuiltin(
        h.fail(p.agent(), f.writeDevice(unknownType, p.agent().publicKey(), 1, 10)),
        "InvalidAccountData");
    PublicKey tooShort = Keypair.generate().publicKey();
    h.seedRaw(tooShort, f.telemetry, Arrays.copyOf(header, 348));
    assertPanic(h.fail(p.agent(), f.writeDevice(tooShort, p.agent().publicKey(), 1, 10)));
  }

  /// `test_write_device_latency_samples_to_max_samples` and `..._fail_account_full`: the account is
  /// seeded 10 samples short of 35 000 (writing 35 000 samples 245 at a time would take 143
  /// transactions), filled to the cap by one write, then refused.
  @Test
  void toMaxSamplesThenAccountFull() {
    var p = f.pair();
    PublicKey account = initialized(p);
    long[] full = new long[35_000 - 10];
    Arrays.fill(full, 1234);
    DeviceLatencySamples seeded =
        new DeviceLatencySamples(
            1,
            p.agent().publicKey(),
            p.origin(),
            p.target(),
            p.originLocation(),
            p.targetLocation(),
            p.link(),
            5_000_000,
            1,
            ReservedBytes.ZERO_128,
            RttSamples.of(full));
    h.seedRaw(account, f.telemetry, seeded.encode());
    assertCustom(
        h.fail(p.agent(), f.writeDevice(account, p.agent().publicKey(), 2, new long[11])), 1006);
    long[] ten = new long[10];
    Arrays.fill(ten, 1234);
    h.ok(p.agent(), f.writeDevice(account, p.agent().publicKey(), 2, ten));
    DeviceLatencySamples s = read(account);
    assertThat(s.nextSampleIndex()).isEqualTo(35_000);
    assertThat(h.data(account).orElseThrow()).hasSize(349 + 140_000);
    assertThat(s.samples().asList()).containsOnly(1234L);
    assertCustom(h.fail(p.agent(), f.writeDevice(account, p.agent().publicKey(), 3, 1)), 1006);
  }

  /// 2 561 samples do not fit a 1 232-byte packet, so the RPC server refuses the transaction; the
  /// ledger node takes it directly to reach the program's own limit (`SamplesBatchTooLarge`, 1013).
  @Test
  void failSamplesBatchTooLarge() {
    var p = f.pair();
    PublicKey account = initialized(p);
    assertCustom(
        f.sendOversized(
            p.agent(), f.writeDevice(account, p.agent().publicKey(), 1, new long[2_561])),
        1013);
    assertThat(read(account).nextSampleIndex()).isZero();
  }
}
