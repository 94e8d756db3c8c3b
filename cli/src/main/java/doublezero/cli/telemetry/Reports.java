package doublezero.cli.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.cli.output.JsonOutput;
import doublezero.cli.session.Session;
import doublezero.cli.telemetry.data.SampleWindow;
import doublezero.cli.telemetry.render.RawCsv;
import doublezero.cli.telemetry.render.SvgPlot;
import doublezero.cli.telemetry.stats.LatencySample;
import doublezero.cli.telemetry.stats.LatencyUnit;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// What both `telemetry` commands do once the samples are read: the files (`--raw-csv`, `--plot`),
/// then either JSON or the heading lines and the table.
final class Reports {
  private Reports() {}

  /// @return now, µs since the UNIX epoch
  static long nowMicros() {
    Instant t = Instant.now();
    return t.getEpochSecond() * 1_000_000 + t.getNano() / 1000;
  }

  /// Writes `--raw-csv` and `--plot` when asked.
  ///
  /// @param o the options
  /// @param unit the unit
  /// @param title the plot's heading
  /// @param samples each circuit's samples by code, in display order (circuits without samples are
  ///   left out)
  /// @return whether `--raw-csv` was given (the reference then prints no summary)
  static boolean files(
      WindowOptions o, LatencyUnit unit, String title, Map<String, List<LatencySample>> samples) {
    Map<String, List<LatencySample>> present = new LinkedHashMap<>();
    samples.forEach(
        (k, v) -> {
          if (!v.isEmpty()) {
            present.put(k, v);
          }
        });
    if (o.rawCsv != null) {
      RawCsv.write(o.rawCsv, present, unit);
    }
    if (o.plot != null) {
      SvgPlot.write(o.plot, title, present, unit);
    }
    return o.rawCsv != null;
  }

  /// Prints the result: JSON, or the heading lines and the table.
  ///
  /// @param s the session
  /// @param o the options
  /// @param json the JSON array
  /// @param heading the heading lines
  /// @param table the table
  static void print(Session s, WindowOptions o, JsonNode json, List<String> heading, String table) {
    PrintWriter out = s.out();
    if (o.json) {
      out.println(JsonOutput.pretty(json));
      return;
    }
    heading.forEach(out::println);
    out.print(table);
  }

  /// @param env the environment name
  /// @param extra lines after the environment (e.g. the data provider)
  /// @param window the window
  /// @param unit the unit
  /// @return the reference's heading lines
  static List<String> heading(
      String env, List<String> extra, SampleWindow window, LatencyUnit unit) {
    List<String> lines = new ArrayList<>();
    lines.add("Environment: " + env);
    lines.addAll(extra);
    lines.add(WindowOptions.heading(window));
    lines.add("* RTT aggregates are in " + unit.label());
    return lines;
  }
}
