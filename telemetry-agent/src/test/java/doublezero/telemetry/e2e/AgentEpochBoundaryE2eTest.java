package doublezero.telemetry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.solana.rpc.EpochInfo;
import doublezero.sdk.telemetry.state.DeviceLatencySamples;
import doublezero.telemetry.journal.Circuit;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/// An epoch boundary while agent A cannot reach the ledger, end to end. A stopped ledger cannot
/// turn an epoch (its slots stand still), so the outage is A's: its management veth goes down 3–5 s
/// before a boundary (10 s epochs of 20 ms slots) and comes back 3 s after it, while the ledger
/// runs on (A's calls fail at once on new connections, no route, or hang until the link is back on
/// kept-alive ones). A probes on; the samples it takes without a fresh epoch are attributed by
/// their timestamps once it sees the ledger again. Agent Z keeps its connection and crosses the
/// same boundary the ordinary way. For both directions: the epoch accounts split at the boundary
/// (to within two probe intervals: the agents estimate its time from the slot rate), and together
/// hold every sample taken, none twice.
@EnabledOnOs(OS.LINUX)
class AgentEpochBoundaryE2eTest {
  static final long SLOTS_PER_EPOCH = 500;
  static final long SLOT_MICROS = 20_000;
  static final long I = TwoAgentsE2eTest.INTERVAL_US;
  @TempDir Path dir;

  @Test
  void samplesTakenAcrossABoundaryDuringAnOutageLandInTheirEpochsByTime() throws Exception {
    try (AgentLab lab = AgentLab.start(dir, c -> c.withSlotsPerEpoch(SLOTS_PER_EPOCH))) {
      long firstEpoch = lab.devices.rpc.getEpochInfo().epoch();
      JvmProcess a = lab.agent("a", List.of());
      JvmProcess z = lab.agent("z", List.of());
      long epoch;
      long boundaryMicros;
      long stopMicros;
      try {
        LinkedDevices.await(
            "first writes",
            () ->
                !accounts(lab, lab.aToZ(), firstEpoch).isEmpty()
                    && !accounts(lab, lab.zToA(), firstEpoch).isEmpty());
        Thread.sleep(3_000); // the agents measure the slot rate over 100 slots (2 s)
        epoch = awaitSlotsLeft(lab, 150, 250).epoch();
        lab.lab.ledgerReachable(lab.lab.nsA, false);
        boundaryMicros = awaitEpoch(lab, epoch + 1);
        Thread.sleep(3_000);
        assertThat(lab.samples(lab.aToZ(), epoch + 1))
            .as("A wrote nothing while cut off")
            .isEmpty();
        lab.lab.ledgerReachable(lab.lab.nsA, true);
        LinkedDevices.await("A->Z caught up", () -> caughtUp(lab, lab.aToZ(), epoch + 1));
        LinkedDevices.await("Z->A caught up", () -> caughtUp(lab, lab.zToA(), epoch + 1));
        Thread.sleep(1_000);
      } finally {
        stopMicros = System.currentTimeMillis() * 1000;
        assertThat(JvmProcess.stopAll(a, z)).as(a.logText() + z.logText()).containsOnly(0);
      }
      assertThat(z.logText()).doesNotContain("event=epoch-refresh-failed");
      check(lab, lab.aToZ(), "a", firstEpoch, epoch, boundaryMicros, stopMicros, a);
      check(lab, lab.zToA(), "z", firstEpoch, epoch, boundaryMicros, stopMicros, z);
    }
  }

