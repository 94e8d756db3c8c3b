package doublezero.localnet.programs.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.telemetry.pda.TelemetryPda;
import doublezero.sdk.telemetry.state.DeviceLatencySamples;
import doublezero.sdk.telemetry.state.RttSamples;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Epoch partitioning as the agent does it (`reference/telemetry-geolocation.md` §A.8): the epoch
/// comes from the ledger's `getEpochInfo` and is only a seed and an argument; a new epoch gives a
/// new account, and the program never compares it with the clock (an old epoch's account stays
/// writable, `EpochMismatch` is never raised).
@NeedsLedgerInternals(
    "clock control: a ledger started with 32-slot epochs and 20 ms slots, to cross epoch"
        + " boundaries")
class EpochPartitionScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static TelemetryFixtures f;

  @BeforeAll
  static void start() {
    h = ProgramHarness.start(dir, c -> c.withSlotsPerEpoch(32).withSlotMillis(20));
    f = new TelemetryFixtures(h);
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  @Test
  void crossingAnEpochBoundaryStartsANewAccount() throws InterruptedException {
    var p = f.pair();
    long first = h.rpc.getEpochInfo().epoch();
    h.ok(p.agent(), f.initDevice(p, first, 5_000_000));
    PublicKey firstAccount = pda(p, first);
    h.ok(p.agent(), f.writeDevice(firstAccount, p.agent().publicKey(), 1, 11, 12));
    long next = first;
    while (next == first) {
      Thread.sleep(50);
      next = h.rpc.getEpochInfo().epoch();
    }
    assertThat(pda(p, next)).isNotEqualTo(firstAccount);
    assertThat(h.data(pda(p, next))).isEmpty();
    h.ok(p.agent(), f.initDevice(p, next, 5_000_000));
    h.ok(p.agent(), f.writeDevice(pda(p, next), p.agent().publicKey(), 2, 21));
    assertThat(DeviceLatencySamples.decode(h.data(pda(p, next)).orElseThrow()).epoch())
        .isEqualTo(next);
    // The previous epoch's account still accepts samples: the program never checks the epoch.
    h.ok(p.agent(), f.writeDevice(firstAccount, p.agent().publicKey(), 3, 13));
    DeviceLatencySamples old = DeviceLatencySamples.decode(h.data(firstAccount).orElseThrow());
    assertThat(old.epoch()).isEqualTo(first);
    assertThat(old.samples()).isEqualTo(RttSamples.of(11, 12, 13));
  }

  static PublicKey pda(TelemetryFixtures.Pair p, long epoch) {
    return TelemetryPda.deviceLatencySamples(f.telemetry, p.origin(), p.target(), p.link(), epoch)
        .address();
  }
}
