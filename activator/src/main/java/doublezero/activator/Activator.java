package doublezero.activator;

import doublezero.activator.allocation.Holdings;
import doublezero.activator.allocation.NetworkPools;
import doublezero.activator.events.Processor;
import doublezero.activator.handling.HandlerContext;
import doublezero.activator.ledger.AccountCache;
import doublezero.activator.ledger.ChainFeed;
import doublezero.activator.ledger.Event;
import doublezero.activator.ledger.TxPipeline;
import doublezero.activator.metrics.ActivatorMetrics;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.serviceability.error.ServiceabilityErrorResolver;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.AccountInfo;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcClientConfig;
import doublezero.sdk.solana.rpc.RpcException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The DoubleZero activator (reference `activator/`, v0.12.0; `activator-controller-agent.md` §A),
/// embeddable: [#start] checks the network, then background virtual threads feed account events
/// (snapshots every `snapshotInterval` + the program subscription) to one serial processor, which
/// allocates and sends Activate/Reject/Close/Ban transactions through a pipeline that confirms them
/// asynchronously. [#close] stops it after the event being processed.
public final class Activator implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("doublezero.activator");
  private static final int WINDOW = 256;
  private final RpcClient rpc;
  private final ActivatorMetrics metrics;
  private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
  private final Processor processor;
  private final TxPipeline pipeline;
  private final ChainFeed feed;
  private final Thread worker;
  private final boolean onchain;
  private volatile long handled;
  private volatile boolean settled;
  private volatile boolean closed;

  private Activator(
      ActivatorConfig config,
      RpcClient rpc,
      GlobalState gs,
      GlobalConfig gc,
      ActivatorMetrics metrics) {
    this.rpc = rpc;
    this.metrics = metrics;
    this.onchain = gs.isFeatureEnabled(FeatureFlag.ON_CHAIN_ALLOCATION);
    NetworkPools pools;
    try {
      pools = new NetworkPools(gc);
    } catch (IllegalStateException e) {
      throw new ActivatorException(e.getMessage(), e);
    }
    AccountCache cache = new AccountCache(rpc, config.programId());
    HandlerContext ctx =
        HandlerContext.of(
            config.programId(), config.keypair().publicKey(), onchain, new Holdings(pools), cache);
    this.pipeline =
        new TxPipeline(
            rpc,
            config.keypair(),
            new ServiceabilityErrorResolver(config.programId()),
            WINDOW,
            r -> queue.add(new Event.TxDone(r)));
    ChainFeed[] feedRef = new ChainFeed[1];
    this.processor =
        new Processor(
            ctx, cache, metrics, pipeline::submit, (pk, delay) -> feedRef[0].reread(pk, delay));
    this.worker = Thread.ofVirtual().name("activator-processor").unstarted(this::work);
    this.feed =
        new ChainFeed(
            rpc, config.wsUrl(), config.programId(), config.snapshotInterval(), queue::add);
    feedRef[0] = feed;
    worker.start();
  }

  /// Checks the network and starts the activator.
  ///
  /// @param config where and as whom to run
  /// @return the running activator
  /// @throws ActivatorException when the ledger cannot be reached, GlobalState or GlobalConfig is
  ///   missing, a GlobalConfig block is unset (naming it, as `processor.rs::Processor::new` does),
  ///   the keypair is not GlobalState's `activator_authority_pk` (naming both keys), or the metrics
  ///   address cannot be bound
  public static Activator start(ActivatorConfig config) {
    RpcClient rpc =
        new RpcClient(
            config.rpcUrl(),
            RpcClientConfig.DEFAULTS
                .withCommitment(Commitment.CONFIRMED)
                .withTimeout(Duration.ofSeconds(10)));
    ActivatorMetrics metrics = new ActivatorMetrics(version());
    try {
      GlobalState gs =
          read(
              rpc,
              config,
              ServiceabilityPdas.globalState(config.programId()).address(),
              "GlobalState",
              GlobalState::decode);
      GlobalConfig gc =
          read(
              rpc,
              config,
              ServiceabilityPdas.globalConfig(config.programId()).address(),
              "GlobalConfig",
              GlobalConfig::decode);
      PublicKey me = config.keypair().publicKey();
      if (!gs.activatorAuthorityPk().equals(me)) {
        throw new ActivatorException(
            "keypair "
                + me
                + " is not the activator authority: GlobalState."
                + "activator_authority_pk is "
                + gs.activatorAuthorityPk());
      }
      if (config.metricsAddress() != null) {
        try {
          metrics.serve(config.metricsAddress());
        } catch (IOException e) {
          throw new ActivatorException(
              "cannot serve metrics on " + config.metricsAddress() + ": " + e.getMessage(), e);
        }
      }
      Activator a = new Activator(config, rpc, gs, gc, metrics);
      LOG.info(
          "event=activator-started payer={} program={} mode={} rpc={} ws={} metrics={}",
          me,
          config.programId(),
          a.onchain ? "onchain-allocation" : "offchain-allocation",
          config.rpcUrl(),
          config.wsUrl(),
          config.metricsAddress() == null ? "none" : config.metricsAddress());
      return a;
    } catch (RuntimeException e) {
      metrics.close();
      rpc.close();
      throw e;
    }
  }

  private static <T> T read(
      RpcClient rpc,
      ActivatorConfig config,
      PublicKey address,
      String name,
      Function<byte[], T> decode) {
    AccountInfo info;
    try {
      info =
          rpc.getAccountInfo(address)
              .orElseThrow(
                  () ->
                      new ActivatorException(
                          name
                              + " "
                              + address
                              + " does not exist: the serviceability program "
                              + config.programId()
                              + " is not initialised"));
    } catch (RpcException e) {
      throw new ActivatorException(
          "cannot read " + name + " from " + config.rpcUrl() + ": " + e.getMessage(), e);
    }
    try {
      return decode.apply(info.data());
    } catch (DecodeException e) {
      throw new ActivatorException(name + " " + address + " does not decode: " + e.getMessage(), e);
    }
  }

  private static String version() {
    String v = Activator.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }

  private void work() {
    while (!closed) {
      try {
        Event e = queue.poll(100, TimeUnit.MILLISECONDS);
        if (e == null) {
          settled = processor.settled();
          continue;
        }
        processor.apply(e);
        handled = processor.eventsHandled();
        settled = processor.settled() && queue.isEmpty();
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        LOG.error("event=processor-error error=\"{}\"", e.toString(), e);
      }
    }
  }

  /// @return account events handled so far (every snapshot account and notification, ignored types
  ///   included)
  public long eventsHandled() {
    return handled;
  }

  /// @return whether the activator runs in on-chain allocation mode (GlobalState flag read at
  ///   start, §A.4)
  public boolean onchainAllocation() {
    return onchain;
  }

  /// @return the port `/metrics` is served on, or -1 when there is no endpoint
  public int metricsPort() {
    return metrics.port();
  }

  /// Waits until a snapshot has been applied, no event is queued and no transaction is in flight.
  ///
  /// @param timeout the longest wait
  /// @return whether it became idle in time
  /// @throws InterruptedException when interrupted
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    int quiet = 0;
    while (System.nanoTime() < end) {
      quiet = settled && queue.isEmpty() && pipeline.inFlight() == 0 ? quiet + 1 : 0;
      if (quiet >= 3) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  /// Stops the feed, lets the event being processed finish, then stops the pipeline and the metrics
  /// endpoint. Transactions still in flight are not awaited (the next start re-reads their
  /// accounts). Idempotent.
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    feed.close();
    try {
      worker.join(Duration.ofSeconds(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    pipeline.close();
    metrics.close();
    rpc.close();
    LOG.info("event=activator-stopped events_handled={}", handled);
  }
}
