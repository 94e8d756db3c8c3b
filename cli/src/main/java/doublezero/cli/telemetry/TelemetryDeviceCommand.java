package doublezero.cli.telemetry;

import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.session.Session;
import doublezero.cli.telemetry.data.CircuitSamples;
import doublezero.cli.telemetry.data.Circuits;
import doublezero.cli.telemetry.data.DeviceCircuit;
import doublezero.cli.telemetry.data.DeviceSummary;
import doublezero.cli.telemetry.data.SampleSource;
import doublezero.cli.telemetry.data.SampleWindow;
import doublezero.cli.telemetry.render.StatsJson;
import doublezero.cli.telemetry.render.SummaryTables;
import doublezero.cli.telemetry.stats.LatencyAggregator;
import doublezero.cli.telemetry.stats.LatencySample;
import doublezero.cli.telemetry.stats.LatencyStats;
import doublezero.cli.telemetry.stats.LatencyUnit;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.telemetry.pda.TelemetryPda;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `doublezero telemetry device`: per link direction, the statistics of the samples the device
/// agents wrote (reference `controlplane/telemetry/internal/data/cli/device.go`, `device` of the
/// `telemetry-data` tool), beside the link's committed delay and jitter.
@Command(name = "device", description = "Get device latency data")
public final class TelemetryDeviceCommand extends CliCommand {
  private static final Set<String> LINK_TYPES = Set.of("wan", "dzx");

  @Mixin WindowOptions window;

  @Option(
      names = "--link-type",
      paramLabel = "TYPE",
      split = ",",
      description = "Filter by link type (wan, dzx)")
  List<String> linkTypes = new ArrayList<>();

  @Override
  protected void execute(Session s) {
    LatencyUnit unit = window.validate();
    List<String> types = linkTypes.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    for (String t : types) {
      if (!LINK_TYPES.contains(t)) {
        throw new CliException("invalid link type: " + t + " (must be wan or dzx)");
      }
    }
    Environment env = s.connection().environment();
    SampleSource source = new SampleSource(s.rpc(), env.telemetryProgramId());
    List<DeviceCircuit> circuits =
        Circuits.devices(s.ledger()).stream()
            .filter(c -> types.isEmpty() || types.contains(c.linkType().toLowerCase(Locale.ROOT)))
            .toList();
    SampleWindow w = window.resolve(source, Reports.nowMicros());
    Map<DeviceCircuit, List<LatencySample>> samples =
        CircuitSamples.read(
            source,
            circuits,
            (c, e) ->
                TelemetryPda.deviceLatencySamples(
                        source.programId(), c.originDevice(), c.targetDevice(), c.link(), e)
                    .address(),
            w);
    List<String> heading = Reports.heading(env.displayName(), List.of(), w, unit);
    Map<String, List<LatencySample>> byCode = new LinkedHashMap<>();
    samples.forEach((c, l) -> byCode.put(c.code(), l));
    if (Reports.files(window, unit, String.join(" · ", heading), byCode)) {
      return;
    }
    List<DeviceSummary> summaries = new ArrayList<>();
    samples.forEach(
        (c, l) -> {
          LatencyStats st = LatencyAggregator.aggregate(c.code(), l);
          if (st != null) {
            summaries.add(DeviceSummary.of(c, st.inUnit(unit), unit));
          }
        });
    Reports.print(
        s, window, StatsJson.devices(summaries), heading, SummaryTables.devices(summaries, unit));
  }
}
