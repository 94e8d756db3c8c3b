package doublezero.geoprobe.launch;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import doublezero.geoprobe.agent.GeoprobeAgent;
import doublezero.geoprobe.agent.GeoprobeAgentConfig;
import doublezero.geoprobe.flags.DurationFlag;
import doublezero.geoprobe.flags.GoDuration;
import doublezero.geoprobe.flags.StandardFlags;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.geolocation.address.ProbeAddress;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `doublezero-geoprobe-agent (--env ENV | --ledger-rpc-url URL) --keypair FILE --geoprobe-pubkey
/// KEY [--additional-parent DEVICE,AUTHORITY] [--additional-targets IP[:OFFSET:TWAMP],…]
/// [--allowed-pubkeys K1,K2] [--geolocation-program-id ID --serviceability-program-id ID]
/// [--udp-listen-port 8923] [--twamp-listen-port 8925] [--signed-twamp-port 8924] [--probe-interval
/// 5m] [--twamp-sender-timeout 1s] [--max-offset-age 1h] [--verify-interval 29s] [--verbose]`
/// (reference `controlplane/telemetry/cmd/geoprobe-agent/main.go` at v0.12.0, §E.4: the same names,
/// also with one dash, durations in Go's syntax). Ours besides: `--max-slot-age SLOTS` (9000) and
/// `--discovery-interval` (60s); our earlier numeric spellings (`--probe-interval-seconds`,
/// `--max-offset-age-seconds`, `--verify-interval-seconds`, `--discovery-interval-seconds`,
/// `--twamp-sender-timeout-ms`) stay accepted, hidden from the help (docs/compatibility.md). Runs
/// [GeoprobeAgent] in the foreground until SIGTERM/SIGINT (exit 0); a refusal to start prints one
/// `Error: …` line and exits 1.
@Command(
    name = "doublezero-geoprobe-agent",
    version = "doublezero-geoprobe-agent 0.1.0",
    description = "DoubleZero geolocation probe agent")
public final class GeoprobeAgentMain implements Callable<Integer> {
  @Mixin StandardFlags standard;

  @Option(
      names = {"--env", "-env"},
      description = "devnet, testnet, mainnet-beta or local")
  String env;

  @Option(
      names = {"--ledger-rpc-url", "-ledger-rpc-url"},
      description = "DZ ledger JSON-RPC URL (default: the env's)")
  String rpcUrl;

  @Option(
      names = {"--keypair", "-keypair"},
      required = true,
      description = "probe signing keypair file")
  Path keypair;

  @Option(
      names = {"--geoprobe-pubkey", "-geoprobe-pubkey"},
      required = true,
      description = "the GeoProbe account (sender of our offsets, parent discovery)")
  String geoprobe;

  @Option(
      names = {"--additional-parent", "-additional-parent"},
      description = "trusted parent as devicePubkey,metricsPublisherPubkey")
  String parent;

  @Option(
      names = {"--additional-targets", "-additional-targets"},
      defaultValue = "",
      description = "targets: ip or ip:offset_port:twamp_port, comma list")
  String targets;

  @Option(
      names = {"--allowed-pubkeys", "-allowed-pubkeys"},
      split = ",",
      description = "target keys allowed to send signed probes")
  Set<String> allowed = new HashSet<>();

  @Option(
      names = {"--geolocation-program-id", "-geolocation-program-id"},
      description = "enables parent discovery (default with --env: the env's)")
  String geolocationProgramId;

  @Option(
      names = {"--serviceability-program-id", "-serviceability-program-id"},
      description = "parent devices' program (default with --env: the env's)")
  String serviceabilityProgramId;

  @Option(
      names = {"--udp-listen-port", "-udp-listen-port"},
      defaultValue = "8923",
      description = "offset listener (default ${DEFAULT-VALUE})")
  int udpPort;

  @Option(
      names = {"--twamp-listen-port", "-twamp-listen-port"},
      defaultValue = "8925",
      description = "TWAMP reflector (default ${DEFAULT-VALUE})")
  int twampPort;

  @Option(
      names = {"--signed-twamp-port", "-signed-twamp-port"},
      defaultValue = "8924",
      description = "signed reflector (default ${DEFAULT-VALUE})")
  int signedPort;

  @Option(
      names = {"--max-offset-age", "-max-offset-age"},
      converter = GoDuration.class,
      description = "cache TTL, Go duration (default 1h)")
  Duration maxOffsetAge;

  @Option(
      names = {"--max-offset-age-seconds", "-max-offset-age-seconds"},
      hidden = true,
      description = "the same in seconds (our earlier flag)")
  Long maxOffsetAgeSeconds;

  @Option(
      names = {"--max-slot-age", "-max-slot-age"},
      defaultValue = "9000",
      description = "largest accepted slot age of an offset (ours; default ${DEFAULT-VALUE})")
  long maxSlotAge;

  @Option(
      names = {"--verify-interval", "-verify-interval"},
      converter = GoDuration.class,
      description = "one signed pair per key per interval, Go duration (default 29s)")
  Duration verifyInterval;

  @Option(
      names = {"--verify-interval-seconds", "-verify-interval-seconds"},
      hidden = true,
      description = "the same in seconds (our earlier flag)")
  Long verifyIntervalSeconds;

  @Option(
      names = {"--probe-interval", "-probe-interval"},
      converter = GoDuration.class,
      description = "target measurement cycle, Go duration (default 5m)")
  Duration probeInterval;

  @Option(
      names = {"--probe-interval-seconds", "-probe-interval-seconds"},
      hidden = true,
      description = "the same in seconds (our earlier flag)")
  Long probeIntervalSeconds;

