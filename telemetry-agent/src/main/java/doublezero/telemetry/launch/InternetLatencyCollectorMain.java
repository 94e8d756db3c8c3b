package doublezero.telemetry.launch;

import doublezero.sdk.environment.Environment;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.telemetry.internet.collector.CollectorConfig;
import doublezero.telemetry.internet.collector.InternetLatencyCollector;
import doublezero.telemetry.internet.collector.ProviderSchedule;
import doublezero.telemetry.internet.provider.ProviderHttp;
import doublezero.telemetry.internet.ripeatlas.RipeAtlasProvider;
import doublezero.telemetry.internet.wheresitup.WheresitupProvider;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/// `doublezero-internet-latency-collector run` (reference
/// `controlplane/internet-latency-collector/cmd/collector/main.go`, flags of
/// `reference/telemetry-geolocation.md` §C and §H.2, plus the provider base URLs, per-provider
/// intervals and the ledger flags of the telemetry agent): collects RIPE Atlas and Wheresitup RTTs
/// between Exchanges and writes them to InternetLatencySamples accounts. API keys come from the
/// environment (`RIPE_ATLAS_API_KEY`, `WHERESITUP_API_TOKEN`); without one the provider is called
/// without its auth header. SIGTERM/SIGINT stop it after a last submission, exit code 0; a refusal
/// to start prints one `Error: …` line and exits 1.
@Command(
    name = "doublezero-internet-latency-collector",
    mixinStandardHelpOptions = true,
    version = "doublezero-internet-latency-collector 0.1.0",
    description = "DoubleZero internet latency collector (RIPE Atlas, Wheresitup)",
    subcommands = InternetLatencyCollectorMain.Run.class)
public final class InternetLatencyCollectorMain implements Callable<Integer> {
  @Option(
      names = "--env",
      scope = ScopeType.INHERIT,
      description = "devnet, testnet, mainnet-beta or local")
  String env;

  @Option(
      names = "--ledger-rpc-url",
      scope = ScopeType.INHERIT,
      description = "ledger JSON-RPC URL (default: the environment's)")
  String rpcUrl;

  @Option(
      names = "--serviceability-program-id",
      scope = ScopeType.INHERIT,
      description = "serviceability program (required without --env)")
  String serviceabilityProgramId;

  @Option(
      names = "--telemetry-program-id",
      scope = ScopeType.INHERIT,
      description = "telemetry program (required without --env)")
  String telemetryProgramId;

  @Option(
      names = "--keypair",
      scope = ScopeType.INHERIT,
      description = "the collector's (oracle agent's) keypair file")
  Path keypair;

  @Option(
      names = "--state-dir",
      scope = ScopeType.INHERIT,
      defaultValue = "/var/lib/doublezero-internet-latency-collector/state",
      description = "state files and sample journals (default ${DEFAULT-VALUE})")
  Path stateDir;

  @Option(
      names = "--log-level",
      scope = ScopeType.INHERIT,
      defaultValue = "info",
      description = "debug, info, warn or error (default ${DEFAULT-VALUE})")
  String logLevel;

  @Option(
      names = "--location-file",
      scope = ScopeType.INHERIT,
      description =
          "JSON array of {Name, Code, Latitude, Longitude}: sites instead of the chain's Exchange"
              + " coordinates")
  Path locationFile;

  @Option(
      names = "--dry-run",
      scope = ScopeType.INHERIT,
      description = "log the measurements and jobs that would be created instead of creating them")
  boolean dryRun;

