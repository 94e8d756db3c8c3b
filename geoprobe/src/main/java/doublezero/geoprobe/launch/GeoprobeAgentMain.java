package doublezero.geoprobe.launch;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import doublezero.geoprobe.agent.GeoprobeAgent;
import doublezero.geoprobe.agent.GeoprobeAgentConfig;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.geolocation.address.ProbeAddress;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.file.Path;
import java.time.Duration;
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
import picocli.CommandLine.Option;

/// `doublezero-geoprobe-agent (--env ENV | --ledger-rpc-url URL) --keypair FILE --geoprobe-pubkey
/// KEY [--additional-parent DEVICE,AUTHORITY] [--additional-targets IP[:OFFSET:TWAMP],…]
/// [--allowed-pubkeys K1,K2] [--geolocation-program-id ID --serviceability-program-id ID]
/// [--udp-listen-port 8923] [--twamp-listen-port 8925] [--signed-twamp-port 8924] …` (reference
/// `controlplane/telemetry/cmd/geoprobe-agent/main.go` at v0.12.0, §E.4; durations in seconds).
/// Runs [GeoprobeAgent] in the foreground until SIGTERM/SIGINT (exit 0); a refusal to start prints
/// one `Error: …` line and exits 1.
@Command(
    name = "doublezero-geoprobe-agent",
    mixinStandardHelpOptions = true,
    version = "doublezero-geoprobe-agent 0.1.0",
    description = "DoubleZero geolocation probe agent")
public final class GeoprobeAgentMain implements Callable<Integer> {
  @Option(names = "--env", description = "devnet, testnet, mainnet-beta or local")
  String env;

  @Option(names = "--ledger-rpc-url", description = "DZ ledger JSON-RPC URL (default: the env's)")
  String rpcUrl;

  @Option(names = "--keypair", required = true, description = "probe signing keypair file")
  Path keypair;

  @Option(
      names = "--geoprobe-pubkey",
      required = true,
      description = "the GeoProbe account (sender of our offsets, parent discovery)")
  String geoprobe;

  @Option(
      names = "--additional-parent",
      description = "trusted parent as devicePubkey,metricsPublisherPubkey")
  String parent;

  @Option(
      names = "--additional-targets",
      defaultValue = "",
      description = "targets: ip or ip:offset_port:twamp_port, comma list")
  String targets;

  @Option(
      names = "--allowed-pubkeys",
      split = ",",
      description = "target keys allowed to send signed probes")
  Set<String> allowed = new HashSet<>();

  @Option(
      names = "--geolocation-program-id",
      description = "enables parent discovery (default with --env: the env's)")
  String geolocationProgramId;

  @Option(
      names = "--serviceability-program-id",
      description = "parent devices' program (default with --env: the env's)")
  String serviceabilityProgramId;

  @Option(names = "--udp-listen-port", defaultValue = "8923", description = "offset listener")
  int udpPort;

  @Option(names = "--twamp-listen-port", defaultValue = "8925", description = "TWAMP reflector")
  int twampPort;

  @Option(names = "--signed-twamp-port", defaultValue = "8924", description = "signed reflector")
  int signedPort;

  @Option(names = "--max-offset-age-seconds", defaultValue = "3600", description = "cache TTL")
  long maxOffsetAgeSeconds;

  @Option(
      names = "--max-slot-age",
      defaultValue = "9000",
      description = "largest accepted slot age of an offset")
  long maxSlotAge;

  @Option(
      names = "--verify-interval-seconds",
      defaultValue = "29",
      description = "one signed pair per key per interval")
  long verifyIntervalSeconds;

  @Option(
      names = "--probe-interval-seconds",
      defaultValue = "300",
      description = "target measurement cycle")
  long probeIntervalSeconds;

  @Option(
      names = "--discovery-interval-seconds",
      defaultValue = "60",
      description = "parent discovery cycle")
  long discoveryIntervalSeconds;

  @Option(
      names = "--twamp-sender-timeout-ms",
      defaultValue = "1000",
      description = "TWAMP deadline per target")
  long senderTimeoutMs;

  @Option(names = "--verbose", description = "debug logging")
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
        Duration.ofSeconds(maxOffsetAgeSeconds),
        maxSlotAge,
        Duration.ofSeconds(verifyIntervalSeconds),
        Duration.ofSeconds(probeIntervalSeconds),
        Duration.ofSeconds(discoveryIntervalSeconds),
        Duration.ofMillis(senderTimeoutMs));
  }

  private static PublicKey programId(String flag, PublicKey fromEnv) {
    return flag != null ? PublicKey.fromBase58(flag) : fromEnv;
  }
}
