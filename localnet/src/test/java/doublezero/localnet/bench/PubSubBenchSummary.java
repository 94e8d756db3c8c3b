package doublezero.localnet.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// The ratios {@link PubSubBench} reports: per round, `subs` against the mean of the round's `none`
/// runs, and `subs+stuck` against `subs` and against that baseline; at the end, the medians over
/// the rounds.
final class PubSubBenchSummary {
  private final Map<String, List<Double>> round = new HashMap<>();
  private final List<Double> subsRatios = new ArrayList<>();
  private final List<Double> stuckVsSubs = new ArrayList<>();
  private final List<Double> stuckVsNone = new ArrayList<>();

  /// Records one phase's transfers per second in the current round.
  void add(String phase, double rate) {
    round.computeIfAbsent(phase, p -> new ArrayList<>()).add(rate);
  }

  /// Closes the round; returns its summary line.
  String endRound(int r) {
    double none = mean(round.get("none"));
    double subs = mean(round.get("subs"));
    double stuck = mean(round.get("subs+stuck"));
    round.clear();
    StringBuilder line = new StringBuilder("round " + r + " summary:");
    line.append(String.format(" none %.0f tx/s", none));
    if (none > 0 && subs > 0) {
      subsRatios.add(subs / none);
      line.append(String.format(", subs/none %.1f %%", 100 * subs / none));
    }
    if (subs > 0 && stuck > 0) {
      stuckVsSubs.add(stuck / subs);
      line.append(String.format(", subs+stuck/subs %.1f %%", 100 * stuck / subs));
    }
    if (none > 0 && stuck > 0) {
      stuckVsNone.add(stuck / none);
      line.append(String.format(", subs+stuck/none %.1f %%", 100 * stuck / none));
    }
    return line.toString();
  }

  /// The medians over the rounds closed so far.
  String overall() {
    return String.format(
        "median over %d rounds: subs/none %.1f %%, subs+stuck/subs %.1f %%, subs+stuck/none %.1f"
            + " %%",
        subsRatios.size(),
        100 * median(subsRatios),
        100 * median(stuckVsSubs),
        100 * median(stuckVsNone));
  }

  private static double mean(List<Double> xs) {
    return xs == null || xs.isEmpty()
        ? 0
        : xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  private static double median(List<Double> xs) {
    if (xs.isEmpty()) {
      return Double.NaN;
    }
    List<Double> s = xs.stream().sorted().toList();
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }
}
