package doublezero.cli.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.cli.telemetry.stats.LatencyAggregator;
import doublezero.cli.telemetry.stats.LatencySample;
import doublezero.cli.telemetry.stats.LatencyStats;
import doublezero.cli.telemetry.stats.LatencyUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// The statistics equal numpy's on the recorded sample sets (`telemetry/stats/expected.json`,
/// written by `expected_stats.py`): order statistics exactly, sums to 1e-9 relative (Welford's
/// method and numpy's pairwise sums round differently in the last bits).
class LatencyAggregatorGoldenTest {
  static final JsonNode EXPECTED = read();

  static JsonNode read() {
    try {
      return new ObjectMapper().readTree(SampleSets.resource("telemetry/stats/expected.json"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> sets() {
    List<String> names = new ArrayList<>();
    EXPECTED.fieldNames().forEachRemaining(names::add);
    return names.stream();
  }

  static final Map<String, ToDoubleFunction<LatencyStats>> EXACT =
      Map.of(
          "rtt_median", LatencyStats::rttMedian,
          "rtt_min", LatencyStats::rttMin,
          "rtt_max", LatencyStats::rttMax,
          "rtt_p90", LatencyStats::rttP90,
          "rtt_p95", LatencyStats::rttP95,
          "rtt_p99", LatencyStats::rttP99,
          "rtt_mad", LatencyStats::rttMad,
          "jitter_max", LatencyStats::jitterMax,
          "jitter_peak_to_peak", LatencyStats::jitterPeakToPeak);

  static final Map<String, ToDoubleFunction<LatencyStats>> CLOSE =
      Map.of(
          "rtt_mean", LatencyStats::rttMean,
          "rtt_stddev", LatencyStats::rttStdDev,
          "rtt_variance", LatencyStats::rttVariance,
          "jitter_avg", LatencyStats::jitterAvg,
          "jitter_ewma", LatencyStats::jitterEwma,
          "jitter_delta_stddev", LatencyStats::jitterDeltaStdDev,
          "success_rate", LatencyStats::successRate,
          "loss_rate", LatencyStats::lossRate);

  @ParameterizedTest
  @MethodSource("sets")
  void equalsNumpy(String set) {
    JsonNode want = EXPECTED.get(set);
    LatencyStats got = LatencyAggregator.aggregate("c", SampleSets.samples(set));
    assertThat(got).isNotNull();
    assertThat(got.count()).as("count").isEqualTo(want.get("count").asLong());
    assertThat(got.successCount())
        .as("success_count")
        .isEqualTo(want.get("success_count").asLong());
    assertThat(got.lossCount()).as("loss_count").isEqualTo(want.get("loss_count").asLong());
    assertThat(got.timestampMicros())
        .as("window start")
        .isEqualTo(want.get("timestamp_us").asLong());
    EXACT.forEach(
        (k, f) ->
            assertThat(f.applyAsDouble(got)).as(set + " " + k).isEqualTo(want.get(k).asDouble()));
    CLOSE.forEach(
        (k, f) -> {
          double w = want.get(k).asDouble();
          assertThat(f.applyAsDouble(got))
              .as(set + " " + k)
              .isCloseTo(w, within(Math.max(1e-9, Math.abs(w) * 1e-9)));
        });
  }

  @Test
  void sampleOrderDoesNotMatterOnlyTime() {
    List<LatencySample> shuffled = new ArrayList<>(SampleSets.samples("epoch-spanning"));
    Collections.reverse(shuffled);
    assertThat(LatencyAggregator.aggregate("c", shuffled))
        .isEqualTo(LatencyAggregator.aggregate("c", SampleSets.samples("epoch-spanning")));
  }

  @Test
  void allLossHasOnlyLossFigures() {
    LatencyStats s = LatencyAggregator.aggregate("c", SampleSets.samples("all-loss"));
    assertThat(s.lossRate()).isEqualTo(1.0);
    assertThat(s.successRate()).isZero();
    assertThat(s.rttP95()).isZero();
    assertThat(s.jitterEwma()).isZero();
  }

  @Test
  void noSamplesNoStatistics() {
    assertThat(LatencyAggregator.aggregate("c", List.of())).isNull();
  }

  @Test
  void millisecondsDivideFiguresAndVarianceBySquare() {
    LatencyStats us = LatencyAggregator.aggregate("c", SampleSets.samples("mixed"));
    LatencyStats ms = us.inUnit(LatencyUnit.MS);
    assertThat(ms.rttP95()).isEqualTo(us.rttP95() / 1000);
    assertThat(ms.rttVariance()).isEqualTo(us.rttVariance() / 1e6);
    assertThat(ms.jitterEwma()).isEqualTo(us.jitterEwma() / 1000);
    assertThat(ms.lossRate()).isEqualTo(us.lossRate());
    assertThat(ms.successCount()).isEqualTo(us.successCount());
    assertThat(us.inUnit(LatencyUnit.US)).isSameAs(us);
  }
}
