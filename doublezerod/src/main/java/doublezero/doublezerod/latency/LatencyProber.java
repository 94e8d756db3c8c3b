package doublezero.doublezerod.latency;

import doublezero.doublezerod.chain.ChainSource;
import doublezero.doublezerod.chain.ProgramData;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.solana.key.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The latency manager (reference `internal/latency/manager.go`, §D.8): targets are every device on
/// chain (any status): its public IP unless 0.0.0.0 and, when asked, each interface with
/// `user_tunnel_endpoint`, a prefix length 1..32 and an address that is neither 0.0.0.0 nor the
/// public IP. The device list is refreshed every `cacheInterval` (an empty or failed fetch keeps
/// the old list); every `probeInterval` all targets are pinged concurrently (3 echoes, 10 s
/// timeout) and the round's results replace the cache served on `/latency`.
public final class LatencyProber implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LatencyProber.class);
  static final int ECHOES = 3;
  static final Duration TIMEOUT = Duration.ofSeconds(10);
  private final ChainSource chain;
  private final Pinger pinger;
  private final boolean tunnelEndpoints;
  private final Duration probeInterval;
  private final Duration cacheInterval;
  private volatile List<ProbeTarget> targets = List.of();
  private volatile List<LatencyResult> results = List.of();
  private volatile boolean running = true;
  private final List<Thread> threads = new ArrayList<>();

  /// @param chain chain state
  /// @param pinger the ICMP pinger
  /// @param tunnelEndpoints whether user-tunnel-endpoint interfaces are probed too
  /// @param probeInterval time between probe rounds (ours defaults to 300 s)
  /// @param cacheInterval time between device-list refreshes
  public LatencyProber(
      ChainSource chain,
      Pinger pinger,
      boolean tunnelEndpoints,
      Duration probeInterval,
      Duration cacheInterval) {
    this.chain = chain;
    this.pinger = pinger;
    this.tunnelEndpoints = tunnelEndpoints;
    this.probeInterval = probeInterval;
    this.cacheInterval = cacheInterval;
  }

  /// Starts the refresh and probe loops on virtual threads (the first refresh and round run at
  /// once).
  public synchronized void start() {
    threads.add(
        Thread.ofVirtual()
            .name("latency-refresh")
            .start(() -> every(cacheInterval, this::refreshTargets)));
    threads.add(
        Thread.ofVirtual()
            .name("latency-probe")
            .start(
                () -> {
                  refreshTargets();
                  every(probeInterval, this::probeRound);
                }));
  }

  private void every(Duration interval, Runnable task) {
    while (running) {
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.atWarn()
            .addKeyValue("error", String.valueOf(e.getMessage()))
            .log("latency: task failed");
      }
      try {
        Thread.sleep(interval);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /// Reads the device list from chain; an empty list or a failure keeps the previous one.
  public void refreshTargets() {
    List<ProbeTarget> fresh = targetsOf(chain.fetch(), tunnelEndpoints);
    if (fresh.isEmpty()) {
      LOG.atDebug().log("latency: empty device list ignored");
      return;
    }
    targets = fresh;
  }

  /// @param data chain state
  /// @param tunnelEndpoints whether user-tunnel-endpoint interfaces count
  /// @return the probe targets, devices in chain order, public IP first
  public static List<ProbeTarget> targetsOf(ProgramData data, boolean tunnelEndpoints) {
    List<ProbeTarget> out = new ArrayList<>();
    for (Map.Entry<PublicKey, Device> e : data.devices().entrySet()) {
      Device d = e.getValue();
      if (!d.publicIp().isUnspecified()) {
        out.add(new ProbeTarget(e.getKey(), d.code(), d.publicIp(), Optional.empty()));
      }
      if (!tunnelEndpoints) {
        continue;
      }
      for (Interface i : d.interfaces()) {
        Ipv4Address ip = i.ipNet().ip();
        if (i.userTunnelEndpoint()
            && i.ipNet().prefix() >= 1
            && !ip.isUnspecified()
            && !ip.equals(d.publicIp())) {
          out.add(new ProbeTarget(e.getKey(), d.code(), ip, Optional.of(i.name())));
        }
      }
    }
    return out;
  }

  /// Probes every target concurrently and replaces the results.
  public void probeRound() {
    List<ProbeTarget> round = targets;
    List<LatencyResult> out = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<LatencyResult>> futures = new ArrayList<>();
      for (ProbeTarget t : round) {
        futures.add(pool.submit(() -> probe(t)));
      }
      for (Future<LatencyResult> f : futures) {
        try {
          out.add(f.get());
        } catch (Exception e) {
          LOG.atWarn()
              .addKeyValue("error", String.valueOf(e.getMessage()))
              .log("latency: probe failed");
        }
      }
    }
    results = List.copyOf(out);
  }

  LatencyResult probe(ProbeTarget t) {
    List<Long> rtts;
    try {
      rtts = pinger.ping(t.ip(), ECHOES, TIMEOUT);
    } catch (RuntimeException e) {
      LOG.atWarn()
          .addKeyValue("ip", t.ip())
          .addKeyValue("error", String.valueOf(e.getMessage()))
          .log("latency: ping failed");
      rtts = List.of();
    }
    double loss = 100.0 * (ECHOES - rtts.size()) / ECHOES;
    if (rtts.isEmpty()) {
      return new LatencyResult(t, 0, 0, 0, loss, false);
    }
    long min = rtts.stream().mapToLong(Long::longValue).min().orElse(0);
    long max = rtts.stream().mapToLong(Long::longValue).max().orElse(0);
    long avg = (long) rtts.stream().mapToLong(Long::longValue).average().orElse(0);
    return new LatencyResult(t, min, max, avg, loss, true);
  }

  /// @return the last round's results
  public List<LatencyResult> results() {
    return results;
  }

  @Override
  public void close() {
    running = false;
    threads.forEach(Thread::interrupt);
    pinger.close();
  }
}
