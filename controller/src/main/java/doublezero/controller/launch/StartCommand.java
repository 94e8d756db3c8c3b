package doublezero.controller.launch;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import doublezero.controller.service.ControllerConfig;
import doublezero.controller.service.ControllerDaemon;
import doublezero.controller.service.StateRefresher;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.solana.key.PublicKey;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/// `doublezero-controller start` (§B.2): serves GetConfig until SIGTERM/SIGINT (exit 0).
@Command(
    name = "start",
    versionProvider = StartCommand.Version.class,
    description = "Run the controller")
final class StartCommand implements Callable<Integer> {
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

  /// `-version` output in the reference's format.
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"version: " + ControllerMain.VERSION + ", commit: none, date: unknown"};
    }
  }

  @Option(
      names = {"-listen-addr", "--listen-addr"},
      defaultValue = "localhost",
      description = "listen address")
  String listenAddr;

  @Option(
      names = {"-listen-port", "--listen-port"},
      defaultValue = "8080",
      description = "gRPC port")
  int listenPort;

  @Option(
      names = {"-env", "--env"},
      description =
          "mainnet-beta, mainnet, testnet, devnet or localnet: sets the"
              + " program id, RPC endpoint and device local ASN (the three flags are then ignored)")
  String env;

  @Option(
      names = {"-program-id", "--program-id"},
      description = "serviceability program id (required without -env)")
  String programId;

  @Option(
      names = {"-solana-rpc-endpoint", "--solana-rpc-endpoint"},
      description = "ledger JSON-RPC URL (required without -env)")
  String rpcEndpoint;

  @Option(
      names = {"-device-local-asn", "--device-local-asn"},
      defaultValue = "0",
      description = "the ASN users peer with (required without -env)")
  long deviceLocalAsn;

  @Option(
      names = {"-no-hardware", "--no-hardware"},
      description = "omit commands cEOS cannot run")
  boolean noHardware;

  @Option(
      names = {"-tls-cert", "--tls-cert"},
      description = "PEM certificate")
  Path tlsCert;

  @Option(
      names = {"-tls-key", "--tls-key"},
      description = "PEM private key")
  Path tlsKey;

  @Option(
      names = {"-tls-listen-port", "--tls-listen-port"},
      description = "extra TLS listener port (the main port stays plaintext)")
  Integer tlsListenPort;

  @Option(
      names = {"-enable-pprof", "--enable-pprof"},
      description = "accepted for compatibility; no effect")
  boolean enablePprof;

  @Option(
      names = {"-metrics-addr", "--metrics-addr"},
      defaultValue = "127.0.0.1:2112",
      description =
          "Prometheus endpoint host:port (the reference's fixed 127.0.0.1:2112; 'off' disables it)")
  String metricsAddr;

  @Option(
      names = {"-log-level", "--log-level"},
      defaultValue = "info",
      description = "trace … error")
  String logLevel;

  @Override
  public Integer call() throws InterruptedException {
    ControllerConfig config = config();
    ((LoggerContext) LoggerFactory.getILoggerFactory())
        .getLogger("ROOT")
        .setLevel(Level.toLevel(logLevel, Level.INFO));
    ControllerDaemon daemon = ControllerDaemon.start(config, ControllerMain.VERSION);
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  daemon.close();
                  stop.countDown();
                }));
    stop.await();
    return 0;
  }

  ControllerConfig config() {
    String rpc = rpcEndpoint;
    PublicKey program;
    long asn = deviceLocalAsn;
    if (env != null) {
      Environment e;
      try {
        e = Environment.parse(env);
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException("-env: " + ex.getMessage());
      }
      rpc = e.ledgerRpcUrl();
      program = e.serviceabilityProgramId();
      asn = e.deviceLocalAsn();
    } else {
      if (programId == null || rpc == null || asn == 0) {
        throw new IllegalArgumentException(
            "-program-id, -solana-rpc-endpoint and a non-zero -device-local-asn are required"
                + " without -env");
      }
      try {
        program = PublicKey.fromBase58(programId);
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException("-program-id " + programId + " is not a public key");
      }
    }
    if ((tlsCert == null) != (tlsKey == null)) {
      throw new IllegalArgumentException("-tls-cert and -tls-key go together");
    }
    if (tlsListenPort != null && tlsCert == null) {
      throw new IllegalArgumentException("-tls-listen-port needs -tls-cert and -tls-key");
    }
    for (Path p : new Path[] {tlsCert, tlsKey}) {
      if (p != null && !Files.isReadable(p)) {
        throw new IllegalArgumentException("cannot read " + p);
      }
    }
    checkPort("-listen-port", listenPort);
    InetSocketAddress tls = null;
    if (tlsListenPort != null) {
      checkPort("-tls-listen-port", tlsListenPort);
      tls = new InetSocketAddress(listenAddr, tlsListenPort);
    }
    return new ControllerConfig(
        rpc,
        program,
        asn,
        noHardware,
        new InetSocketAddress(listenAddr, listenPort),
        tlsCert,
        tlsKey,
        tls,
        metricsAddress(metricsAddr),
        StateRefresher.DEFAULT_INTERVAL);
  }

  private static void checkPort(String flag, int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(flag + " " + port + " is not a port");
    }
  }

  static InetSocketAddress metricsAddress(String hostPort) {
    if (hostPort.equals("off")) {
      return null;
    }
    int colon = hostPort.lastIndexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("-metrics-addr must be host:port, got " + hostPort);
    }
    try {
      return new InetSocketAddress(
          hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("-metrics-addr must be host:port, got " + hostPort);
    }
  }
}
