package doublezero.cli.telemetry.render;

import doublezero.cli.telemetry.stats.LatencySample;
import doublezero.cli.telemetry.stats.LatencyUnit;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/// `--raw-csv FILE`: every sample, `circuit,timestamp,rtt_<unit>` (reference
/// `controlplane/telemetry/internal/data/cli/device.go`): time RFC 3339 with nanoseconds, RTT with
/// six decimals, a loss as 0. Rows are sorted by circuit then time (the reference writes them in
/// goroutine order). Written whole or not at all ([FileOutput]).
public final class RawCsv {
  private RawCsv() {}

  /// @param file the destination
  /// @param samples each circuit's samples, keyed by circuit code
  /// @param unit the unit of the RTT column
  /// @throws doublezero.cli.error.CliException when the file cannot be written
  public static void write(Path file, Map<String, List<LatencySample>> samples, LatencyUnit unit) {
    FileOutput.replace(
        file,
        "CSV file",
        w -> {
          w.write("circuit,timestamp,rtt_" + unit.label() + "\n");
          for (Map.Entry<String, List<LatencySample>> e :
              samples.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            List<LatencySample> rows =
                e.getValue().stream()
                    .sorted(Comparator.comparingLong(LatencySample::timestampMicros))
                    .toList();
            for (LatencySample s : rows) {
              w.write(
                  e.getKey()
                      + ","
                      + GoFloat.rfc3339Nano(s.timestampMicros())
                      + ","
                      + GoFloat.fixed(s.rttMicros() / unit.factor(), 6)
                      + "\n");
            }
          }
        });
  }
}
