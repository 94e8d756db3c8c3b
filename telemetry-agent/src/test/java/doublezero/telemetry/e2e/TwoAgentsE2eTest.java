package doublezero.telemetry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.telemetry.state.DeviceLatencySamples;
import doublezero.telemetry.journal.Circuit;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/// Two agents in two network namespaces joined by a veth carrying the link's tunnel /31, against
/// localnet with two activated devices and a link. Agent Z runs no reflector: a userspace one in
/// its namespace delays replies by 10 ms and drops every fifth.
@EnabledOnOs(OS.LINUX)
class TwoAgentsE2eTest {
  static final long INTERVAL_US = 200_000;
  @TempDir Path dir;

  @Test
  void bothDirectionsLandOneSamplePerIntervalInMicroseconds() throws Exception {
    try (AgentLab lab = AgentLab.start(dir);
        JvmProcess reflector =
            JvmProcess.start(
                lab.lab.nsZ,
                dir.resolve("reflector.log"),
                ImpairedReflector.class.getName(),
                List.of(String.valueOf(AgentLab.PORT), "10", "5"))) {
      LinkedDevices.await("impaired reflector ready", () -> reflector.logContains("ready"));
      JvmProcess a = lab.agent("a", List.of());
      JvmProcess z = lab.agent("z", List.of("--twamp-reflector-disable"));
      try {
        LinkedDevices.await(
            "both accounts written",
            () ->
                lab.samples(lab.aToZ(), 0).map(s -> s.nextSampleIndex() > 0).orElse(false)
                    && lab.samples(lab.zToA(), 0).map(s -> s.nextSampleIndex() > 0).orElse(false));
        Thread.sleep(4_000);
      } finally {
        long stopMicros = System.currentTimeMillis() * 1000;
        assertThat(JvmProcess.stopAll(a, z)).as(a.logText() + z.logText()).containsOnly(0);
        check(lab, lab.aToZ(), "a", stopMicros, a);
        check(lab, lab.zToA(), "z", stopMicros, z);
      }
      List<Long> aToZ = values(lab.samples(lab.aToZ(), 0).orElseThrow());
      int mismatches = 0;
      for (int i = 0; i < aToZ.size(); i++) {
        long v = aToZ.get(i);
        boolean dropped = (i + 1) % 5 == 0;
        if (dropped ? v != 0 : v < 10_000 || v > 150_000) {
          mismatches++;
        }
      }
      assertThat(mismatches)
          .as("A→Z samples (10 ms delay, every 5th dropped): " + aToZ)
          .isLessThanOrEqualTo(1);
      List<Long> zToA = values(lab.samples(lab.zToA(), 0).orElseThrow());
      assertThat(zToA.stream().filter(v -> v > 0 && v < 10_000).count())
          .as("Z→A over the veth: " + zToA)
          .isGreaterThanOrEqualTo(zToA.size() * 8L / 10);
    }
  }

  static List<Long> values(DeviceLatencySamples s) {
    return IntStream.range(0, s.samples().size()).mapToObj(i -> s.samples().get(i)).toList();
  }

  static void check(AgentLab lab, Circuit c, String side, long stopMicros, JvmProcess agent) {
    DeviceLatencySamples s =
        lab.samples(c, 0).orElseThrow(() -> new AssertionError(agent.logText()));
    assertThat(s.epoch()).isZero();
    assertThat(s.originDevicePk()).isEqualTo(c.origin());
    assertThat(s.linkPk()).isEqualTo(c.link());
    assertThat(s.samplingIntervalMicroseconds()).isEqualTo(INTERVAL_US);
    long expected = (stopMicros - s.startTimestampMicroseconds()) / INTERVAL_US;
    System.out.printf(
        "%s: on chain %d, expected by time %d, journal %d%n",
        side, s.nextSampleIndex(), expected, lab.journalConsumed(side, c));
    assertThat(s.nextSampleIndex()).as(agent.logText()).isBetween(expected - 2, expected + 2);
    assertThat(lab.journalConsumed(side, c))
        .as("journal = chain: none lost, none twice")
        .isEqualTo(s.nextSampleIndex());
  }
}
