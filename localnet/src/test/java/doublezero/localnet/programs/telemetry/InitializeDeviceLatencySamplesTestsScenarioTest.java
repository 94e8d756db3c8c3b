package doublezero.localnet.programs.telemetry;

import static doublezero.localnet.programs.ProgramHarness.assertBuiltin;
import static doublezero.localnet.programs.ProgramHarness.assertCustom;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.sdk.telemetry.error.TelemetryError;
import doublezero.sdk.telemetry.pda.TelemetryPda;
import doublezero.sdk.telemetry.state.DeviceLatencySamples;
import doublezero.sdk.telemetry.state.ReservedBytes;
import doublezero.sdk.telemetry.state.RttSamples;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/// Mirrors `doublezero-telemetry/tests/initialize_device_latency_samples_tests.rs` over JSON-RPC:
/// index 0 against seeded serviceability Devices and Links (`reference/telemetry-geolocation.md`
/// §A.6, §A.7).
@NeedsLedgerInternals(
    "seeded accounts: Device, Link and Exchange fixtures and malformed telemetry accounts written"
        + " straight into a fresh ledger (TelemetryFixtures, seedRaw)")
class InitializeDeviceLatencySamplesTestsScenarioTest {
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

  static PublicKey pda(TelemetryFixtures.Pair p, long epoch) {
    return TelemetryPda.deviceLatencySamples(f.telemetry, p.origin(), p.target(), p.link(), epoch)
        .address();
  }

  static void assertCreated(TelemetryFixtures.Pair p, long epoch, long interval) {
    byte[] data = h.data(pda(p, epoch)).orElseThrow();
    assertThat(data).hasSize(349);
    assertThat(data[0]).isEqualTo((byte) 3);
    assertThat(PublicKey.read(data, 9)).isEqualTo(p.agent().publicKey());
    assertThat(PublicKey.read(data, 105)).isEqualTo(p.originLocation());
    assertThat(PublicKey.read(data, 137)).isEqualTo(p.targetLocation());
    assertThat(Arrays.copyOfRange(data, 209, 349)).containsOnly(0);
    assertThat(DeviceLatencySamples.decode(data))
        .isEqualTo(
            new DeviceLatencySamples(
                epoch,
                p.agent().publicKey(),
                p.origin(),
                p.target(),
                p.originLocation(),
                p.targetLocation(),
                p.link(),
                interval,
                0,
                ReservedBytes.ZERO_128,
                RttSamples.EMPTY));
    assertThat(h.lamports(pda(p, epoch))).isEqualTo(Rent.minimumBalance(349));
    assertThat(h.rpc.getAccountInfo(pda(p, epoch)).orElseThrow().owner()).isEqualTo(f.telemetry);
  }

  @Test
  void successActiveDevicesAndLink() {
    var p = f.pair();
    long before = h.lamports(p.agent().publicKey());
    h.ok(p.agent(), f.initDevice(p, 1, 5_000_000));
    assertCreated(p, 1, 5_000_000);
    assertThat(before - h.lamports(p.agent().publicKey()))
        .isEqualTo(Rent.minimumBalance(349) + 5000);
  }

  @Test
  void alreadyWithLamports() {
    var p = f.pair();
    h.ok(h.foundation, SystemProgram.transfer(h.foundation.publicKey(), pda(p, 1), 6_960 * 128));
    h.ok(p.agent(), f.initDevice(p, 1, 5_000_000));
    assertCreated(p, 1, 5_000_000);
  }

  @ParameterizedTest
  @EnumSource(
      value = DeviceStatus.class,
      names = {"ACTIVATED", "DRAINED", "DEVICE_PROVISIONING", "LINK_PROVISIONING"})
  void successOriginAndTargetStatusesThatAllowLatency(DeviceStatus status) {
    Keypair agent = h.funded();
    var origin = f.seedDevice(status, agent.publicKey(), Keypair.generate().publicKey());
    var target =
        f.seedDevice(status, Keypair.generate().publicKey(), Keypair.generate().publicKey());
    var link = f.seedLink(origin, target, LinkStatus.ACTIVATED);
    h.ok(agent, f.initDevice(agent.publicKey(), origin, target, link, 1, 5_000_000));
  }

  @ParameterizedTest
  @EnumSource(
      value = DeviceStatus.class,
      names = {"PENDING", "DELETING", "REJECTED"})
  void failOriginOrTargetDeviceNotActivated(DeviceStatus status) {
    Keypair agent = h.funded();
    var active =
        f.seedDevice(DeviceStatus.ACTIVATED, agent.publicKey(), Keypair.generate().publicKey());
    var inactive = f.seedDevice(status, agent.publicKey(), Keypair.generate().publicKey());
    var link = f.seedLink(active, inactive, LinkStatus.ACTIVATED);
    assertCustom(
        h.fail(agent, f.initDevice(agent.publicKey(), inactive, active, link, 1, 5)), 1002);
    assertCustom(
        h.fail(agent, f.initDevice(agent.publicKey(), active, inactive, link, 1, 5)), 1002);
  }

  @ParameterizedTest
  @EnumSource(
      value = LinkStatus.class,
      names = {"ACTIVATED", "PROVISIONING", "SOFT_DRAINED", "HARD_DRAINED"})
  void successLinkStatusesThatAllowLatency(LinkStatus status) {
    var p = f.pair();
    var link = f.seedLink(p.origin(), p.target(), status);
    h.ok(
        p.agent(), f.initDevice(p.agent().publicKey(), p.origin(), p.target(), link, 1, 5_000_000));
  }

