package doublezero.cli.telemetry.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/// Reduces a circuit's samples to one [LatencyStats] with the reference's arithmetic (reference
/// `controlplane/telemetry/internal/data/stats/aggregate.go`, `Aggregate` with one point and
/// `AggregateIntoOne`): samples ordered by time; RTT 0 is a loss; mean and population variance by
/// Welford's method over the ascending RTTs; percentiles by nearest rank (numpy's `inverted_cdf`);
/// jitter over the successful samples in time order, losses skipped.
public final class LatencyAggregator {
  private static final double EWMA_GAIN = 16;

  private LatencyAggregator() {}

  /// @param circuit the circuit code
  /// @param samples the window's samples, any order (several epochs' accounts may be concatenated)
  /// @return the statistics, or null when there is no sample at all (the reference then shows no
  ///   row for the circuit)
  public static LatencyStats aggregate(String circuit, List<LatencySample> samples) {
    if (samples.isEmpty()) {
      return null;
    }
    List<LatencySample> ordered = new ArrayList<>(samples);
    ordered.sort(Comparator.comparingLong(LatencySample::timestampMicros));
    double[] good =
        ordered.stream().filter(s -> !s.loss()).mapToDouble(LatencySample::rttMicros).toArray();
    long total = ordered.size();
    long success = good.length;
    long loss = total - success;
    long start = ordered.getFirst().timestampMicros();
    if (success == 0) {
      return new LatencyStats(
          circuit, start, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, loss, 1.0);
    }
    double[] sorted = good.clone();
    Arrays.sort(sorted);
    double n = sorted.length;
    double median = median(sorted);
    double mean = 0;
    double m2 = 0;
    for (int i = 0; i < sorted.length; i++) {
      double delta = sorted[i] - mean;
      mean += delta / (i + 1);
      m2 += delta * (sorted[i] - mean);
    }
    double variance = Math.max(0, m2 / n);
    double[] deviations = new double[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      deviations[i] = Math.abs(sorted[i] - median);
    }
    Arrays.sort(deviations);
    Jitter j = jitter(good);
    return new LatencyStats(
        circuit,
        start,
        mean,
        median,
        sorted[0],
        sorted[sorted.length - 1],
        nearestRank(sorted, 0.90),
        nearestRank(sorted, 0.95),
        nearestRank(sorted, 0.99),
        Math.sqrt(variance),
        variance,
        median(deviations),
        j.meanAbs,
        j.ewma,
        j.deltaStdDev,
        j.maxAbs - j.minAbs,
        j.maxAbs,
        success,
        (double) success / total,
        loss,
        (double) loss / total);
  }

  /// @param sorted ascending values, at least one
  /// @param p the fraction (0.90 for p90)
  /// @return the value at index `ceil(p·n) − 1` (nearest rank)
  static double nearestRank(double[] sorted, double p) {
    return sorted[(int) Math.ceil(p * sorted.length) - 1];
  }

  private static double median(double[] sorted) {
    int mid = sorted.length / 2;
    return sorted.length % 2 == 0 ? (sorted[mid - 1] + sorted[mid]) / 2 : sorted[mid];
  }

  private record Jitter(
      double meanAbs, double ewma, double deltaStdDev, double maxAbs, double minAbs) {}

  /// Jitter over consecutive successful RTTs in time order; all 0 with fewer than two.
  private static Jitter jitter(double[] inTimeOrder) {
    int k = inTimeOrder.length - 1;
    if (k < 1) {
      return new Jitter(0, 0, 0, 0, 0);
    }
    double[] deltas = new double[k];
    double sumAbs = 0;
    double sum = 0;
    double ewma = 0;
    double maxAbs = 0;
    double minAbs = 0;
    for (int i = 0; i < k; i++) {
      double d = inTimeOrder[i + 1] - inTimeOrder[i];
      double ad = Math.abs(d);
      deltas[i] = d;
      sum += d;
      sumAbs += ad;
      if (i == 0) {
        ewma = ad;
        maxAbs = ad;
        minAbs = ad;
      } else {
        ewma += (ad - ewma) / EWMA_GAIN;
        maxAbs = Math.max(maxAbs, ad);
        minAbs = Math.min(minAbs, ad);
      }
    }
    double mu = sum / k;
    double s2 = 0;
    for (double d : deltas) {
      s2 += (d - mu) * (d - mu);
    }
    return new Jitter(sumAbs / k, ewma, Math.sqrt(s2 / k), maxAbs, minAbs);
  }
}
