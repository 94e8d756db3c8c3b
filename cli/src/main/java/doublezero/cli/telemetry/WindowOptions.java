package doublezero.cli.telemetry;

import doublezero.cli.error.CliException;
import doublezero.cli.telemetry.data.EpochSpan;
import doublezero.cli.telemetry.data.SampleSource;
import doublezero.cli.telemetry.data.SampleWindow;
import doublezero.cli.telemetry.render.FileOutput;
import doublezero.cli.telemetry.stats.LatencyUnit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/// The options both `telemetry` commands share (reference
/// `controlplane/telemetry/internal/data/cli/device.go`): which samples (one of `--recent-time`,
/// `--recent-epochs`, `--epoch`, `--from-epoch`/`--to-epoch`; default the current epoch), the unit,
/// and where the result goes (`--raw-csv`, `--json`, and our `--plot`).
final class WindowOptions {
  @Option(
      names = "--recent-time",
      paramLabel = "DURATION",
      description = "Aggregate over the given duration up to now (e.g. 24h)")
  String recentTime;

  @Option(
      names = "--recent-epochs",
      paramLabel = "N",
      defaultValue = "1",
      description = "Aggregate over the given number of recent epochs (default: ${DEFAULT-VALUE})")
  long recentEpochs;

  @Option(names = "--epoch", paramLabel = "EPOCH", description = "Aggregate over the given epoch")
  Long epoch;

  @Option(
      names = "--from-epoch",
      paramLabel = "EPOCH",
      description = "Aggregate from the given epoch (to the current one unless --to-epoch)")
  Long fromEpoch;

  @Option(
      names = "--to-epoch",
      paramLabel = "EPOCH",
      description = "Aggregate to the given epoch (from epoch 0 unless --from-epoch)")
  Long toEpoch;

  @Option(names = "--raw-csv", paramLabel = "FILE", description = "Path to save raw data to CSV")
  Path rawCsv;

  @Option(
      names = "--unit",
      paramLabel = "UNIT",
      defaultValue = "ms",
      description = "Unit to display latencies in (ms, us) (default: ${DEFAULT-VALUE})")
  String unit;

  @Option(names = "--json", description = "Print the statistics as JSON")
  boolean json;

  @Option(
      names = "--plot",
      paramLabel = "FILE.svg",
      description = "Draw RTT over time per circuit, losses marked, into an SVG file")
  Path plot;

  private Duration recent;

  /// Checks the flags before anything is read from the ledger.
  ///
  /// @return the unit
  /// @throws IllegalArgumentException / CliException for an unknown unit, several window flags, a
  ///   reversed epoch range, a bad duration or an output path that cannot be written
  LatencyUnit validate() {
    LatencyUnit u = LatencyUnit.parse(unit);
    if (recentTime != null) {
      recent = GoDurations.parse(recentTime);
      if (recent.isZero()) {
        recent = null;
      }
    }
    if (recentEpochs < 1) {
      throw new CliException("recent-epochs must be at least 1");
    }
    List<String> chosen = new ArrayList<>();
    if (recent != null) {
      chosen.add("recent-time");
    }
    if (recentEpochs > 1) {
      chosen.add("recent-epochs");
    }
    if (epoch != null) {
      chosen.add("epoch");
    }
    if (fromEpoch != null || toEpoch != null) {
      chosen.add("from/to epoch range");
    }
    if (chosen.size() > 1) {
      throw new CliException(
          "specify only one of: recent-time, recent-epochs, epoch, or from/to epoch range");
    }
    for (Long e : new Long[] {epoch, fromEpoch, toEpoch}) {
      if (e != null && e < 0) {
        throw new CliException("epochs are not negative: " + e);
      }
    }
    if (fromEpoch != null && toEpoch != null && fromEpoch > toEpoch) {
      throw new CliException("from-epoch must be less than to-epoch");
    }
    if (rawCsv != null) {
      FileOutput.check(rawCsv, "CSV file");
    }
    if (plot != null) {
      FileOutput.check(plot, "plot file");
    }
    return u;
  }

  /// @param source the ledger (asked for the current epoch when the window needs it)
  /// @param nowMicros the time now, µs since the UNIX epoch
  /// @return the samples to read
  SampleWindow resolve(SampleSource source, long nowMicros) {
    if (recent != null) {
      return new SampleWindow.Recent(recent, nowMicros);
    }
    if (epoch != null) {
      return new SampleWindow.Epochs(new EpochSpan(epoch, epoch));
    }
    if (fromEpoch != null || toEpoch != null) {
      long from = fromEpoch == null ? 0 : fromEpoch;
      long to = toEpoch == null ? source.currentEpoch() : toEpoch;
      return new SampleWindow.Epochs(new EpochSpan(from, to));
    }
    long cur = source.currentEpoch();
    return new SampleWindow.Epochs(new EpochSpan(Math.max(0, cur - (recentEpochs - 1)), cur));
  }

  /// @param window the resolved window
  /// @return the heading line naming it (`Recent time: 24h0m0s`, `Epoch: 5`, `Epochs: 3 - 5`)
  static String heading(SampleWindow window) {
    return switch (window) {
      case SampleWindow.Recent r -> "Recent time: " + GoDurations.format(r.length());
      case SampleWindow.Epochs e -> e.span().heading();
    };
  }
}
