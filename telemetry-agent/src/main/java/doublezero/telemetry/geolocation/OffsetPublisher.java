package doublezero.telemetry.geolocation;

import doublezero.sdk.geolocation.address.ProbeAddress;
import doublezero.sdk.geolocation.client.GeolocationClient;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.offset.OffsetDatagram;
import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcClientConfig;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The DZD side of geolocation (reference `controlplane/telemetry/internal/geoprobe/coordinator.go`
/// at v0.12.0, §E.3), started by the telemetry agent when [GeolocationConfig#enabled]. Every
/// discovery interval (first at once) it reads the probes naming this device as a parent; every
/// probe interval it measures each probe (command-line ∪ discovered) with [WarmedRtt] and sends it
/// a signed 0-reference offset: authority = metrics publisher key, sender = this Device, slot = the
/// finalized slot (a cached slot under 5 minutes old when the ledger does not answer), lat/lng =
/// this device's Location, `measured_rtt_ns = rtt_ns` = the measured RTT, `target_ip` = the probe.
/// A probe that answers nothing gets no offset. Each event is one log line and counted in
/// [GeolocationMetrics].
public final class OffsetPublisher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OffsetPublisher.class);
  private static final Duration SLOT_FALLBACK_AGE = Duration.ofMinutes(5);
  private static final int MAX_CONCURRENT_PROBES = 32;

  private final GeolocationConfig config;
  private final RpcClient rpc;
  private final ChildProbeDiscovery discovery;
  private final DeviceLocation location;
  private final GeolocationMetrics metrics;
  private final DatagramSocket socket;
  private final ScheduledExecutorService schedule;
  private final Semaphore inFlight = new Semaphore(MAX_CONCURRENT_PROBES);
  private final AtomicReference<List<ProbeAddress>> discovered = new AtomicReference<>(List.of());
  private long cachedSlot = -1;
  private Instant cachedSlotAt = Instant.EPOCH;

  private OffsetPublisher(GeolocationConfig config, PrometheusRegistry registry)
      throws IOException {
    this.config = config;
    this.rpc =
        new RpcClient(
            config.rpcUrl(),
            RpcClientConfig.DEFAULTS
                .withCommitment(Commitment.FINALIZED)
                .withTimeout(Duration.ofSeconds(10))
                .withRetries(0, Duration.ZERO, Duration.ZERO));
    this.discovery =
        config.geolocationProgramId() == null
            ? null
            : new ChildProbeDiscovery(
                new GeolocationClient(
                    rpc,
                    config.geolocationProgramId(),
                    Commitment.FINALIZED,
                    Duration.ofSeconds(30)),
                config.localDevice());
    this.location =
        new DeviceLocation(
            new ServiceabilityClient(
                rpc,
                config.serviceabilityProgramId(),
                Commitment.FINALIZED,
                Duration.ofSeconds(30)),
            config.localDevice(),
            Duration.ofHours(24),
            Instant::now);
    this.metrics = new GeolocationMetrics(registry);
    this.socket = new DatagramSocket();
    this.schedule =
        Executors.newScheduledThreadPool(2, Thread.ofPlatform().daemon().name("geo-", 0).factory());
  }

  /// Starts discovery and measurement.
  ///
  /// @param config the configuration (must be [GeolocationConfig#enabled])
  /// @param registry the agent's metrics registry
  /// @return the running publisher
  /// @throws IOException when the sending socket cannot be opened
  public static OffsetPublisher start(GeolocationConfig config, PrometheusRegistry registry)
      throws IOException {
    OffsetPublisher p = new OffsetPublisher(config, registry);
    LOG.info(
        "event=geolocation-started device={} authority={} cli_probes={} discovery={}",
        config.localDevice(),
        config.keypair().publicKey(),
        config.cliProbes(),
        config.geolocationProgramId() != null);
    if (p.discovery != null) {
      p.schedule.scheduleWithFixedDelay(
          p.guarded(p::discover), 0, config.discoveryInterval().toNanos(), TimeUnit.NANOSECONDS);
    }
    p.schedule.scheduleAtFixedRate(
        p.guarded(p::tick), 0, config.probeInterval().toNanos(), TimeUnit.NANOSECONDS);
    return p;
  }

  /// @return the counters
  public GeolocationMetrics metrics() {
    return metrics;
  }

  /// @return the probes of the last measurement cycle's list (command line first, then chain)
  public List<ProbeAddress> probes() {
    Set<ProbeAddress> all = new LinkedHashSet<>(config.cliProbes());
    all.addAll(discovered.get());
    return List.copyOf(all);
  }

  private Runnable guarded(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.error("event=geolocation-task-failed error=\"{}\"", e.toString());
      }
    };
  }

  private void discover() {
    try {
      List<ProbeAddress> found = discovery.discover();
      if (!found.equals(discovered.getAndSet(found))) {
        LOG.info("event=geolocation-probes-discovered probes={}", found);
      }
    } catch (RuntimeException e) {
      metrics.skipped("discovery_failed");
      LOG.warn(
          "event=geolocation-discovery-failed kept={} error=\"{}\"",
          discovered.get().size(),
          e.getMessage());
    }
  }

  private void tick() {
    for (ProbeAddress probe : probes()) {
      if (!inFlight.tryAcquire()) {
        LOG.warn("event=geolocation-probe-skipped probe={} reason=too_many_in_flight", probe);
        continue;
      }
      Thread.ofVirtual()
          .name("geo-probe-" + probe.ip())
          .start(
              () -> {
                try {
                  measureAndSend(probe);
                } finally {
                  inFlight.release();
                }
              });
    }
  }

  private void measureAndSend(ProbeAddress probe) {
    OptionalLong rtt;
    try {
      rtt = WarmedRtt.measure(probe.twampAddress(), config.senderTimeout());
    } catch (IOException e) {
      metrics.lost();
      LOG.warn("event=geolocation-probe-failed probe={} error=\"{}\"", probe, e.getMessage());
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    if (rtt.isEmpty()) {
      metrics.lost();
      LOG.info("event=geolocation-probe-lost probe={}", probe);
      return;
    }
    OptionalLong slot = slot();
    if (slot.isEmpty()) {
      metrics.skipped("slot_unavailable");
      return;
    }
    DeviceLocation.LatLng pos;
    try {
      synchronized (location) {
        pos = location.get();
      }
    } catch (RuntimeException e) {
      metrics.skipped("location_unavailable");
      LOG.warn(
          "event=geolocation-offset-skipped probe={} reason=location_unavailable error=\"{}\"",
          probe,
          e.getMessage());
      return;
    }
    long ns = rtt.getAsLong();
    LocationOffset offset =
        LocationOffset.unsigned(
                config.keypair().publicKey(),
                config.localDevice(),
                slot.getAsLong(),
                pos.lat(),
                pos.lng(),
                ns,
                ns,
                probe.ip(),
                List.of())
            .signedBy(config.keypair());
    byte[] bytes = OffsetDatagram.encode(offset);
    try {
      socket.send(new DatagramPacket(bytes, bytes.length, probe.offsetAddress()));
    } catch (IOException e) {
      metrics.skipped("send_failed");
      LOG.warn("event=geolocation-offset-send-failed probe={} error=\"{}\"", probe, e.getMessage());
      return;
    }
    metrics.sent();
    LOG.info(
        "event=geolocation-offset-sent probe={} rtt_ns={} slot={} lat={} lng={}",
        probe,
        ns,
        slot.getAsLong(),
        pos.lat(),
        pos.lng());
  }

  private synchronized OptionalLong slot() {
    try {
      cachedSlot = rpc.getSlot(Commitment.FINALIZED);
      cachedSlotAt = Instant.now();
      return OptionalLong.of(cachedSlot);
    } catch (RuntimeException e) {
      if (cachedSlot >= 0 && Instant.now().isBefore(cachedSlotAt.plus(SLOT_FALLBACK_AGE))) {
        LOG.warn("event=geolocation-slot-stale slot={} error=\"{}\"", cachedSlot, e.getMessage());
        return OptionalLong.of(cachedSlot);
      }
      LOG.warn(
          "event=geolocation-offset-skipped reason=slot_unavailable error=\"{}\"", e.getMessage());
      return OptionalLong.empty();
    }
  }

  /// Stops both schedules and closes the socket and the RPC client.
  @Override
  public void close() {
    schedule.shutdownNow();
    try {
      schedule.awaitTermination(5, TimeUnit.SECONDS);
      // measurements under way finish (and send) before the socket closes
      if (inFlight.tryAcquire(
          MAX_CONCURRENT_PROBES,
          config.senderTimeout().toMillis() + 5_000,
          TimeUnit.MILLISECONDS)) {
        inFlight.release(MAX_CONCURRENT_PROBES);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    socket.close();
    rpc.close();
    LOG.info("event=geolocation-stopped sent={}", metrics.sentCount());
  }
}
