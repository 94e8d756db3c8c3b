package doublezero.telemetry.e2e;

import doublezero.localnet.LocalnetConfig;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.AccountInfo;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcClientConfig;
import doublezero.sdk.telemetry.pda.TelemetryPda;
import doublezero.sdk.telemetry.state.DeviceLatencySamples;
import doublezero.telemetry.journal.Circuit;
import doublezero.telemetry.journal.SampleJournal;
import doublezero.telemetry.ledger.RpcTelemetryLedger;
import doublezero.telemetry.submit.SubmitterConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

/// Localnet with two linked devices, the two namespaces, and helpers to run agents in them.
final class AgentLab implements AutoCloseable {
  static final int PORT = 18620;
  static final int METRICS_PORT = 18621;
  static final String MAIN = "doublezero.telemetry.launch.TelemetryAgentMain";
  final Path dir;
  final LinkedDevices devices;
  final NetnsLab lab;
  final int rpcPort;

  private AgentLab(Path dir, LinkedDevices devices, NetnsLab lab) {
    this.dir = dir;
    this.devices = devices;
    this.lab = lab;
    this.rpcPort = URI.create(devices.net.ledger().rpcUrl()).getPort();
  }

  static UnaryOperator<LocalnetConfig> anyHost(UnaryOperator<LocalnetConfig> more) {
    return c -> more.apply(c.withHost("0.0.0.0"));
  }

  static AgentLab start(Path dir) {
    return start(dir, c -> c);
  }

  /// @param dir the test's directory
  /// @param tweak changes to the ledger's configuration (e.g. a short epoch)
  static AgentLab start(Path dir, UnaryOperator<LocalnetConfig> tweak) {
    LinkedDevices d = LinkedDevices.start(dir, anyHost(tweak));
    try {
      NetnsLab lab = NetnsLab.create(d.tunnelNet);
      KeypairFile.write(dir.resolve("a.json"), d.publisherA);
      KeypairFile.write(dir.resolve("z.json"), d.publisherZ);
      return new AgentLab(dir, d, lab);
    } catch (RuntimeException e) {
      d.close();
      throw e;
    }
  }

  Circuit aToZ() {
    return new Circuit(devices.deviceA, devices.deviceZ, devices.link);
  }

  Circuit zToA() {
    return new Circuit(devices.deviceZ, devices.deviceA, devices.link);
  }

  /// @param side "a" or "z"
  /// @param extra further flags
  JvmProcess agent(String side, List<String> extra) {
    List<String> args = new ArrayList<>(ledgerArgs(side));
    args.addAll(
        List.of(
            "--probe-interval",
            "200ms",
            "--submission-interval",
            "1s",
            "--twamp-sender-timeout",
            "150ms",
            "--peers-refresh-interval",
            "1s",
            "--resubmit-settle",
            "2s"));
    args.addAll(extra);
    boolean a = side.equals("a");
    return JvmProcess.start(
        a ? lab.nsA : lab.nsZ, dir.resolve("agent-" + side + ".log"), MAIN, args);
  }

  /// @param side "a" or "z"
  /// @return the flags naming the side's ledger, programs, keypair, device, TWAMP port and state
  ///   directory
  List<String> ledgerArgs(String side) {
    boolean a = side.equals("a");
    return List.of(
        "--ledger-rpc-url",
        "http://" + (a ? lab.rootAddressA() : lab.rootAddressZ()) + ":" + rpcPort,
        "--serviceability-program-id",
        Environment.LOCAL.serviceabilityProgramId().toBase58(),
        "--telemetry-program-id",
        Environment.LOCAL.telemetryProgramId().toBase58(),
        "--keypair",
        dir.resolve(side + ".json").toString(),
        "--local-device-pubkey",
        (a ? devices.deviceA : devices.deviceZ).toBase58(),
        "--twamp-listen-port",
        String.valueOf(PORT),
        "--state-dir",
        stateDir(side).toString());
  }

