package doublezero.activator.launch;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import doublezero.activator.Activator;
import doublezero.activator.ActivatorConfig;
import doublezero.activator.ActivatorException;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero-activator --keypair FILE (--env NAME | --rpc URL --ws URL --program-id KEY)
/// [--metrics-addr H:P] [--log-level L]` (reference `activator/src/main.rs`, §A.2): runs the
/// activator in the foreground; SIGTERM or SIGINT stops it cleanly with exit code 0. A refusal to
/// start prints one `Error: …` line and exits 1.
@Command(
    name = "doublezero-activator",
    mixinStandardHelpOptions = true,
    version = "doublezero-activator 0.1.0",
    description =
        "Activates, rejects and closes DoubleZero devices, links, users and multicast groups")
public final class ActivatorMain implements Callable<Integer> {
  @Option(
      names = "--env",
      description =
          "mainnet-beta, testnet, devnet or local; sets --rpc, --ws and --program-id"
              + " (DZ_LEDGER_RPC_URL / DZ_LEDGER_WS_RPC_URL override its URLs)")
  String env;

  @Option(names = "--rpc", description = "ledger JSON-RPC URL (required without --env)")
  String rpc;

  @Option(names = "--ws", description = "ledger PubSub URL (required without --env)")
  String ws;

  @Option(
      names = "--program-id",
      description = "serviceability program id (required without --env)")
  String programId;

  @Option(
      names = "--keypair",
      required = true,
      description = "keypair file of the activator authority")
  Path keypair;

  @Option(
      names = "--metrics-addr",
      defaultValue = "0.0.0.0:9000",
      description = "Prometheus endpoint host:port")
  String metricsAddr;

  @Option(
      names = "--log-level",
      defaultValue = "info",
      description = "trace, debug, info, warn or error")
  String logLevel;

  @Option(names = "--snapshot-interval-ms", hidden = true, defaultValue = "60000")
  long snapshotIntervalMs;

  /// Entry point.
  public static void main(String[] args) {
    CommandLine cmd = new CommandLine(new ActivatorMain());
    cmd.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          System.err.println("Error: " + ex.getMessage());
          return 1;
        });
    System.exit(cmd.execute(args));
  }

  @Override
  public Integer call() throws InterruptedException {
    configureLogging(logLevel);
    ActivatorConfig config = config();
    CountDownLatch stop = new CountDownLatch(1);
    Activator activator = Activator.start(config);
    Runnable release = stop::countDown;
    try {
      sun.misc.Signal.handle(new sun.misc.Signal("TERM"), s -> release.run());
      sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> release.run());
    } catch (IllegalArgumentException e) {
      Runtime.getRuntime().addShutdownHook(new Thread(activator::close));
    }
    stop.await();
    activator.close();
    return 0;
  }

  ActivatorConfig config() {
    String rpcUrl = rpc;
    String wsUrl = ws;
    PublicKey program;
    if (env != null) {
      Environment e;
      try {
        e = Environment.parse(env);
      } catch (IllegalArgumentException ex) {
        throw new ActivatorException(ex.getMessage());
      }
      rpcUrl = System.getenv().getOrDefault("DZ_LEDGER_RPC_URL", e.ledgerRpcUrl());
      wsUrl = System.getenv().getOrDefault("DZ_LEDGER_WS_RPC_URL", e.ledgerWsUrl());
      program = e.serviceabilityProgramId();
    } else {
      if (rpcUrl == null || wsUrl == null || programId == null) {
        throw new ActivatorException("--rpc, --ws and --program-id are required without --env");
      }
      try {
        program = PublicKey.fromBase58(programId);
      } catch (IllegalArgumentException ex) {
        throw new ActivatorException(
            "--program-id " + programId + " is not a public key: " + ex.getMessage());
      }
    }
    Keypair kp;
    try {
      kp = KeypairFile.read(keypair);
    } catch (RuntimeException ex) {
      throw new ActivatorException("cannot read keypair " + keypair + ": " + ex.getMessage());
    }
    if (snapshotIntervalMs <= 0) {
      throw new ActivatorException(
          "--snapshot-interval-ms must be positive, got " + snapshotIntervalMs);
    }
    return new ActivatorConfig(
        rpcUrl,
        wsUrl,
        program,
        kp,
        Duration.ofMillis(snapshotIntervalMs),
        metricsAddress(metricsAddr));
  }

  static InetSocketAddress metricsAddress(String hostPort) {
    int colon = hostPort.lastIndexOf(':');
    if (colon <= 0) {
      throw new ActivatorException("--metrics-addr must be host:port, got " + hostPort);
    }
    try {
      int port = Integer.parseInt(hostPort.substring(colon + 1));
      return new InetSocketAddress(hostPort.substring(0, colon), port);
    } catch (IllegalArgumentException ex) {
      throw new ActivatorException("--metrics-addr must be host:port, got " + hostPort);
    }
  }

  /// Sets the root level; an unknown name means `warn`, as the reference's logger does.
  static void configureLogging(String level) {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx) {
      ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.toLevel(level, Level.WARN));
      ctx.getLogger("io.netty").setLevel(Level.WARN);
    }
  }
}
