package doublezero.doublezerod.launch;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// The flags of `doublezerod` (reference `cmd/doublezerod/main.go`, §D.1), parsed with picocli
/// after turning Go's single-dash spelling (`-sock-file X`, `-latency-probing=false`) into the
/// double-dash one, so both work. Ours on top of the reference: `-sock-mode` and `-tunnel-backend`;
/// `-probe-interval` defaults to 300 s (reference #3532). Route-liveness flags are accepted for
/// compatibility and handed to the liveness manager by the composition root.
@Command(name = "doublezerod", description = "DoubleZero client daemon", sortOptions = false)
public final class DaemonFlags {
  /// Thrown for `-h`/`-help`: the usage has been printed.
  public static final class HelpRequested extends IllegalArgumentException {
    HelpRequested() {
      super("help requested");
    }
  }

  @Option(names = "--sock-file", description = "API socket path")
  String sockFile = "/var/run/doublezerod/doublezerod.sock";

  @Option(
      names = "--sock-mode",
      description = "socket mode, octal (default 0660 with group doublezero, else 0600)")
  String sockMode;

  @Option(names = "--env", description = "mainnet-beta, mainnet, testnet, devnet or localnet")
  String env = "testnet";

  @Option(names = "--program-id", description = "serviceability program id (overrides -env)")
  String programId;

  @Option(names = "--solana-rpc-endpoint", description = "ledger RPC URL (overrides -env)")
  String rpcEndpoint;

  @Option(names = "--client-ip", description = "client public IPv4 (else discovered)")
  String clientIp;

  @Option(names = "--latency-probing", arity = "0..1", description = "run the latency prober")
  boolean latencyProbing = true;

  @Option(names = "--probe-interval", description = "seconds between probe rounds")
  int probeIntervalSeconds = 300;

  @Option(names = "--cache-update-interval", description = "seconds between device-list refreshes")
  int cacheUpdateSeconds = 30;

  @Option(
      names = "--latency-probe-tunnel-endpoints",
      arity = "0..1",
      description = "also probe user tunnel endpoints")
  boolean probeTunnelEndpoints = true;

  @Option(
      names = "--enable-latency-metrics",
      arity = "0..1",
      description = "per-device latency gauges")
  boolean latencyMetrics;

  @Option(names = "--metrics-enable", arity = "0..1", description = "serve Prometheus /metrics")
  boolean metricsEnable;

  @Option(
      names = "--metrics-addr",
      description = "Prometheus listener host:port (giving it enables metrics)")
  String metricsAddr = "localhost:0";

  @Option(names = "--route-config", description = "route exclusion file")
  String routeConfig = "/var/lib/doublezerod/route-config.json";

  @Option(names = "--reconciler-poll-interval", description = "seconds between reconciles")
  int reconcilerPollSeconds = 10;

  @Option(names = "--reconciler-fetch-timeout", description = "onchain fetch timeout, seconds")
  int fetchTimeoutSeconds = 60;

  @Option(names = "--state-dir", description = "holds state.json")
  String stateDir = "/var/lib/doublezerod";

  @Option(names = "--tunnel-backend", description = "kernel or userspace")
  String tunnelBackend = "kernel";

  @Option(names = "--route-liveness-tx-min")
  String livenessTxMin = "1s";

  @Option(names = "--route-liveness-rx-min")
  String livenessRxMin = "1s";

  @Option(names = "--route-liveness-detect-mult")
  int livenessDetectMult = 3;

  @Option(names = "--route-liveness-min-tx-floor")
  String livenessMinTxFloor = "50ms";

  @Option(names = "--route-liveness-max-tx-ceil")
  String livenessMaxTxCeil = "3s";

  @Option(names = "--route-liveness-enable-passive", arity = "0..1")
  boolean livenessPassive = true;

  @Option(names = "--route-liveness-enable-active", arity = "0..1")
  boolean livenessActive;

  @Option(names = "--route-liveness-peer-metrics", arity = "0..1")
  boolean livenessPeerMetrics;

  @Option(names = "--route-liveness-debug", arity = "0..1")
  boolean livenessDebug;

  @Option(names = "--v", arity = "0..1", description = "debug logs")
  boolean verbose;

  @Option(names = "--version", arity = "0..1", description = "print the version and exit")
  boolean version;

  @Option(
      names = {"--h", "--help"},
      usageHelp = true,
      description = "show this help")
  boolean help;

  boolean metricsAddrGiven;

  /// @param args the command line
  /// @return the flags
  /// @throws IllegalArgumentException naming the bad flag; [HelpRequested] after printing the usage
  public static DaemonFlags parse(String... args) {
    DaemonFlags f = new DaemonFlags();
    CommandLine cl = new CommandLine(f);
    List<String> normalized = normalize(args);
    try {
      CommandLine.ParseResult r = cl.parseArgs(normalized.toArray(String[]::new));
      f.metricsAddrGiven = r.hasMatchedOption("--metrics-addr");
    } catch (CommandLine.ParameterException e) {
      throw new IllegalArgumentException(e.getMessage().replace("'--", "'-"));
    }
    if (f.help) {
      cl.usage(System.err);
      throw new HelpRequested();
    }
    return f;
  }

  static List<String> normalize(String... args) {
    List<String> out = new ArrayList<>();
    boolean onlyValues = false;
    for (String a : args) {
      if (onlyValues
          || !a.startsWith("-")
          || a.startsWith("--")
          || a.length() < 2
          || !Character.isLetter(a.charAt(1))) {
        out.add(a);
        onlyValues = onlyValues || a.equals("--");
        continue;
      }
      out.add("-" + a);
    }
    return out;
  }
}