  /// Entry point.
  ///
  /// @param args the command line
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new InternetLatencyCollectorMain());
    cmd.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          System.err.println("Error: " + ex.getMessage());
          return 1;
        });
    return cmd;
  }

  @Override
  public Integer call() {
    CommandLine.usage(this, System.err);
    return 2;
  }

  /// `run`: the collector as a service.
  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description = "run the collector (service mode)")
  static final class Run implements Callable<Integer> {
    @CommandLine.ParentCommand InternetLatencyCollectorMain root;

    @Option(
        names = "--wheresitup-job-state-file",
        defaultValue = WheresitupProvider.STATE_FILE,
        description =
            "Wheresitup job state file, relative to --state-dir (default ${DEFAULT-VALUE})")
    Path wheresitupStateFile;

    @Option(
        names = "--ripeatlas-probes-per-location",
        defaultValue = "1",
        description = "RIPE Atlas probes considered per Exchange (default ${DEFAULT-VALUE})")
    int probesPerLocation;

    @Option(
        names = "--ripeatlas-measurement-interval",
        defaultValue = "1h",
        converter = GoDuration.class,
        description = "time between RIPE Atlas measurement rounds (default ${DEFAULT-VALUE})")
    Duration ripeMeasurementInterval;

    @Option(
        names = "--ripeatlas-sampling-interval",
        defaultValue = "10m",
        converter = GoDuration.class,
        description =
            "RIPE Atlas ping interval, also the accounts' sampling interval (default"
                + " ${DEFAULT-VALUE})")
    Duration ripeSamplingInterval;

    @Option(
        names = "--ripeatlas-export-interval",
        defaultValue = "10m",
        converter = GoDuration.class,
        description = "time between RIPE Atlas result reads (default ${DEFAULT-VALUE})")
    Duration ripeExportInterval;

    @Option(
        names = "--wheresitup-sampling-interval",
        defaultValue = "6m",
        converter = GoDuration.class,
        description =
            "time between Wheresitup job rounds, also the accounts' sampling interval (default"
                + " ${DEFAULT-VALUE})")
    Duration wiuSamplingInterval;

    @Option(
        names = "--wheresitup-export-interval",
        converter = GoDuration.class,
        description = "time between Wheresitup result reads (default: the sampling interval)")
    Duration wiuExportInterval;

    @Option(
        names = "--ripeatlas-base-url",
        defaultValue = "https://atlas.ripe.net/api/v2",
        description = "RIPE Atlas API root (default ${DEFAULT-VALUE})")
    String ripeBaseUrl;

    @Option(
        names = "--wheresitup-base-url",
        defaultValue = "https://api.wheresitup.com/v4",
        description = "Wheresitup API root (default ${DEFAULT-VALUE})")
    String wiuBaseUrl;

    @Option(
        names = "--providers",
        split = ",",
        defaultValue = "ripeatlas,wheresitup",
        description = "providers to run (default ${DEFAULT-VALUE})")
    List<String> providers;

    @Option(
        names = "--ledger-submission-interval",
        defaultValue = "1m",
        converter = GoDuration.class,
        description = "time between submissions to the ledger (default ${DEFAULT-VALUE})")
    Duration submissionInterval;

    @Option(
        names = "--metrics-addr",
        defaultValue = "127.0.0.1:2113",
        description = "metrics host:port, empty for none (default ${DEFAULT-VALUE})")
    String metricsAddr;

    @Option(
        names = "--commitment",
        defaultValue = "confirmed",
        description = "processed, confirmed or finalized (default ${DEFAULT-VALUE})")
    String commitment;

    @Option(
        names = "--resubmit-settle",
        defaultValue = "90s",
        converter = GoDuration.class,
        description = "wait after a write of unknown outcome before re-reading the account")
    Duration settle;

    @Option(
        names = "--max-pending-samples",
        defaultValue = "3000",
        description =
            "unsubmitted samples kept per Exchange pair and provider (default ${DEFAULT-VALUE})")
    int maxPending;

    @Option(
        names = "--http-timeout",
        defaultValue = "30s",
        converter = GoDuration.class,
        description = "provider API request timeout (default ${DEFAULT-VALUE})")
    Duration httpTimeout;

    @Override
    public Integer call() throws InterruptedException {
      TelemetryAgentMain.configureLogging(root.logLevel);
      CollectorConfig config = config(System.getenv());
      List<ProviderSchedule> schedules = schedules(System.getenv(), config.stateDir());
      CountDownLatch stop = new CountDownLatch(1);
      sun.misc.Signal.handle(new sun.misc.Signal("TERM"), s -> stop.countDown());
      sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> stop.countDown());
      try (InternetLatencyCollector c = InternetLatencyCollector.start(config, schedules)) {
        stop.await();
      }
      return 0;
    }

    CollectorConfig config(Map<String, String> environment) {
      if (root.keypair == null) {
        throw new IllegalArgumentException("--keypair is required");
      }
      String url = root.rpcUrl;
      PublicKey serviceability;
      PublicKey telemetry;
      if (root.env != null) {
        Environment e = Environment.parse(root.env);
        url = url != null ? url : environment.getOrDefault("DZ_LEDGER_RPC_URL", e.ledgerRpcUrl());
        serviceability = e.serviceabilityProgramId();
        telemetry = e.telemetryProgramId();
      } else {
        if (url == null
            || root.serviceabilityProgramId == null
            || root.telemetryProgramId == null) {
          throw new IllegalArgumentException(
              "--ledger-rpc-url, --serviceability-program-id and --telemetry-program-id are"
                  + " required without --env");
        }
        serviceability = key("--serviceability-program-id", root.serviceabilityProgramId);
        telemetry = key("--telemetry-program-id", root.telemetryProgramId);
      }
      Keypair kp;
      try {
        kp = KeypairFile.read(root.keypair);
      } catch (RuntimeException ex) {
        throw new IllegalArgumentException(
            "cannot read keypair " + root.keypair + ": " + ex.getMessage());
      }
      Commitment c = Commitment.fromWire(commitment);
      if (c == null) {
        throw new IllegalArgumentException(
            "--commitment must be processed, confirmed or finalized, got " + commitment);
      }
      return new CollectorConfig(
          url,
          serviceability,
          telemetry,
          kp,
          root.stateDir,
          root.locationFile,
          root.dryRun,
          submissionInterval,
          c,
          settle,
          maxPending,
          metricsAddr.isEmpty() ? null : TelemetryAgentMain.hostPort(metricsAddr));
    }

    List<ProviderSchedule> schedules(Map<String, String> environment, Path stateDir) {
      List<ProviderSchedule> out = new ArrayList<>();
      String tag = root.env == null ? "local" : root.env;
      for (String p : providers) {
        switch (p) {
          case RipeAtlasProvider.NAME -> {
            String apiKey = environment.getOrDefault("RIPE_ATLAS_API_KEY", "");
            ProviderHttp http =
                new ProviderHttp(
                    ripeBaseUrl,
                    apiKey.isEmpty() ? Map.of() : Map.of("Authorization", "Key " + apiKey),
                    httpTimeout);
            out.add(
                new ProviderSchedule(
                    new RipeAtlasProvider(
                        http, stateDir, tag, probesPerLocation, ripeSamplingInterval),
                    ripeMeasurementInterval,
                    ripeExportInterval));
          }
          case WheresitupProvider.NAME -> {
            String token = environment.getOrDefault("WHERESITUP_API_TOKEN", "");
            ProviderHttp http =
                new ProviderHttp(
                    wiuBaseUrl,
                    token.isEmpty() ? Map.of() : Map.of("Auth", "Bearer " + token),
                    httpTimeout);
            out.add(
                new ProviderSchedule(
                    new WheresitupProvider(
                        http, stateDir.resolve(wheresitupStateFile), wiuSamplingInterval),
                    wiuSamplingInterval,
                    wiuExportInterval == null ? wiuSamplingInterval : wiuExportInterval));
          }
          default ->
              throw new IllegalArgumentException(
                  "--providers: unknown provider " + p + " (ripeatlas, wheresitup)");
        }
      }
      return out;
    }

    private static PublicKey key(String flag, String text) {
      try {
        return PublicKey.fromBase58(text);
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException(
            flag + " " + text + " is not a public key: " + ex.getMessage());
      }
    }
  }
}
