package doublezero.agent.launch;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import doublezero.agent.apply.ConfigApplier;
import doublezero.agent.controller.ControllerClient;
import doublezero.agent.eos.CliSessionDiff;
import doublezero.agent.eos.EapiClient;
import doublezero.agent.eos.EapiSessionDiff;
import doublezero.agent.eos.SessionDiff;
import doublezero.agent.metrics.AgentMetrics;
import doublezero.agent.poll.PollLoop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero-agent` (reference `controlplane/agent/cmd/agent/main.go`, §C.2): polls the
/// controller every interval (first poll after one interval) and applies the configuration on this
/// switch. Flags take the reference's single dash or a double dash. SIGTERM/SIGINT stop it with
/// exit 0; a bad flag prints one `Error: …` line and exits 1/2.
@Command(
    name = "doublezero-agent",
    versionProvider = AgentMain.Version.class,
    description = "Applies the DoubleZero controller's configuration to this Arista EOS switch")
public final class AgentMain implements Callable<Integer> {
  /// Agent version sent to the controller.
  public static final String VERSION = "0.1.0";

  private static final Logger LOG = LoggerFactory.getLogger(AgentMain.class);

  @Option(
      names = {"-h", "-help", "--help"},
      usageHelp = true,
      description = "show this help")
  boolean help;

  @Option(
      names = {"-version", "--version"},
      versionHelp = true,
      description = "print the version and exit")
  boolean version;

  @Option(
      names = {"-pubkey", "--pubkey"},
      defaultValue = "frtyt4WKYudUpqTsvJzwN6Bd4btYxrkaYNhBNAaUVGWn",
      description = "this device's account public key")
  String pubkey;

  @Option(
      names = {"-controller", "--controller"},
      defaultValue = "18.116.166.35:7000",
      description = "controller host:port")
  String controller;

  @Option(
      names = {"-device", "--device"},
      defaultValue = "127.0.0.1:9543",
      description = "EOS SDK RPC host:port")
  String device;

  @Option(
      names = {"-sleep-interval-in-seconds", "--sleep-interval-in-seconds"},
      defaultValue = "5",
      description = "seconds between polls")
  double sleepSeconds;

  @Option(
      names = {"-controller-timeout-in-seconds", "--controller-timeout-in-seconds"},
      defaultValue = "30",
      description = "GetConfig deadline")
  double controllerTimeoutSeconds;

  @Option(
      names = {"-max-lock-age-in-seconds", "--max-lock-age-in-seconds"},
      defaultValue = "3600",
      description = "force-unlock a configuration lock older than this")
  int maxLockAgeSeconds;

  @Option(
      names = {"-config-cache-timeout-in-seconds", "--config-cache-timeout-in-seconds"},
      defaultValue = "60",
      description = "re-apply an unchanged configuration after this long (not in v0.12.0)")
  int recheckSeconds;

  @Option(
      names = {"-dry-run", "--dry-run"},
      description = "print each session diff, never commit")
  boolean dryRun;

  @Option(
      names = {"-diff-source", "--diff-source"},
      defaultValue = "cli",
      description = "cli (local /usr/bin/Cli, the reference) or eapi (run_show_cmd)")
  String diffSource;

  @Option(
      names = {"-verbose", "--verbose"},
      description = "log every configuration received")
  boolean verbose;

  @Option(
      names = {"-metrics-enable", "--metrics-enable"},
      description = "serve Prometheus metrics")
  boolean metricsEnable;

  @Option(
      names = {"-metrics-addr", "--metrics-addr"},
      defaultValue = ":8080",
      description = "metrics host:port")
  String metricsAddr;

  /// `-version` output in the reference's format.
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"version: " + VERSION + ", commit: none, date: unknown"};
    }
  }

  /// Entry point.
  ///
  /// @param args command line
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /// Parses the flags and runs the agent until it is stopped.
  ///
  /// @param args command line
  /// @return the exit code: 0 after a stop or `-help`/`-version`, 1 for a bad flag value (one
  ///   `Error: …` line on stderr, nothing started), 2 for a usage error
  static int run(String[] args) {
    CommandLine cmd = new CommandLine(new AgentMain());
    cmd.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          System.err.println("Error: " + ex.getMessage());
          return 1;
        });
    return cmd.execute(args);
  }

  @Override
  public Integer call() throws InterruptedException {
    validate();
    ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("ROOT").setLevel(Level.INFO);
    AgentMetrics metrics = new AgentMetrics(VERSION);
    if (metricsEnable) {
      try {
        metrics.serve(address(metricsAddr));
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot serve metrics on " + metricsAddr + ": " + e.getMessage(), e);
      }
    }
    EapiClient eapi = new EapiClient(device, Duration.ofSeconds(60));
    ControllerClient dz =
        new ControllerClient(
            controller, millis(controllerTimeoutSeconds), VERSION, "none", "unknown");
    SessionDiff diff = sessionDiff(eapi);
    ConfigApplier applier =
        new ConfigApplier(
            eapi, diff, Duration.ofSeconds(maxLockAgeSeconds), Clock.systemUTC(), dryRun);
    PollLoop loop =
        new PollLoop(
            pubkey,
            eapi,
            dz,
            applier,
            metrics,
            Duration.ofSeconds(recheckSeconds),
            Clock.systemUTC(),
            verbose);
    LOG.info(
        "event=agent-started version={} pubkey={} controller={} device={} interval_s={} dry_run={}",
        VERSION,
        pubkey,
        controller,
        device,
        sleepSeconds,
        dryRun);
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    long periodMs = millis(sleepSeconds).toMillis();
    timer.scheduleAtFixedRate(loop::tick, periodMs, periodMs, TimeUnit.MILLISECONDS);
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  timer.shutdownNow();
                  eapi.close();
                  dz.close();
                  metrics.close();
                  stop.countDown();
                }));
    stop.await();
    return 0;
  }

  void validate() {
    if (!(sleepSeconds > 0)) {
      throw new IllegalArgumentException(
          "-sleep-interval-in-seconds must be positive, got " + sleepSeconds);
    }
    if (!(controllerTimeoutSeconds > 0)) {
      throw new IllegalArgumentException("-controller-timeout-in-seconds must be positive");
    }
    if (maxLockAgeSeconds < 0 || recheckSeconds < 0) {
      throw new IllegalArgumentException(
          "-max-lock-age-in-seconds and -config-cache-timeout-in-seconds must be >= 0");
    }
    if (!diffSource.equals("cli") && !diffSource.equals("eapi")) {
      throw new IllegalArgumentException("-diff-source must be cli or eapi, got " + diffSource);
    }
    if (pubkey.isBlank()) {
      throw new IllegalArgumentException("-pubkey is empty");
    }
  }

  /// @param eapi the switch
  /// @return the `-diff-source` reader: `cli` (the default, the reference's local `/usr/bin/Cli`)
  ///   or `eapi`
  SessionDiff sessionDiff(EapiClient eapi) {
    return diffSource.equals("eapi") ? new EapiSessionDiff(eapi) : new CliSessionDiff();
  }

  private static Duration millis(double seconds) {
    return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
  }

  static InetSocketAddress address(String hostPort) {
    int colon = hostPort.lastIndexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("-metrics-addr must be [host]:port, got " + hostPort);
    }
    String host = colon == 0 ? "0.0.0.0" : hostPort.substring(0, colon);
    try {
      return new InetSocketAddress(host, Integer.parseInt(hostPort.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("-metrics-addr must be [host]:port, got " + hostPort);
    }
  }
}