  @Option(
      names = {"--discovery-interval", "-discovery-interval"},
      converter = GoDuration.class,
      description = "parent discovery cycle, Go duration (ours; default 60s)")
  Duration discoveryInterval;

  @Option(
      names = {"--discovery-interval-seconds", "-discovery-interval-seconds"},
      hidden = true,
      description = "the same in seconds (our earlier flag)")
  Long discoveryIntervalSeconds;

  @Option(
      names = {"--twamp-sender-timeout", "-twamp-sender-timeout"},
      converter = GoDuration.class,
      description = "TWAMP deadline per target, Go duration (default 1s)")
  Duration senderTimeout;

  @Option(
      names = {"--twamp-sender-timeout-ms", "-twamp-sender-timeout-ms"},
      hidden = true,
      description = "the same in milliseconds (our earlier flag)")
  Long senderTimeoutMs;

  @Option(
      names = {"--verbose", "-verbose"},
      description = "debug logging")
  boolean verbose;

  /// Entry point: exit 0 on a signal, 1 with one `Error: …` line on a startup refusal.
  public static void main(String[] args) {
    CommandLine cmd = new CommandLine(new GeoprobeAgentMain());
    cmd.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          System.err.println("Error: " + ex.getMessage());
          return 1;
        });
    System.exit(cmd.execute(args));
  }

  @Override
  public Integer call() throws Exception {
    LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
    ctx.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(verbose ? Level.DEBUG : Level.INFO);
    GeoprobeAgentConfig config = config();
    CountDownLatch stop = new CountDownLatch(1);
    sun.misc.Signal.handle(new sun.misc.Signal("TERM"), s -> stop.countDown());
    sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> stop.countDown());
    try (GeoprobeAgent agent = GeoprobeAgent.start(config)) {
      stop.await();
    }
    return 0;
  }

  GeoprobeAgentConfig config() {
    Environment e = env == null ? null : Environment.parse(env);
    String url = rpcUrl != null ? rpcUrl : e == null ? null : e.ledgerRpcUrl();
    if (url == null) {
      throw new IllegalArgumentException("one of --env and --ledger-rpc-url is required");
    }
    PublicKey geo = programId(geolocationProgramId, e == null ? null : e.geolocationProgramId());
    PublicKey svc =
        programId(serviceabilityProgramId, e == null ? null : e.serviceabilityProgramId());
    Map<PublicKey, PublicKey> parents = new HashMap<>();
    if (parent != null) {
      String[] p = parent.split(",", -1);
      if (p.length != 2) {
        throw new IllegalArgumentException(
            "--additional-parent needs devicePubkey,metricsPublisherPubkey, got '" + parent + "'");
      }
      parents.put(PublicKey.fromBase58(p[0].strip()), PublicKey.fromBase58(p[1].strip()));
    }
    if (parents.isEmpty() && geo == null) {
      throw new IllegalArgumentException(
          "no parent: give --additional-parent, or --env / --geolocation-program-id to discover"
              + " them");
    }
    Set<PublicKey> allowedKeys = new HashSet<>();
    for (String k : allowed) {
      allowedKeys.add(PublicKey.fromBase58(k.strip()));
    }
    List<ProbeAddress> targetList = ProbeAddress.parseList(targets);
    Duration[] durations = durations();
    return new GeoprobeAgentConfig(
        url,
        geo,
        geo == null ? null : svc,
        KeypairFile.read(keypair),
        PublicKey.fromBase58(geoprobe),
        parents,
        targetList,
        allowedKeys,
        udpPort,
        twampPort,
        signedPort,
        durations[0],
        maxSlotAge,
        durations[1],
        durations[2],
        durations[3],
        durations[4]);
  }

  /// @return max offset age, verify interval, probe interval, discovery interval, sender timeout
  private Duration[] durations() {
    return new Duration[] {
      DurationFlag.pick(
          "--max-offset-age",
          maxOffsetAge,
          "--max-offset-age-seconds",
          maxOffsetAgeSeconds,
          ChronoUnit.SECONDS,
          Duration.ofHours(1)),
      DurationFlag.pick(
          "--verify-interval",
          verifyInterval,
          "--verify-interval-seconds",
          verifyIntervalSeconds,
          ChronoUnit.SECONDS,
          Duration.ofSeconds(29)),
      positive(
          "--probe-interval",
          DurationFlag.pick(
              "--probe-interval",
              probeInterval,
              "--probe-interval-seconds",
              probeIntervalSeconds,
              ChronoUnit.SECONDS,
              Duration.ofMinutes(5))),
      positive(
          "--discovery-interval",
          DurationFlag.pick(
              "--discovery-interval",
              discoveryInterval,
              "--discovery-interval-seconds",
              discoveryIntervalSeconds,
              ChronoUnit.SECONDS,
              Duration.ofSeconds(60))),
      DurationFlag.pick(
          "--twamp-sender-timeout",
          senderTimeout,
          "--twamp-sender-timeout-ms",
          senderTimeoutMs,
          ChronoUnit.MILLIS,
          Duration.ofSeconds(1))
    };
  }

  /// A schedule period must be positive (a zero period cannot be scheduled).
  private static Duration positive(String flag, Duration d) {
    if (d.isZero()) {
      throw new IllegalArgumentException(flag + " must be positive");
    }
    return d;
  }

  private static PublicKey programId(String flag, PublicKey fromEnv) {
    return flag != null ? PublicKey.fromBase58(flag) : fromEnv;
  }
}
