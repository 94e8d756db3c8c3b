package doublezero.telemetry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.telemetry.state.DeviceLatencySamples;
import doublezero.telemetry.journal.Circuit;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/// Fault tests of the "no sample lost" guarantees, each printing samples expected vs on chain:
/// SIGKILL of an agent during submissions, and a ledger outage (a scale model: 200 ms probes, 1 s
/// submissions, an 8 s outage).
@EnabledOnOs(OS.LINUX)
class AgentFaultsE2eTest {
  @TempDir Path dir;

  @Test
  void fiveSigkillsLoseAndDuplicateNothing() throws Exception {
    try (AgentLab lab = AgentLab.start(dir)) {
      JvmProcess z = lab.agent("z", List.of());
      JvmProcess a = lab.agent("a", List.of());
      try {
        LinkedDevices.await(
            "first write",
            () -> lab.samples(lab.aToZ(), 0).map(s -> s.nextSampleIndex() > 0).orElse(false));
        for (int i = 0; i < 5; i++) {
          Thread.sleep(ThreadLocalRandom.current().nextLong(1_000, 2_500));
          a.kill();
          long before = a.starts();
          a = lab.agent("a", List.of());
          JvmProcess next = a;
          LinkedDevices.await("agent A restarted", () -> next.starts() > before);
        }
        Thread.sleep(3_000);
      } finally {
        assertThat(JvmProcess.stopAll(a, z)).as(a.logText()).containsOnly(0);
      }
      long chain = lab.samples(lab.aToZ(), 0).orElseThrow().nextSampleIndex();
      long journal = lab.journalConsumed("a", lab.aToZ());
      long resumed =
          a.logText().lines().filter(l -> l.contains("event=samples-already-landed")).count();
      System.out.printf(
          "SIGKILL x5: journaled %d, on chain %d (resumes after landed samples: %d)%n",
          journal, chain, resumed);
      assertThat(chain).as(a.logText()).isEqualTo(journal);
    }
  }

  @Test
  void aLedgerOutageLosesNothing() throws Exception {
    try (AgentLab lab = AgentLab.start(dir)) {
      JvmProcess a = lab.agent("a", List.of());
      JvmProcess z = lab.agent("z", List.of());
      long stopMicros;
      try {
        LinkedDevices.await(
            "first write",
            () -> lab.samples(lab.aToZ(), 0).map(s -> s.nextSampleIndex() > 0).orElse(false));
        Thread.sleep(1_000);
        lab.devices.stopLedger();
        Thread.sleep(8_000);
        lab.devices.startLedger(lab.rpcPort);
        // on a loaded machine the restarted ledger and the agents' backlog of 40 samples take a
        // while: wait until both directions are within 2 s of real time, then one more cycle
        LinkedDevices.await("A->Z caught up after the outage", () -> caughtUp(lab, lab.aToZ()));
        LinkedDevices.await("Z->A caught up after the outage", () -> caughtUp(lab, lab.zToA()));
        Thread.sleep(2_000);
      } finally {
        stopMicros = System.currentTimeMillis() * 1000;
        assertThat(JvmProcess.stopAll(a, z)).as(a.logText() + z.logText()).containsOnly(0);
      }
      assertThat(a.logText())
          .contains("event=epoch-refresh-failed")
          .contains("event=submit-failed")
          .contains("event=peer-refresh-failed kept_peers=1");
      noneLostNoneTwice(lab, lab.aToZ(), "a", stopMicros, a);
      noneLostNoneTwice(lab, lab.zToA(), "z", stopMicros, z);
    }
  }

  /// On chain = what the journal marks as landed (none twice), and landed + still journaled = the
  /// samples due by the stop (none lost): the agent's last cycle may fall inside the settle wait
  /// after a write of unknown outcome, and then leaves samples in the journal for the next start.
  private static void noneLostNoneTwice(
      AgentLab lab, Circuit c, String side, long stopMicros, JvmProcess agent) {
    DeviceLatencySamples s =
        lab.samples(c, 0).orElseThrow(() -> new AssertionError(agent.logText()));
    long expected = (stopMicros - s.startTimestampMicroseconds()) / TwoAgentsE2eTest.INTERVAL_US;
    long[] journal = lab.journalState(side, c);
    System.out.printf(
        "%s: on chain %d, still journaled %d, expected by time %d%n",
        side, s.nextSampleIndex(), journal[1], expected);
    assertThat(s.nextSampleIndex()).as("none twice").isEqualTo(journal[0]);
    assertThat(journal[0] + journal[1])
        .as("none lost: " + agent.logText())
        .isBetween(expected - 2, expected + 2);
  }

  /// @return whether the circuit's on-chain samples reach to within 10 intervals (2 s) of now
  private static boolean caughtUp(AgentLab lab, Circuit c) {
    return lab.samples(c, 0)
        .map(
            s -> {
              long byTime =
                  (System.currentTimeMillis() * 1000 - s.startTimestampMicroseconds())
                      / TwoAgentsE2eTest.INTERVAL_US;
              return s.nextSampleIndex() >= byTime - 10;
            })
        .orElse(false);
  }
}
