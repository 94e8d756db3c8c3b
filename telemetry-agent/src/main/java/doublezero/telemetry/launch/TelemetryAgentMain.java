package doublezero.telemetry.launch;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.geolocation.address.ProbeAddress;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.telemetry.agent.AgentConfig;
import doublezero.telemetry.agent.TelemetryAgent;
import doublezero.telemetry.geolocation.GeolocationConfig;
import doublezero.telemetry.geolocation.OffsetPublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero-telemetry-agent` (reference `controlplane/telemetry/cmd/telemetry/main.go`, flags of
/// `reference/telemetry-geolocation.md` §B.1; Go's single-dash spellings are accepted too):
/// measures this device's links with TWAMP light and writes the samples to the telemetry program,
/// and, when geoprobes are given or discoverable, sends them signed location offsets (§E.3).
/// SIGTERM/SIGINT stop it after a last submission, exit code 0. A refusal to start prints one
/// `Error: …` line and exits 1.
@Command(
    name = "doublezero-telemetry-agent",
    mixinStandardHelpOptions = true,
    version = "doublezero-telemetry-agent 0.1.0",
    description = "DoubleZero device telemetry agent (TWAMP light)")
public final class TelemetryAgentMain implements Callable<Integer> {
  @Option(
      names = {"--env", "-env"},
      description = "devnet, testnet, mainnet-beta or local")
  String env;

  @Option(
      names = {"--ledger-rpc-url", "-ledger-rpc-url"},
      description = "ledger JSON-RPC URL")
  String rpcUrl;

  @Option(
      names = {"--serviceability-program-id", "-serviceability-program-id"},
      description = "serviceability program (required without --env)")
  String serviceabilityProgramId;

  @Option(
      names = {"--telemetry-program-id", "-telemetry-program-id"},
      description = "telemetry program (required without --env)")
  String telemetryProgramId;

  @Option(
      names = {"--keypair", "-keypair"},
      required = true,
      description = "metrics publisher keypair file")
  Path keypair;

  @Option(
      names = {"--local-device-pubkey", "-local-device-pubkey"},
      required = true,
      description = "this device's Device account")
  String localDevice;

  @Option(
      names = {"--twamp-listen-port", "-twamp-listen-port"},
      defaultValue = "862",
      description = "reflector port, also probed on peers (default ${DEFAULT-VALUE})")
  int twampPort;

  @Option(
      names = {"--probe-interval", "-probe-interval"},
      defaultValue = "10s",
      converter = GoDuration.class,
      description = "time between probes of each peer (default ${DEFAULT-VALUE})")
  Duration probeInterval;

  @Option(
      names = {"--submission-interval", "-submission-interval"},
      defaultValue = "60s",
      converter = GoDuration.class,
      description = "time between submissions (default ${DEFAULT-VALUE})")
  Duration submissionInterval;

  @Option(
      names = {"--twamp-sender-timeout", "-twamp-sender-timeout"},
      defaultValue = "1s",
      converter = GoDuration.class,
      description = "per-probe timeout (default ${DEFAULT-VALUE})")
  Duration senderTimeout;

  @Option(
      names = {"--twamp-reflector-timeout", "-twamp-reflector-timeout"},
      defaultValue = "1s",
      converter = GoDuration.class,
      description = "accepted for compatibility; the reflector needs none")
  Duration reflectorTimeout;

  @Option(
      names = {"--peers-refresh-interval", "-peers-refresh-interval"},
      defaultValue = "10s",
      converter = GoDuration.class,
      description = "time between peer-list refreshes (default ${DEFAULT-VALUE})")
  Duration peersRefreshInterval;

  @Option(
      names = {"--sender-ttl", "-sender-ttl"},
      defaultValue = "5m",
      converter = GoDuration.class,
      description = "probe socket lifetime (default ${DEFAULT-VALUE})")
  Duration senderTtl;

  @Option(
      names = {"--submitter-max-concurrency", "-submitter-max-concurrency"},
      defaultValue = "10",
      description = "circuits submitted at the same time (default ${DEFAULT-VALUE})")
  int maxConcurrency;

  @Option(
      names = {"--max-consecutive-sender-losses", "-max-consecutive-sender-losses"},
      defaultValue = "30",
      description = "losses in a row before a probe socket is recreated (default ${DEFAULT-VALUE})")
  int maxLosses;

  @Option(
      names = {"--metrics-enable", "-metrics-enable"},
      description = "serve Prometheus /metrics")
  boolean metricsEnable;

  @Option(
      names = {"--metrics-addr", "-metrics-addr"},
      defaultValue = "127.0.0.1:8080",
      description = "metrics host:port (default ${DEFAULT-VALUE})")
  String metricsAddr;

  @Option(
      names = {"--verbose", "-verbose"},
      description = "debug logging")
  boolean verbose;

  @Option(
      names = {"--additional-child-probes", "-additional-child-probes"},
      defaultValue = "",
      description =
          "geoprobes to measure and send offsets to: ip or ip:offset_port:twamp_port, comma list")
  String childProbes;

  @Option(
      names = {"--geolocation-program-id", "-geolocation-program-id"},
      description =
          "geolocation program: discovers the geoprobes whose parent is this device (default with"
              + " --env: the environment's)")
  String geolocationProgramId;

  @Option(
      names = "--state-dir",
      defaultValue = "/var/lib/doublezero-telemetry",
      description = "directory of the crash-safe sample journal")
  Path stateDir;

  @Option(
      names = "--epoch-refresh-interval",
      converter = GoDuration.class,
      description = "time between epoch refreshes (default: the probe interval)")
  Duration epochRefresh;

  @Option(
      names = "--max-pending-samples",
      defaultValue = "35000",
      description = "unsubmitted samples kept per link direction before new ones are dropped")
  int maxPending;

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
      names = "--twamp-reflector-disable",
      hidden = true,
      description =
          "run no reflector (tests put their own, e.g. one that delays or drops, on the port)")
  boolean noReflector;

  @Option(
      names = "--no-bind-to-device",
      description = "do not bind probe sockets to the tunnel interface")
  boolean noBindToDevice;

  /// Entry point.
  ///
  /// @param args the command line
  public static void main(String[] args) {
    CommandLine cmd = new CommandLine(new TelemetryAgentMain());
    cmd.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          System.err.println("Error: " + ex.getMessage());
          return 1;
        });
    System.exit(cmd.execute(args));
  }

  @Override
  public Integer call() throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    sun.misc.Signal.handle(new sun.misc.Signal("TERM"), s -> stop.countDown());
    sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> stop.countDown());
    configureLogging(verbose ? "debug" : "info");
    AgentConfig config = config();
    GeolocationConfig geo = geolocation(config);
    TelemetryAgent agent = TelemetryAgent.start(config);
    OffsetPublisher publisher = null;
    if (geo.enabled()) {
      try {
        publisher = OffsetPublisher.start(geo, agent.metrics().registry());
      } catch (IOException e) {
        agent.close();
        throw new UncheckedIOException(e.getMessage(), e);
      }
    }
    stop.await();
    if (publisher != null) {
      publisher.close();
    }
    agent.close();
    return 0;
  }

  /// The DZD side of geolocation (§E.3): command-line probes, and on-chain discovery when a
  /// geolocation program is known (`--geolocation-program-id`, or `--env`'s).
  GeolocationConfig geolocation(AgentConfig agent) {
    PublicKey program = null;
    if (geolocationProgramId != null) {
      program = key("--geolocation-program-id", geolocationProgramId);
    } else if (env != null) {
      program = Environment.parse(env).geolocationProgramId();
    }
    List<ProbeAddress> probes;
    try {
      probes = ProbeAddress.parseList(childProbes);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--additional-child-probes: " + e.getMessage());
    }
    return new GeolocationConfig(
        agent.rpcUrl(),
        agent.serviceabilityProgramId(),
        program,
        agent.keypair(),
        agent.localDevice(),
        probes,
        agent.probeInterval(),
        Duration.ofSeconds(60),
        agent.senderTimeout());
  }

  AgentConfig config() {
    String url = rpcUrl;
    PublicKey serviceability;
    PublicKey telemetry;
    if (env != null) {
      Environment e = Environment.parse(env);
      url = System.getenv().getOrDefault("DZ_LEDGER_RPC_URL", e.ledgerRpcUrl());
      serviceability = e.serviceabilityProgramId();
      telemetry = e.telemetryProgramId();
    } else {
      if (url == null || serviceabilityProgramId == null || telemetryProgramId == null) {
        throw new IllegalArgumentException(
            "--ledger-rpc-url, --serviceability-program-id and --telemetry-program-id are required"
                + " without --env");
      }
      serviceability = key("--serviceability-program-id", serviceabilityProgramId);
      telemetry = key("--telemetry-program-id", telemetryProgramId);
    }
    Keypair kp;
    try {
      kp = KeypairFile.read(keypair);
    } catch (RuntimeException ex) {
      throw new IllegalArgumentException("cannot read keypair " + keypair + ": " + ex.getMessage());
    }
    Commitment c = Commitment.fromWire(commitment);
    if (c == null) {
      throw new IllegalArgumentException(
          "--commitment must be processed, confirmed or finalized, got " + commitment);
    }
    return new AgentConfig(
        url,
        serviceability,
        telemetry,
        kp,
        key("--local-device-pubkey", localDevice),
        twampPort,
        noReflector ? null : new InetSocketAddress("0.0.0.0", twampPort),
        probeInterval,
        submissionInterval,
        senderTimeout,
        peersRefreshInterval,
        senderTtl,
        maxLosses,
        epochRefresh == null ? probeInterval : epochRefresh,
        stateDir,
        maxPending,
        c,
        settle,
        !noBindToDevice,
        metricsEnable ? hostPort(metricsAddr) : null,
        maxConcurrency);
  }

  private static PublicKey key(String flag, String text) {
    try {
      return PublicKey.fromBase58(text);
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException(
          flag + " " + text + " is not a public key: " + ex.getMessage());
    }
  }

  static InetSocketAddress hostPort(String text) {
    int colon = text.lastIndexOf(':');
    try {
      String host = colon <= 0 ? "0.0.0.0" : text.substring(0, colon);
      return new InetSocketAddress(host, Integer.parseInt(text.substring(colon + 1)));
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException("--metrics-addr must be host:port, got " + text);
    }
  }

  static void configureLogging(String level) {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx) {
      ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.toLevel(level, Level.INFO));
    }
  }
}