  @ParameterizedTest
  @EnumSource(
      value = LinkStatus.class,
      names = {"PENDING", "DELETING", "REJECTED", "REQUESTED"})
  void failLinkNotActivated(LinkStatus status) {
    var p = f.pair();
    var link = f.seedLink(p.origin(), p.target(), status);
    assertCustom(
        h.fail(p.agent(), f.initDevice(p.agent().publicKey(), p.origin(), p.target(), link, 1, 5)),
        TelemetryError.LINK_NOT_ACTIVATED.toProgramError().code());
  }

  @Test
  void failUnauthorizedAgent() {
    var p = f.pair();
    Keypair stranger = h.funded();
    assertCustom(
        h.fail(
            stranger, f.initDevice(stranger.publicKey(), p.origin(), p.target(), p.link(), 1, 5)),
        TelemetryError.UNAUTHORIZED_AGENT.toProgramError().code());
  }

  @Test
  void failAgentNotSigner() {
    var p = f.pair();
    Instruction ix = TelemetryFixtures.unsigned(f.initDevice(p, 1, 5), p.agent().publicKey());
    assertBuiltin(h.fail(h.foundation, ix), "MissingRequiredSignature");
  }

  @Test
  void failOriginDeviceTargetDeviceOrLinkWrongOwner() {
    var p = f.pair();
    for (int index : new int[] {2, 3, 4}) {
      PublicKey foreign = Keypair.generate().publicKey();
      byte[] copy =
          h.data(new PublicKey[] {p.origin(), p.target(), p.link()}[index - 2]).orElseThrow();
      h.seedRaw(foreign, f.telemetry, copy);
      Instruction ix = TelemetryFixtures.replace(f.initDevice(p, 1, 5), index, foreign);
      assertBuiltin(h.fail(p.agent(), ix), "IncorrectProgramId");
    }
  }

  @Test
  void failLinkWrongDevicesAndSameOriginAndTarget() {
    var p = f.pair();
    var other =
        f.seedDevice(
            DeviceStatus.ACTIVATED, Keypair.generate().publicKey(), Keypair.generate().publicKey());
    assertCustom(
        h.fail(p.agent(), f.initDevice(p.agent().publicKey(), p.origin(), other, p.link(), 1, 5)),
        1004);
    assertCustom(
        h.fail(
            p.agent(), f.initDevice(p.agent().publicKey(), p.origin(), p.origin(), p.link(), 1, 5)),
        1004);
  }

  @Test
  void succeedsWithReversedLinkSides() {
    var p = f.pair();
    var reversed = f.seedLink(p.target(), p.origin(), LinkStatus.ACTIVATED);
    h.ok(
        p.agent(),
        f.initDevice(p.agent().publicKey(), p.origin(), p.target(), reversed, 1, 5_000_000));
  }

  @Test
  void failAccountAlreadyExists() {
    var p = f.pair();
    h.ok(p.agent(), f.initDevice(p, 7, 5_000_000));
    assertCustom(h.fail(p.agent(), f.initDevice(p, 7, 6_000_000)), 1010);
    assertCreated(p, 7, 5_000_000);
  }

  @Test
  void failInvalidPda() {
    var p = f.pair();
    Instruction ix = TelemetryFixtures.replace(f.initDevice(p, 1, 5), 0, pda(p, 2));
    assertCustom(h.fail(p.agent(), ix), 1009);
  }

  @Test
  void failZeroSamplingIntervalBeforeAnyAccountCheck() {
    var p = f.pair();
    assertCustom(h.fail(p.agent(), f.initDevice(p, 1, 0)), 1012);
    Instruction unsignedZero =
        TelemetryFixtures.unsigned(f.initDevice(p, 1, 0), p.agent().publicKey());
    assertCustom(h.fail(h.foundation, unsignedZero), 1012);
  }

  @Test
  void failAgentNotOwnerOfOriginDevice() {
    Keypair targetAgent = h.funded();
    var origin =
        f.seedDevice(
            DeviceStatus.ACTIVATED, Keypair.generate().publicKey(), Keypair.generate().publicKey());
    var target =
        f.seedDevice(
            DeviceStatus.ACTIVATED, targetAgent.publicKey(), Keypair.generate().publicKey());
    var link = f.seedLink(origin, target, LinkStatus.ACTIVATED);
    assertCustom(
        h.fail(targetAgent, f.initDevice(targetAgent.publicKey(), origin, target, link, 1, 5)),
        1001);
  }

  @Test
  void malformedInstructionData() {
    var p = f.pair();
    Instruction ok = f.initDevice(p, 1, 5);
    byte[] partial = Arrays.copyOf(ok.data(), 12);
    assertBuiltin(
        h.fail(p.agent(), new Instruction(f.telemetry, ok.accounts(), partial)), "BorshIoError");
    assertBuiltin(
        h.fail(p.agent(), new Instruction(f.telemetry, ok.accounts(), new byte[] {4})),
        "InvalidInstructionData");
    assertBuiltin(
        h.fail(p.agent(), new Instruction(f.telemetry, ok.accounts(), new byte[0])),
        "InvalidInstructionData");
    // Missing trailing arguments default to 0: only the index byte ⇒ interval 0 ⇒ 1012.
    assertCustom(
        h.fail(p.agent(), new Instruction(f.telemetry, ok.accounts(), new byte[] {0})), 1012);
  }

  @Test
  void failNotEnoughAccounts() {
    var p = f.pair();
    Instruction ok = f.initDevice(p, 1, 5);
    Instruction short5 = new Instruction(f.telemetry, ok.accounts().subList(0, 5), ok.data());
    assertBuiltin(h.fail(p.agent(), short5), "NotEnoughAccountKeys");
  }
}
