package doublezero.cli.telemetry;

import doublezero.cli.args.PubkeyConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.session.Session;
import doublezero.cli.telemetry.data.CircuitSamples;
import doublezero.cli.telemetry.data.Circuits;
import doublezero.cli.telemetry.data.InternetCircuit;
import doublezero.cli.telemetry.data.SampleSource;
import doublezero.cli.telemetry.data.SampleWindow;
import doublezero.cli.telemetry.render.StatsJson;
import doublezero.cli.telemetry.render.SummaryTables;
import doublezero.cli.telemetry.stats.LatencyAggregator;
import doublezero.cli.telemetry.stats.LatencySample;
import doublezero.cli.telemetry.stats.LatencyStats;
import doublezero.cli.telemetry.stats.LatencyUnit;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.telemetry.pda.TelemetryPda;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `doublezero telemetry internet`: per exchange pair, the statistics of one data provider's
/// internet-latency samples, the baseline DoubleZero links are compared against (reference
/// `controlplane/telemetry/internal/data/cli/internet.go`). The accounts are those of the
/// environment's collector key unless `--collector-pk` names another (ours; the reference has the
/// key compiled in).
@Command(name = "internet", description = "Get internet latency data")
public final class TelemetryInternetCommand extends CliCommand {
  /// The data providers the collector writes (`data_provider_name`).
  static final Set<String> PROVIDERS = Set.of("ripeatlas", "wheresitup");

  @Mixin WindowOptions window;

  @Option(
      names = {"-p", "--data-provider"},
      paramLabel = "PROVIDER",
      defaultValue = "wheresitup",
      description =
          "The data provider to query (ripeatlas, wheresitup) (default: ${DEFAULT-VALUE})")
  String provider;

  @Option(
      names = "--collector-pk",
      paramLabel = "PUBKEY",
      converter = PubkeyConverter.class,
      description = "The internet-latency collector's key (default: the environment's)")
  PublicKey collector;

  @Override
  protected void execute(Session s) {
    LatencyUnit unit = window.validate();
    if (!PROVIDERS.contains(provider)) {
      throw new CliException(
          "invalid data provider: " + provider + " (must be ripeatlas or wheresitup)");
    }
    Environment env = s.connection().environment();
    PublicKey agent = collector != null ? collector : env.internetLatencyCollector();
    SampleSource source = new SampleSource(s.rpc(), env.telemetryProgramId());
    List<InternetCircuit> circuits = Circuits.internet(s.ledger());
    SampleWindow w = window.resolve(source, Reports.nowMicros());
    Map<InternetCircuit, List<LatencySample>> samples =
        CircuitSamples.read(
            source,
            circuits,
            (c, e) ->
                TelemetryPda.internetLatencySamples(
                        source.programId(),
                        agent,
                        provider,
                        c.originExchange(),
                        c.targetExchange(),
                        e)
                    .address(),
            w);
    List<String> heading =
        Reports.heading(env.displayName(), List.of("Data provider: " + provider), w, unit);
    Map<String, List<LatencySample>> byCode = new LinkedHashMap<>();
    samples.forEach((c, l) -> byCode.put(c.code(), l));
    if (Reports.files(window, unit, String.join(" · ", heading), byCode)) {
      return;
    }
    List<LatencyStats> stats = new ArrayList<>();
    samples.forEach(
        (c, l) -> {
          LatencyStats st = LatencyAggregator.aggregate(c.code(), l);
          if (st != null) {
            stats.add(st.inUnit(unit));
          }
        });
    Reports.print(
        s, window, StatsJson.internet(stats), heading, SummaryTables.internet(stats, unit));
  }
}
