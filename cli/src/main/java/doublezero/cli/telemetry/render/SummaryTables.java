package doublezero.cli.telemetry.render;

import doublezero.cli.telemetry.data.DeviceSummary;
import doublezero.cli.telemetry.stats.LatencyStats;
import doublezero.cli.telemetry.stats.LatencyUnit;
import java.util.ArrayList;
import java.util.List;

/// The summary tables of `doublezero telemetry device|internet`, columns and number formats as the
/// reference data CLI prints them (reference `controlplane/telemetry/internal/data/cli/device.go`
/// `printDeviceSummaries`, `internet.go` `printInternetSummaries`).
public final class SummaryTables {
  private SummaryTables() {}

  /// Device table: figures with three decimals, `-` in every figure of an all-loss circuit.
  ///
  /// @param summaries one per circuit, sorted
  /// @param unit the unit of the figures
  /// @return the table
  public static String devices(List<DeviceSummary> summaries, LatencyUnit unit) {
    String u = "(" + unit.label() + ")";
    List<String> headers =
        List.of(
            "Circuit",
            "Link Type",
            "RTT Mean\n" + u,
            "Committed\nRTT\n" + u,
            "Committed RTT\nChange\n(%)",
            "Jitter Avg\n" + u,
            "Committed\nJitter\n" + u,
            "Committed\nJitter Change\n(%)",
            "Jitter\nMax",
            "RTT\nStdDev",
            "RTT\nP50",
            "RTT\nP90",
            "RTT\nP95",
            "RTT\nP99",
            "RTT\nMin",
            "RTT\nMax",
            "Success\n(#)",
            "Loss\n(#)",
            "Loss\n(%)");
    List<List<String>> rows = new ArrayList<>();
    for (DeviceSummary d : summaries) {
      LatencyStats s = d.stats();
      boolean allLoss = s.lossRate() == 1;
      rows.add(
          List.of(
              d.circuit().code(),
              d.circuit().linkType(),
              fig(s.rttMean(), allLoss),
              fig(d.committedRtt(), allLoss),
              fig(d.committedRttChangeRatio() * 100, allLoss),
              fig(s.jitterAvg(), allLoss),
              fig(d.committedJitter(), allLoss),
              fig(d.committedJitterChangeRatio() * 100, allLoss),
              fig(s.jitterMax(), allLoss),
              fig(s.rttStdDev(), allLoss),
              fig(s.rttMedian(), allLoss),
              fig(s.rttP90(), allLoss),
              fig(s.rttP95(), allLoss),
              fig(s.rttP99(), allLoss),
              fig(s.rttMin(), allLoss),
              fig(s.rttMax(), allLoss),
              Long.toString(s.successCount()),
              Long.toString(s.lossCount()),
              GoFloat.fixed(s.lossRate() * 100, 1) + "%"));
    }
    return BoxTable.render(headers, rows);
  }

  /// Internet table: the mean |ΔRTT| with five decimals, the rest with three; `Count (#)` is the
  /// number of successful samples (the reference's choice).
  ///
  /// @param stats one per circuit, sorted
  /// @param unit the unit of the figures
  /// @return the table
  public static String internet(List<LatencyStats> stats, LatencyUnit unit) {
    String u = "(" + unit.label() + ")";
    List<String> headers =
        List.of(
            "Circuit",
            "RTT Mean\n" + u,
            "Jitter Avg\n" + u,
            "Jitter\nEWMA",
            "Jitter\nMax",
            "RTT\nStdDev",
            "RTT\nP90",
            "RTT\nP95",
            "RTT\nP99",
            "RTT\nMin",
            "RTT\nMax",
            "RTT\nMedian",
            "Count (#)");
    List<List<String>> rows = new ArrayList<>();
    for (LatencyStats s : stats) {
      rows.add(
          List.of(
              s.circuit(),
              GoFloat.fixed(s.rttMean(), 3),
              GoFloat.fixed(s.jitterAvg(), 5),
              GoFloat.fixed(s.jitterEwma(), 3),
              GoFloat.fixed(s.jitterMax(), 3),
              GoFloat.fixed(s.rttStdDev(), 3),
              GoFloat.fixed(s.rttP90(), 3),
              GoFloat.fixed(s.rttP95(), 3),
              GoFloat.fixed(s.rttP99(), 3),
              GoFloat.fixed(s.rttMin(), 3),
              GoFloat.fixed(s.rttMax(), 3),
              GoFloat.fixed(s.rttMedian(), 3),
              Long.toString(s.successCount())));
    }
    return BoxTable.render(headers, rows);
  }

  private static String fig(double v, boolean allLoss) {
    return allLoss ? "-" : GoFloat.fixed(v, 3);
  }
}
