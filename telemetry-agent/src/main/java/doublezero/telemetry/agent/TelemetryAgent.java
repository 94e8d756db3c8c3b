package doublezero.telemetry.agent;

import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcClientConfig;
import doublezero.telemetry.epoch.EpochClock;
import doublezero.telemetry.journal.Circuit;
import doublezero.telemetry.journal.Sample;
import doublezero.telemetry.journal.SampleJournal;
import doublezero.telemetry.ledger.LedgerException;
import doublezero.telemetry.ledger.RpcTelemetryLedger;
import doublezero.telemetry.metrics.AgentMetrics;
import doublezero.telemetry.peer.Peer;
import doublezero.telemetry.peer.PeerDirectory;
import doublezero.telemetry.probe.Sampler;
import doublezero.telemetry.probe.SenderPool;
import doublezero.telemetry.submit.Submitter;
import doublezero.telemetry.submit.SubmitterConfig;
import doublezero.telemetry.twamp.TwampReflector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The device telemetry agent (`reference/telemetry-geolocation.md` §B.2): TWAMP reflector, peer
/// discovery, probe ticks into the sample journal, epoch refreshes, and submission cycles, each on
/// its own schedule so a slow ledger never delays probing. [#close] stops probing and runs one last
/// submission cycle.
public final class TelemetryAgent implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TelemetryAgent.class);

  private final AgentConfig config;
  private final AgentMetrics metrics;
  private final SampleJournal<Circuit> journal;
  private final RpcClient rpc;
  private final RpcTelemetryLedger ledger;
  private final EpochClock clock;
  private final PeerDirectory peers;
  private final SenderPool senders;
  private final Sampler sampler;
  private final Submitter<Circuit> submitter;
  private final TwampReflector reflector;
  private final ScheduledExecutorService schedule;

  private TelemetryAgent(AgentConfig config, TwampReflector reflector, AgentMetrics metrics) {
    this.config = config;
    this.metrics = metrics;
    this.reflector = reflector;
    this.journal = SampleJournal.open(config.stateDir(), config.maxPendingPerLink());
    if (journal.truncatedBytes() > 0) {
      LOG.warn("event=journal-torn-tail-cut bytes={}", journal.truncatedBytes());
    }
    this.rpc =
        new RpcClient(
            config.rpcUrl(),
            RpcClientConfig.DEFAULTS
                .withCommitment(config.commitment())
                .withTimeout(Duration.ofSeconds(10))
                .withRetries(0, Duration.ZERO, Duration.ZERO));
    this.ledger =
        new RpcTelemetryLedger(
            rpc,
            config.telemetryProgramId(),
            config.keypair().withFastSigning(),
            config.commitment(),
            Duration.ofSeconds(60));
    this.clock = new EpochClock(400_000);
    this.peers =
        new PeerDirectory(
            config.localDevice(),
            new ServiceabilityClient(
                rpc, config.serviceabilityProgramId(), config.commitment(), Duration.ofSeconds(30)),
            PeerDirectory::systemAddresses,
            metrics);
    this.senders =
        new SenderPool(
            config.twampPort(),
            config.senderTimeout(),
            config.senderTtl(),
            config.maxConsecutiveLosses(),
            config.bindToDevice());
    this.sampler = new Sampler(journal, senders, metrics);
    this.submitter =
        new Submitter<>(
            journal,
            ledger,
            clock,
            metrics,
            SubmitterConfig.of(config.probeInterval().toNanos() / 1000, config.settle())
                .withMaxConcurrency(config.submitterMaxConcurrency()),
            System::nanoTime);
    this.schedule =
        Executors.newScheduledThreadPool(
            4, Thread.ofPlatform().daemon().name("agent-", 0).factory());
  }

  /// Starts the agent.
  ///
  /// @param config the configuration
  /// @return the running agent
  /// @throws UncheckedIOException when the reflector port, the metrics port or the state directory
  ///   cannot be used
  public static TelemetryAgent start(AgentConfig config) {
    AgentMetrics metrics = new AgentMetrics("0.1.0");
    TwampReflector reflector = null;
    try {
      if (config.metricsAddress() != null) {
        metrics.serve(config.metricsAddress());
      }
      if (config.reflectorAddress() != null) {
        reflector = TwampReflector.start(config.reflectorAddress());
      }
    } catch (IOException e) {
      metrics.close();
      throw new UncheckedIOException(e.getMessage(), e);
    }
    TelemetryAgent a = new TelemetryAgent(config, reflector, metrics);
    a.begin();
    return a;
  }

  private void begin() {
    LOG.info(
        "event=agent-started local_device={} agent={} probe_interval={} submission_interval={}"
            + " state_dir={} pending={}",
        config.localDevice(),
        config.keypair().publicKey(),
        config.probeInterval(),
        config.submissionInterval(),
        config.stateDir(),
        journal.pendingCount());
    refreshEpoch();
    refreshPeers();
    every(config.epochRefreshInterval(), this::refreshEpoch, true);
    every(config.peersRefreshInterval(), this::refreshPeers, true);
    every(config.probeInterval(), this::tick, false);
    every(config.submissionInterval(), submitter::submitAll, true);
  }

  private void every(Duration interval, Runnable task, boolean withDelay) {
    long ns = interval.toNanos();
    Runnable guarded =
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            LOG.error("event=task-failed error=\"{}\"", e.toString());
          }
        };
    if (withDelay) {
      schedule.scheduleWithFixedDelay(guarded, ns, ns, TimeUnit.NANOSECONDS);
    } else {
      schedule.scheduleAtFixedRate(guarded, 0, ns, TimeUnit.NANOSECONDS);
    }
  }

  private void refreshEpoch() {
    try {
      var info = ledger.epochInfo();
      long before = clock.current().orElse(-1);
      clock.observe(info, Sampler.wallMicros().getAsLong());
      if (info.epoch() != before) {
        LOG.info("event=epoch-changed epoch={} previous={}", info.epoch(), before);
      }
    } catch (LedgerException e) {
      clock.observationFailed();
      metrics.error("epoch_refresh");
      LOG.warn(
          "event=epoch-refresh-failed cached_epoch={} error=\"{}\"",
          clock.current().orElse(-1),
          e.getMessage());
    }
  }

  private void refreshPeers() {
    if (peers.refresh()) {
      senders.retain(peers.peers().stream().map(Peer::key).collect(Collectors.toSet()));
    }
  }

  private void tick() {
    long fresh = config.epochRefreshInterval().toNanos() / 1000 * 3 + 1_000_000;
    long epoch =
        clock
            .epochForSampleAt(Sampler.wallMicros().getAsLong(), fresh)
            .orElse(Sample.UNKNOWN_EPOCH);
    List<Peer> list = peers.peers();
    sampler.tick(list, epoch);
  }

  /// @return the metrics (tests read them)
  public AgentMetrics metrics() {
    return metrics;
  }

  /// @return the journal (tests read it)
  public SampleJournal<Circuit> journal() {
    return journal;
  }

  /// Stops probing, runs a last submission cycle, closes everything. Running tasks are let finish,
  /// never interrupted: an interrupted ledger call is a write of unknown outcome, whose samples
  /// then wait for the next start instead of landing in the last cycle. A submission cycle still
  /// running after 15 s (a slow ledger) is waited for by the last cycle.
  @Override
  public void close() {
    schedule.shutdown();
    try {
      schedule.awaitTermination(15, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      submitter.submitAll();
    } catch (RuntimeException e) {
      LOG.warn(
          "event=final-submission-failed pending={} error=\"{}\"",
          journal.pendingCount(),
          e.getMessage());
    }
    submitter.close();
    senders.close();
    if (reflector != null) {
      reflector.close();
    }
    journal.close();
    rpc.close();
    metrics.close();
    LOG.info("event=agent-stopped");
  }
}