  /// @param side "a" or "z"
  /// @return the flags that serve the side's metrics on its management address
  List<String> metricsFlags(String side) {
    return List.of("--metrics-enable", "--metrics-addr", metricsAddress(side));
  }

  private String metricsAddress(String side) {
    return lab.managementAddress(side.equals("a") ? lab.nsA : lab.nsZ) + ":" + METRICS_PORT;
  }

  /// @param side "a" or "z", started with [#metricsFlags]
  /// @param series a series as the exposition names it, e.g. `name{label="value"}`
  /// @return its value, or -1 while the endpoint does not answer or lacks the series
  long metric(String side, String series) {
    HttpRequest get =
        HttpRequest.newBuilder(URI.create("http://" + metricsAddress(side) + "/metrics"))
            .timeout(Duration.ofSeconds(2))
            .build();
    try (HttpClient http = HttpClient.newHttpClient()) {
      String body = http.send(get, HttpResponse.BodyHandlers.ofString()).body();
      return body.lines()
          .filter(l -> l.startsWith(series + " "))
          .mapToLong(l -> (long) Double.parseDouble(l.substring(series.length() + 1).strip()))
          .findFirst()
          .orElse(-1);
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /// Initializes a circuit's account for an epoch (the agent's probe interval) and fills it with
  /// `count` samples of `value`, signed by the writer as the agent would; four writes at a time.
  ///
  /// @param c the circuit
  /// @param writer the origin's metrics publisher
  /// @param epoch the epoch
  /// @param count samples to write
  /// @param value each sample's value
  void prefill(Circuit c, Keypair writer, long epoch, int count, long value) throws Exception {
    try (RpcClient rpc =
            new RpcClient(
                devices.rpc.url(),
                RpcClientConfig.DEFAULTS.withPollInterval(Duration.ofMillis(10)));
        ExecutorService pool = Executors.newFixedThreadPool(4)) {
      RpcTelemetryLedger ledger =
          new RpcTelemetryLedger(
              rpc,
              Environment.LOCAL.telemetryProgramId(),
              writer,
              Commitment.CONFIRMED,
              Duration.ofSeconds(30));
      ledger.initialize(c, epoch, TwoAgentsE2eTest.INTERVAL_US);
      long start = System.currentTimeMillis() * 1000 - 3_600_000_000L;
      List<Future<?>> writes = new ArrayList<>();
      for (int from = 0; from < count; from += SubmitterConfig.BATCH_SIZE) {
        List<Long> values =
            Collections.nCopies(Math.min(SubmitterConfig.BATCH_SIZE, count - from), value);
        long batchStart = start + from; // distinct transactions
        writes.add(pool.submit(() -> ledger.write(c, epoch, batchStart, values)));
      }
      for (Future<?> w : writes) {
        w.get();
      }
    }
  }

  Path stateDir(String side) {
    return dir.resolve("state-" + side);
  }

  /// @return the samples account of a circuit in an epoch, if it exists
  Optional<DeviceLatencySamples> samples(Circuit c, long epoch) {
    PublicKey pda =
        TelemetryPda.deviceLatencySamples(
                Environment.LOCAL.telemetryProgramId(), c.origin(), c.target(), c.link(), epoch)
            .address();
    return devices.rpc.getAccountInfo(pda).map(AccountInfo::data).map(DeviceLatencySamples::decode);
  }

  /// @return the last sample sequence the side's journal consumed for the circuit (agent stopped)
  long journalConsumed(String side, Circuit c) {
    try (SampleJournal<Circuit> j = SampleJournal.open(stateDir(side), 1_000_000)) {
      return j.pending(c).isEmpty() ? j.consumed(c) : -j.pending(c).size();
    }
  }

  /// @return {samples the journal marks as landed, samples still pending} of one circuit
  long[] journalState(String side, Circuit c) {
    try (SampleJournal<Circuit> j = SampleJournal.open(stateDir(side), 1_000_000)) {
      return new long[] {j.consumed(c), j.pending(c).size()};
    }
  }

  @Override
  public void close() {
    lab.close();
    devices.close();
  }
}
