package doublezero.telemetry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.telemetry.state.DeviceLatencySamples;
import doublezero.sdk.telemetry.state.TelemetryLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/// Account full, end to end: A→Z's account of epoch 0 is filled beforehand (by A's metrics
/// publisher, as the agent would) to 10 samples short of the telemetry program's maximum
/// (`MAX_DEVICE_LATENCY_SAMPLES`, 35 000); agent A lands 10 samples, then counts every further
/// sample in `samples_dropped_total{reason="account_full"}` (read from its metrics endpoint) and
/// logs it, and goes on probing.
@EnabledOnOs(OS.LINUX)
class AgentAccountFullE2eTest {
  static final int ROOM = 10;
  static final long PREFILLED = 1_000_000;
  static final String DROPPED =
      "doublezero_device_telemetry_agent_samples_dropped_total{reason=\"account_full\"}";
  static final String TAKEN = "doublezero_device_telemetry_agent_samples_taken_total";
  static final Pattern LOGGED =
      Pattern.compile("event=samples-dropped reason=account_full .* count=(\\d+)");
  @TempDir Path dir;

  @Test
  void aFullAccountHoldsTheMaximumAndTheAgentCountsLogsAndGoesOn() throws Exception {
    int max = TelemetryLimits.MAX_DEVICE_LATENCY_SAMPLES;
    try (AgentLab lab = AgentLab.start(dir)) {
      lab.prefill(lab.aToZ(), lab.devices.publisherA, 0, max - ROOM, PREFILLED);
      JvmProcess z = lab.agent("z", List.of());
      JvmProcess a = lab.agent("a", lab.metricsFlags("a"));
      long quietMetric;
      long quietLogged;
      try {
        LinkedDevices.await("a first drop", () -> lab.metric("a", DROPPED) > 0);
        long[] quiet = quiescent(lab, a);
        quietMetric = quiet[0];
        quietLogged = quiet[1];
        long taken = lab.metric("a", TAKEN);
        LinkedDevices.await(
            "agent A probing and dropping on",
            () -> lab.metric("a", DROPPED) > quietMetric && lab.metric("a", TAKEN) > taken);
        assertThat(a.process.isAlive()).isTrue();
      } finally {
        assertThat(JvmProcess.stopAll(a, z)).as(a.logText() + z.logText()).containsOnly(0);
      }
      DeviceLatencySamples s = lab.samples(lab.aToZ(), 0).orElseThrow();
      List<Long> values = TwoAgentsE2eTest.values(s);
      long[] journal = lab.journalState("a", lab.aToZ());
      long logged = logged(a.logText());
      System.out.printf(
          "account full: on chain %d (max %d; %d by the agent), agent samples %d, dropped %d"
              + " (logged; metric %d = logged %d while running)%n",
          s.nextSampleIndex(), max, ROOM, journal[0], logged, quietMetric, quietLogged);
      assertThat(s.nextSampleIndex()).isEqualTo(max);
      assertThat(values.subList(0, max - ROOM)).containsOnly(PREFILLED);
      assertThat(values.subList(max - ROOM, max)).doesNotContain(PREFILLED);
      assertThat(journal[1]).as("nothing left pending").isZero();
      assertThat(logged)
          .as("every sample but the %d that fit was dropped", ROOM)
          .isEqualTo(journal[0] - ROOM);
    }
  }

  /// @return {metric, logged} read when they agree (between two submission cycles)
  private static long[] quiescent(AgentLab lab, JvmProcess a) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      long before = logged(a.logText());
      long metric = lab.metric("a", DROPPED);
      long after = logged(a.logText());
      if (before == metric && metric == after) {
        return new long[] {metric, after};
      }
      Thread.sleep(50);
    }
    throw new AssertionError("metric and log never agreed: " + a.logText());
  }

  private static long logged(String log) {
    long sum = 0;
    for (String line : log.lines().toList()) {
      Matcher m = LOGGED.matcher(line);
      if (m.find()) {
        sum += Long.parseLong(m.group(1));
      }
    }
    return sum;
  }
}
