package doublezero.localnet.programs.geolocation;

import static doublezero.localnet.programs.ProgramHarness.assertBuiltin;
import static doublezero.localnet.programs.ProgramHarness.assertCustom;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.telemetry.TelemetryFixtures;
import doublezero.sdk.geolocation.instruction.DeleteGeoProbe;
import doublezero.sdk.geolocation.instruction.GeoProbeAccounts;
import doublezero.sdk.geolocation.instruction.RemoveParentDevice;
import doublezero.sdk.geolocation.instruction.UpdateGeoProbe;
import doublezero.sdk.geolocation.pda.GeolocationPda;
import doublezero.sdk.geolocation.state.GeoProbe;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.ExchangeStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// Mirrors `doublezero-geolocation/tests/geo_probe_test.rs` over JSON-RPC, plus the parent-device
/// instructions and the foundation gate (`reference/telemetry-geolocation.md` §D.4, §D.6).
/// GlobalState comes from the real InitGlobalState ([ProgramHarness#initialized]); Exchanges and
/// Devices are seeded.
@NeedsLedgerInternals(
    "seeded accounts: the geolocation program-data account and exchanges/devices written straight"
        + " into the ledger (GeolocationFixtures)")
class GeoProbeTestScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static GeolocationFixtures f;
  static PublicKey exchange;
  static final AtomicInteger N = new AtomicInteger();

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    f = new GeolocationFixtures(h);
    f.seedProgramData(h.foundation.publicKey());
    h.ok(h.foundation, f.init(h.foundation.publicKey()));
    exchange = f.seedExchange(ExchangeStatus.ACTIVATED);
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  static String code() {
    return "probe-ams-" + N.incrementAndGet();
  }

  static PublicKey probe(String code) {
    return GeolocationPda.geoProbe(f.geo, code).address();
  }

  static GeoProbe read(String code) {
    return GeoProbe.decode(h.data(probe(code)).orElseThrow());
  }

  static String created(PublicKey publisher) {
    String code = code();
    h.ok(h.foundation, f.create(code, exchange, h.foundation.publicKey(), "8.8.8.8", publisher));
    return code;
  }

  static GeoProbeAccounts accounts(String code, PublicKey payer) {
    return GeoProbeAccounts.derive(f.geo, code, h.globalState(), payer);
  }

  @Test
  void createGeoProbeSuccess() {
    PublicKey publisher = Keypair.generate().publicKey();
    String code = created(publisher);
    GeoProbe expected =
        new GeoProbe(
            h.foundation.publicKey(),
            exchange,
            Ipv4Address.parse("8.8.8.8"),
            4242,
            publisher,
            0,
            code,
            List.of());
    assertThat(read(code)).isEqualTo(expected);
    byte[] data = h.data(probe(code)).orElseThrow();
    assertThat(data).hasSize(115 + code.length());
    assertThat(data[0]).isEqualTo((byte) 2);
    assertThat(h.lamports(probe(code))).isEqualTo(Rent.minimumBalance(data.length));
  }

  @Test
  void createGeoProbeInvalidCodeLengthAndCharacters() {
    String longCode = "a".repeat(33);
    Instruction ix =
        f.create(
            "x", exchange, h.foundation.publicKey(), "8.8.8.8", Keypair.generate().publicKey());
    byte[] data =
        new doublezero.sdk.geolocation.instruction.CreateGeoProbe(
                longCode, Ipv4Address.parse("8.8.8.8"), 4242, Keypair.generate().publicKey())
            .encode();
    assertCustom(h.fail(h.foundation, new Instruction(f.geo, ix.accounts(), data)), 4);
    assertCustom(
        h.fail(
            h.foundation,
            f.create(
                "bad/code",
                exchange,
                h.foundation.publicKey(),
                "8.8.8.8",
                Keypair.generate().publicKey())),
        12);
    // Case and Unicode letters are kept (Rust `char::is_alphanumeric`).
    h.ok(
        h.foundation,
        f.create(
            "Zürich_01:a-b",
            exchange,
            h.foundation.publicKey(),
            "8.8.8.8",
            Keypair.generate().publicKey()));
    assertThat(read("Zürich_01:a-b").code()).isEqualTo("Zürich_01:a-b");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10.0.0.1",
        "127.0.0.1",
        "172.16.0.1",
        "192.168.1.1",
        "100.64.0.1",
        "169.254.1.1",
        "192.0.0.1",
        "192.0.2.1",
        "198.18.0.1",
        "198.51.100.1",
        "203.0.113.1",
        "224.0.0.1",
        "240.0.0.1",
        "255.255.255.255",
        "0.1.2.3"
      })
  void createGeoProbeRejectsNonPublicIp(String ip) {
    assertCustom(
        h.fail(
            h.foundation,
            f.create(
                code(), exchange, h.foundation.publicKey(), ip, Keypair.generate().publicKey())),
        5);
  }

  @Test
  void createGeoProbeExchangeNotActivatedOrForeign() {
    PublicKey suspended = f.seedExchange(ExchangeStatus.SUSPENDED);
    assertBuiltin(
        h.fail(
            h.foundation,
            f.create(
                code(),
                suspended,
                h.foundation.publicKey(),
                "8.8.8.8",
                Keypair.generate().publicKey())),
        "InvalidAccountData");
    PublicKey foreign = Keypair.generate().publicKey();
    h.seedRaw(foreign, f.geo, TelemetryFixtures.exchange(ExchangeStatus.ACTIVATED, "x").encode());
    assertCustom(
        h.fail(
            h.foundation,
            f.create(
                code(),
                foreign,
                h.foundation.publicKey(),
                "8.8.8.8",
                Keypair.generate().publicKey())),
        11);
  }

  @Test
  void foundationGateMissingSignerNotAllowedAndWrongOwners() {
    Keypair stranger = h.funded();
    Instruction byStranger =
        f.create(code(), exchange, stranger.publicKey(), "8.8.8.8", stranger.publicKey());
    assertCustom(h.fail(stranger, byStranger), 2);
    Instruction unsigned =
        TelemetryFixtures.unsigned(
            f.create(code(), exchange, h.foundation.publicKey(), "8.8.8.8", stranger.publicKey()),
            h.foundation.publicKey());
    assertBuiltin(h.fail(stranger, unsigned), "MissingRequiredSignature");
    PublicKey fakeGlobalState = Keypair.generate().publicKey();
    h.seedRaw(fakeGlobalState, f.geo, h.data(h.globalState()).orElseThrow());
    Instruction wrongGs =
        TelemetryFixtures.replace(
            f.create(code(), exchange, h.foundation.publicKey(), "8.8.8.8", stranger.publicKey()),
            3,
            fakeGlobalState);
    assertBuiltin(h.fail(h.foundation, wrongGs), "IncorrectProgramId");
    Instruction wrongConfig =
        TelemetryFixtures.replace(
            f.create(code(), exchange, h.foundation.publicKey(), "8.8.8.8", stranger.publicKey()),
            2,
            exchange);
    assertBuiltin(h.fail(h.foundation, wrongConfig), "IllegalOwner");
  }

  @Test
  void updateGeoProbeSuccessAndRules() {
    PublicKey publisher = Keypair.generate().publicKey();
    String code = created(publisher);
    h.ok(
        h.foundation,
        new UpdateGeoProbe(
                Optional.of(Ipv4Address.parse("1.1.1.1")), Optional.of(5353), Optional.empty())
            .toInstruction(f.geo, accounts(code, h.foundation.publicKey())));
    assertThat(read(code))
        .isEqualTo(
            new GeoProbe(
                h.foundation.publicKey(),
                exchange,
                Ipv4Address.parse("1.1.1.1"),
                5353,
                publisher,
                0,
                code,
                List.of()));
    assertCustom(
        h.fail(
            h.foundation,
            new UpdateGeoProbe(
                    Optional.of(Ipv4Address.parse("10.1.1.1")), Optional.empty(), Optional.empty())
                .toInstruction(f.geo, accounts(code, h.foundation.publicKey()))),
        5);
    Keypair stranger = h.funded();
    assertCustom(
        h.fail(
            stranger,
            new UpdateGeoProbe(Optional.empty(), Optional.of(1), Optional.empty())
                .toInstruction(f.geo, accounts(code, stranger.publicKey()))),
        2);
    Instruction foreignProbe =
        TelemetryFixtures.replace(
            new UpdateGeoProbe(Optional.empty(), Optional.of(1), Optional.empty())
                .toInstruction(f.geo, accounts(code, h.foundation.publicKey())),
            0,
            exchange);
    assertBuiltin(h.fail(h.foundation, foreignProbe), "IllegalOwner");
  }

  @Test
  void deleteGeoProbeSuccessAndReferenceCount() {
    String code = created(Keypair.generate().publicKey());
    long rent = h.lamports(probe(code));
    long before = h.lamports(h.foundation.publicKey());
    h.ok(
        h.foundation,
        new DeleteGeoProbe().toInstruction(f.geo, accounts(code, h.foundation.publicKey())));
    assertThat(h.data(probe(code))).isEmpty();
    assertThat(h.lamports(h.foundation.publicKey()) - before).isEqualTo(rent - 5000);
    String referenced = created(Keypair.generate().publicKey());
    GeoProbe p = read(referenced);
    h.seedRaw(
        probe(referenced),
        f.geo,
        new GeoProbe(
                p.owner(),
                p.exchangePk(),
                p.publicIp(),
                p.locationOffsetPort(),
                p.metricsPublisherPk(),
                1,
                p.code(),
                p.parentDevices())
            .encode());
    assertCustom(
        h.fail(
            h.foundation,
            new DeleteGeoProbe()
                .toInstruction(f.geo, accounts(referenced, h.foundation.publicKey()))),
        15);
  }

  @Test
  void parentDevicesAddDuplicateMaxAndRemove() {
    String code = created(Keypair.generate().publicKey());
    PublicKey[] devices = new PublicKey[6];
    for (int i = 0; i < 6; i++) {
      devices[i] = f.seedDevice(DeviceStatus.ACTIVATED);
    }
    h.ok(h.foundation, f.addParent(code, devices[0], h.foundation.publicKey()));
    assertThat(h.data(probe(code)).orElseThrow()).hasSize(115 + code.length() + 32);
    assertCustom(h.fail(h.foundation, f.addParent(code, devices[0], h.foundation.publicKey())), 7);
    for (int i = 1; i < 5; i++) {
      h.ok(h.foundation, f.addParent(code, devices[i], h.foundation.publicKey()));
    }
    assertCustom(h.fail(h.foundation, f.addParent(code, devices[5], h.foundation.publicKey())), 6);
    assertThat(read(code).parentDevices())
        .containsExactly(devices[0], devices[1], devices[2], devices[3], devices[4]);
    h.ok(
        h.foundation,
        new RemoveParentDevice(devices[2])
            .toInstruction(f.geo, accounts(code, h.foundation.publicKey())));
    assertThat(read(code).parentDevices())
        .containsExactly(devices[0], devices[1], devices[3], devices[4]);
    assertThat(h.data(probe(code)).orElseThrow()).hasSize(115 + code.length() + 4 * 32);
    assertCustom(
        h.fail(
            h.foundation,
            new RemoveParentDevice(devices[2])
                .toInstruction(f.geo, accounts(code, h.foundation.publicKey()))),
        8);
  }

  @Test
  void addParentDeviceChecksTheDevice() {
    String code = created(Keypair.generate().publicKey());
    PublicKey drained =
        f.seedDevice(DeviceStatus.DRAINED); // only Activated counts, unlike telemetry
    assertBuiltin(
        h.fail(h.foundation, f.addParent(code, drained, h.foundation.publicKey())),
        "InvalidAccountData");
    PublicKey foreign = Keypair.generate().publicKey();
    h.seedRaw(foreign, f.geo, h.data(drained).orElseThrow());
    assertCustom(h.fail(h.foundation, f.addParent(code, foreign, h.foundation.publicKey())), 11);
    Keypair stranger = h.funded();
    assertCustom(
        h.fail(
            stranger,
            f.addParent(code, f.seedDevice(DeviceStatus.ACTIVATED), stranger.publicKey())),
        2);
  }
}
