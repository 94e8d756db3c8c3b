package doublezero.controller.service;

import doublezero.controller.metrics.ControllerMetrics;
import doublezero.controller.state.EmptyStateException;
import doublezero.controller.state.ProgramSnapshot;
import doublezero.controller.state.StateBuilder;
import doublezero.controller.state.StateCache;
import doublezero.controller.state.StateEvents;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.KeyedAccount;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Refreshes the [StateCache] from one `getProgramAccounts` at start and then every interval (10 s
/// in the reference, `server.go::Run`, §B.4). A failed or empty fetch, or one without devices,
/// keeps the previous cache; a new cache replaces the old one atomically.
public final class StateRefresher implements AutoCloseable {
  /// The reference's refresh interval.
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(StateRefresher.class);

  private final RpcClient rpc;
  private final PublicKey programId;
  private final ControllerMetrics metrics;
  private final StateEvents events;
  private final AtomicReference<StateCache> current = new AtomicReference<>();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "state-refresh");
            t.setDaemon(true);
            return t;
          });

  /// @param rpc the ledger
  /// @param programId the serviceability program
  /// @param metrics cache counters
  /// @param events receives build events (logs, link metrics)
  public StateRefresher(
      RpcClient rpc, PublicKey programId, ControllerMetrics metrics, StateEvents events) {
    this.rpc = Objects.requireNonNull(rpc, "rpc");
    this.programId = Objects.requireNonNull(programId, "programId");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.events = Objects.requireNonNull(events, "events");
  }

  /// @return the current cache, null before the first successful refresh
  public StateCache current() {
    return current.get();
  }

  /// Refreshes now and then every `interval` on a background thread.
  ///
  /// @param interval time between refreshes
  public void start(Duration interval) {
    timer.scheduleWithFixedDelay(this::refreshOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /// One refresh; never throws.
  ///
  /// @return whether the cache was replaced
  public boolean refreshOnce() {
    try {
      List<KeyedAccount> accounts;
      ProgramSnapshot snap;
      try {
        accounts = rpc.getProgramAccounts(programId, List.of());
        snap = ProgramSnapshot.decode(accounts);
      } catch (RpcException e) {
        metrics.fetchError();
        LOG.error("event=cache-update-failed reason=fetch error=\"{}\"", e.getMessage());
        return false;
      }
      if (accounts.isEmpty()) {
        metrics.fetchError();
        LOG.error("event=cache-update-failed reason=empty program={}", programId.toBase58());
        return false;
      }
      if (!snap.undecodable().isEmpty()) {
        metrics.undecodable(snap.undecodable().size());
        snap.undecodable()
            .forEach(
                u ->
                    LOG.warn(
                        "event=account-undecodable account={} error=\"{}\"",
                        u.address().toBase58(),
                        u.error()));
      }
      StateCache next = StateBuilder.build(snap, events);
      current.set(next);
      LOG.debug(
          "event=cache-updated devices={} accounts={}", next.devices().size(), accounts.size());
      return true;
    } catch (EmptyStateException e) {
      metrics.cacheError();
      LOG.error("event=cache-update-failed reason=\"{}\"", e.getMessage());
      return false;
    } catch (RuntimeException e) {
      metrics.cacheError();
      LOG.error("event=cache-update-failed reason=unexpected error=\"{}\"", e.toString());
      return false;
    } finally {
      metrics.cacheUpdate();
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
