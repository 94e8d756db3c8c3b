package doublezero.telemetry.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.OperatingSystemMXBean;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.rpc.EpochInfo;
import doublezero.telemetry.epoch.EpochClock;
import doublezero.telemetry.journal.Circuit;
import doublezero.telemetry.journal.SampleJournal;
import doublezero.telemetry.ledger.TelemetryLedger;
import doublezero.telemetry.metrics.AgentMetrics;
import doublezero.telemetry.net.KernelTimestampSocket;
import doublezero.telemetry.peer.Peer;
import doublezero.telemetry.peer.Tunnel;
import doublezero.telemetry.probe.Sampler;
import doublezero.telemetry.probe.SenderPool;
import doublezero.telemetry.submit.Submitter;
import doublezero.telemetry.submit.SubmitterConfig;
import doublezero.telemetry.twamp.ProbeOutcome;
import doublezero.telemetry.twamp.TwampReflector;
import doublezero.telemetry.twamp.TwampSender;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Benchmarks for docs/benchmarks.md, run only with `-Dtelemetry.bench=true` (never by the suite):
/// RTT figures on loopback, and the agent's CPU and RSS with 500 peers at a 1 s probe interval.
class AgentLoadBench {
  @TempDir Path dir;

  @Test
  void loopbackRtt() throws Exception {
    assumeTrue(Boolean.getBoolean("telemetry.bench"), "run with -Dtelemetry.bench=true");
    InetSocketAddress local = new InetSocketAddress("127.0.0.1", 0);
    try (TwampReflector r = TwampReflector.start(local);
        TwampSender s =
            new TwampSender(KernelTimestampSocket.open(local, r.localAddress(), null))) {
      int n = 20_000;
      long[] rtt = new long[n];
      for (int i = 0; i < n; i++) {
        rtt[i] = ((ProbeOutcome.Reply) s.probe(Duration.ofSeconds(1))).nanos();
      }
      Arrays.sort(rtt);
      System.out.printf(
          "BENCH loopback RTT (kernel rx - userspace tx) over %d probes: p50 %.1f us, p90 %.1f us,"
              + " p99 %.1f us, min %.1f us%n",
          n, rtt[n / 2] / 1e3, rtt[n * 9 / 10] / 1e3, rtt[n * 99 / 100] / 1e3, rtt[0] / 1e3);
    }
  }

  @Test
  void fiveHundredPeersAtOneSecond() throws Exception {
    assumeTrue(Boolean.getBoolean("telemetry.bench"), "run with -Dtelemetry.bench=true");
    int peers = 500;
    int seconds = Integer.getInteger("telemetry.bench.seconds", 60);
    try (TwampReflector r = TwampReflector.start(new InetSocketAddress("127.0.0.1", 0));
        SenderPool pool =
            new SenderPool(
                r.localAddress().getPort(),
                Duration.ofMillis(500),
                Duration.ofMinutes(5),
                30,
                false);
        SampleJournal<Circuit> journal = SampleJournal.open(dir, 35_000)) {
      List<Peer> list = new ArrayList<>();
      for (int i = 0; i < peers; i++) {
        list.add(
            new Peer(
                new Circuit(
                    Keypair.generate().publicKey(),
                    Keypair.generate().publicKey(),
                    Keypair.generate().publicKey()),
                Optional.of(
                    new Tunnel(
                        "lo", Ipv4Address.parse("127.0.0.1"), Ipv4Address.parse("127.0.0.1")))));
      }
      AgentMetrics metrics = new AgentMetrics("bench");
      Sampler sampler = new Sampler(journal, pool, metrics);
      EpochClock clock = new EpochClock(400_000);
      clock.observe(new EpochInfo(0, 0, 1, 0, 432_000, 0), System.currentTimeMillis() * 1000);
      Submitter<Circuit> submitter =
          new Submitter<>(
              journal,
              new NullLedger(),
              clock,
              metrics,
              SubmitterConfig.of(1_000_000, Duration.ZERO),
              System::nanoTime);
      for (int i = 0;
          i < Integer.getInteger("telemetry.bench.warmup", 30);
          i++) { // sockets created, JIT warm
        sampler.tick(list, 1);
        submitter.submitAll();
        Thread.sleep(1000);
      }
      var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long cpu0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      for (int s = 1; s <= seconds; s++) {
        sampler.tick(list, 1);
        if (s % 10 == 0) {
          submitter.submitAll();
        }
        long next = t0 + s * 1_000_000_000L;
        long wait = next - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
      }
      double cpu = (os.getProcessCpuTime() - cpu0) / (double) (System.nanoTime() - t0);
      String rss =
          Files.readAllLines(Path.of("/proc/self/status")).stream()
              .filter(l -> l.startsWith("VmRSS"))
              .findFirst()
              .orElse("VmRSS: ?");
      System.gc();
      System.out.printf(
          "BENCH %d peers, 1 s interval, %d s after warm-up: CPU %.2f %% of one core, %s, heap used"
              + " after GC %d MiB, submitted %d%n",
          peers,
          seconds,
          cpu * 100,
          rss.replaceAll("\\s+", " "),
          (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20,
          metrics.submittedCount());
    }
  }

  /// A ledger that accepts everything instantly (the benchmark measures the agent, not the ledger;
  /// keyed by record: string keys built from three base58 keys per call were a third of the
  /// measured Java time).
  static final class NullLedger implements TelemetryLedger<Circuit> {
    private record Key(Circuit circuit, long epoch) {}

    private final Map<Key, Long> counts = new ConcurrentHashMap<>();

    @Override
    public EpochInfo epochInfo() {
      return new EpochInfo(0, 0, 1, 0, 432_000, 0);
    }

    @Override
    public OptionalLong sampleCount(Circuit c, long epoch) {
      Long n = counts.get(new Key(c, epoch));
      return n == null ? OptionalLong.empty() : OptionalLong.of(n);
    }

    @Override
    public void initialize(Circuit c, long epoch, long interval) {
      counts.putIfAbsent(new Key(c, epoch), 0L);
    }

    @Override
    public void write(Circuit c, long epoch, long start, List<Long> values) {
      counts.merge(new Key(c, epoch), (long) values.size(), Long::sum);
    }
  }
}