  private static void check(
      AgentLab lab,
      Circuit c,
      String side,
      long firstEpoch,
      long epoch,
      long boundaryMicros,
      long stopMicros,
      JvmProcess agent) {
    TreeMap<Long, DeviceLatencySamples> all = accounts(lab, c, firstEpoch);
    DeviceLatencySamples before = all.get(epoch);
    DeviceLatencySamples after = all.get(epoch + 1);
    assertThat(before).as("epoch %d account: %s", epoch, agent.logText()).isNotNull();
    assertThat(after).as("epoch %d account: %s", epoch + 1, agent.logText()).isNotNull();
    long onChain = all.values().stream().mapToLong(DeviceLatencySamples::nextSampleIndex).sum();
    long[] journal = lab.journalState(side, c);
    long expected = (stopMicros - all.firstEntry().getValue().startTimestampMicroseconds()) / I;
    long beforeEnd = before.startTimestampMicroseconds() + before.nextSampleIndex() * I;
    System.out.printf(
        "%s: epoch %d ends at boundary %+d ms with %d samples, epoch %d starts at %+d ms;"
            + " on chain %d in epochs %s, still journaled %d, expected by time %d%n",
        side,
        epoch,
        (beforeEnd - boundaryMicros) / 1000,
        before.nextSampleIndex(),
        epoch + 1,
        (after.startTimestampMicroseconds() - boundaryMicros) / 1000,
        onChain,
        all.keySet(),
        journal[1],
        expected);
    all.values().forEach(s -> assertThat(s.samplingIntervalMicroseconds()).isEqualTo(I));
    assertThat(beforeEnd)
        .as("end of epoch %d", epoch)
        .isBetween(boundaryMicros - I / 2, boundaryMicros + I + I / 2);
    assertThat(after.startTimestampMicroseconds())
        .as("start of epoch %d", epoch + 1)
        .isBetween(boundaryMicros - I / 2, boundaryMicros + I + I / 2);
    assertThat(onChain).as("none twice").isEqualTo(journal[0]);
    assertThat(journal[1]).as("nothing left pending: " + agent.logText()).isZero();
    assertThat(journal[0] + journal[1])
        .as("none lost: " + agent.logText())
        .isBetween(expected - 2, expected + 2);
  }

  /// @return the circuit's accounts from `firstEpoch` on, by epoch
  private static TreeMap<Long, DeviceLatencySamples> accounts(
      AgentLab lab, Circuit c, long firstEpoch) {
    TreeMap<Long, DeviceLatencySamples> all = new TreeMap<>();
    long now = lab.devices.rpc.getEpochInfo().epoch();
    for (long e = firstEpoch; e <= now + 1; e++) {
      Optional<DeviceLatencySamples> s = lab.samples(c, e);
      if (s.isPresent() && s.get().nextSampleIndex() > 0) {
        all.put(e, s.get());
      }
    }
    return all;
  }

  /// @return the ledger's epoch info once `min`..`max` slots are left in the epoch
  private static EpochInfo awaitSlotsLeft(AgentLab lab, long min, long max) {
    AtomicReference<EpochInfo> info = new AtomicReference<>();
    LinkedDevices.await(
        min + ".." + max + " slots before a boundary",
        () -> {
          EpochInfo i = lab.devices.rpc.getEpochInfo();
          info.set(i);
          long left = i.slotsInEpoch() - i.slotIndex();
          return left >= min && left <= max;
        });
    return info.get();
  }

  /// @return wall-clock µs when the ledger entered `epoch` (polled every 10 ms)
  private static long awaitEpoch(AgentLab lab, long epoch) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      EpochInfo i = lab.devices.rpc.getEpochInfo();
      long now = System.currentTimeMillis() * 1000;
      if (i.epoch() >= epoch) {
        assertThat(i.epoch()).isEqualTo(epoch);
        return now - i.slotIndex() * SLOT_MICROS;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the ledger never reached epoch " + epoch);
  }

  /// @return whether the circuit's samples of `epoch` reach to within 10 intervals (2 s) of now
  private static boolean caughtUp(AgentLab lab, Circuit c, long epoch) {
    return lab.samples(c, epoch)
        .map(
            s ->
                s.nextSampleIndex()
                    >= (System.currentTimeMillis() * 1000 - s.startTimestampMicroseconds()) / I
                        - 10)
        .orElse(false);
  }
}
