package doublezero.geoprobe.agent;

import doublezero.geoprobe.offset.OffsetCache;
import doublezero.geoprobe.offset.OffsetListener;
import doublezero.geoprobe.outbound.TargetMeasurement;
import doublezero.geoprobe.parent.ParentDiscovery;
import doublezero.geoprobe.parent.ParentSet;
import doublezero.geoprobe.reflector.PairLimiter;
import doublezero.geoprobe.reflector.SignedReflector;
import doublezero.geoprobe.twamp.PlainReflector;
import doublezero.sdk.geolocation.client.GeolocationClient;
import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcClientConfig;
import doublezero.sdk.solana.rpc.RpcException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The geoprobe agent (reference `cmd/geoprobe-agent/main.go` at v0.12.0, §E.4): the plain TWAMP
/// reflector parents measure, the DZD offset listener with its trust checks ([ParentSet]: known
/// parent, expected authority, signatures, slot age), the signed-TWAMP reflector for allowlisted
/// targets, and, with targets, the outbound measurement loop. Schedules: slot refresh and cache
/// eviction every 10 s, parent discovery every discovery interval (first at start), target
/// measurement every probe interval.
public final class GeoprobeAgent implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GeoprobeAgent.class);

  private final RpcClient rpc;
  private final AtomicLong slot = new AtomicLong();
  private final OffsetCache cache;
  private final ParentSet parents;
  private final Clock clock = Clock.systemUTC();
  private final ScheduledExecutorService schedule =
      Executors.newScheduledThreadPool(
          3, Thread.ofPlatform().daemon().name("geoprobe-", 0).factory());
  private PlainReflector plain;
  private OffsetListener listener;
  private SignedReflector signed;
  private TargetMeasurement outbound;

  private GeoprobeAgent(GeoprobeAgentConfig c) {
    this.rpc =
        new RpcClient(
            c.rpcUrl(),
            RpcClientConfig.DEFAULTS
                .withCommitment(Commitment.FINALIZED)
                .withTimeout(Duration.ofSeconds(10)));
    this.cache = new OffsetCache(c.maxOffsetAge());
    ParentDiscovery discovery =
        c.geolocationProgramId() == null
            ? null
            : new ParentDiscovery(
                new GeolocationClient(
                    rpc, c.geolocationProgramId(), Commitment.FINALIZED, Duration.ofSeconds(30)),
                new ServiceabilityClient(
                    rpc, c.serviceabilityProgramId(), Commitment.FINALIZED, Duration.ofSeconds(30)),
                c.geoprobe());
    this.parents = new ParentSet(c.cliParents(), discovery, c.maxSlotAge());
  }

  /// Reads the slot and the parents, binds every port and starts the schedules.
  ///
  /// @param c the configuration
  /// @return the running agent
  /// @throws IOException when a port cannot be bound
  /// @throws RpcException when the ledger does not answer the first slot read
  public static GeoprobeAgent start(GeoprobeAgentConfig c) throws IOException {
    GeoprobeAgent a = new GeoprobeAgent(c);
    try {
      a.begin(c);
      return a;
    } catch (IOException | RuntimeException e) {
      a.close();
      throw e;
    }
  }

  private void begin(GeoprobeAgentConfig c) throws IOException {
    slot.set(rpc.getSlot(Commitment.FINALIZED));
    parents.refresh();
    plain = PlainReflector.start(new InetSocketAddress(c.twampPort()));
    listener =
        new OffsetListener(
            new InetSocketAddress(c.offsetPort()), parents::trust, slot::get, cache, clock);
    signed =
        new SignedReflector(
            new InetSocketAddress(c.signedTwampPort()),
            c.keypair(),
            c.geoprobe(),
            c.allowed(),
            () -> cache.best(clock.instant()),
            new PairLimiter(c.verifyInterval(), Duration.ofSeconds(5)),
            clock);
    if (!c.targets().isEmpty()) {
      outbound =
          new TargetMeasurement(
              c.targets(),
              c.keypair(),
              c.geoprobe(),
              cache,
              slot::get,
              parents::trust,
              c.senderTimeout(),
              clock);
    }
    every(Duration.ofSeconds(10), this::refreshSlot);
    every(c.discoveryInterval(), parents::refresh);
    if (outbound != null) {
      every(c.probeInterval(), this::measureTargets);
    }
    LOG.info(
        "event=started geoprobe={} authority={} parents={} targets={} allowed={} offset_port={}"
            + " twamp_port={} signed_twamp_port={}",
        c.geoprobe(),
        c.keypair().publicKey(),
        parents.trust().parents().size(),
        c.targets().size(),
        c.allowed().size(),
        listener.port(),
        plain.port(),
        signed.port());
  }

  private void every(Duration interval, Runnable task) {
    long ns = interval.toNanos();
    schedule.scheduleWithFixedDelay(
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            LOG.error("event=task_failed error=\"{}\"", e.toString());
          }
        },
        ns,
        ns,
        TimeUnit.NANOSECONDS);
  }

  private void refreshSlot() {
    try {
      slot.set(rpc.getSlot(Commitment.FINALIZED));
    } catch (RpcException e) {
      LOG.warn("event=slot_refresh_failed slot={} error=\"{}\"", slot.get(), e.getMessage());
    }
    int evicted = cache.evict(clock.instant());
    if (evicted > 0) {
      LOG.info("event=offsets_evicted count={}", evicted);
    }
  }

  private void measureTargets() {
    try {
      outbound.cycle();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /// @return the offset listener (its counters)
  public OffsetListener listener() {
    return listener;
  }

  /// @return the signed reflector (its counters)
  public SignedReflector signedReflector() {
    return signed;
  }

  /// @return the plain reflector (its counters)
  public PlainReflector plainReflector() {
    return plain;
  }

  /// @return the outbound loop, null without targets
  public TargetMeasurement outbound() {
    return outbound;
  }

  /// @return the current trusted parents
  public ParentSet parents() {
    return parents;
  }

  /// Stops the schedules and closes every socket.
  @Override
  public void close() {
    schedule.shutdownNow();
    try {
      schedule.awaitTermination(5, TimeUnit.SECONDS);
      if (signed != null) {
        signed.close();
      }
      if (listener != null) {
        listener.close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (outbound != null) {
      outbound.close();
    }
    if (plain != null) {
      plain.close();
    }
    rpc.close();
    LOG.info("event=stopped");
  }
}
