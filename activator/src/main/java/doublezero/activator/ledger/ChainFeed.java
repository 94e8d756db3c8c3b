package doublezero.activator.ledger;

import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.serviceability.state.Permission;
import doublezero.sdk.serviceability.state.ProgramConfig;
import doublezero.sdk.serviceability.state.Reservation;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.ServiceabilityAccounts;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.pubsub.ConnectionListener;
import doublezero.sdk.solana.pubsub.PubSubClient;
import doublezero.sdk.solana.pubsub.PubSubConfig;
import doublezero.sdk.solana.rpc.AccountInfo;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.KeyedAccount;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Feeds the processor (reference `activator.rs`, §A.3): a full snapshot at start and every
/// `interval` (and at once after the subscription reconnects, since notifications may have been
/// missed), the `programSubscribe` stream (connected again after a 1 s pause whenever it cannot be
/// opened), and delayed re-reads of single accounts. A failing snapshot pauses (1 s doubling to 30
/// s) and is tried again; nothing the processor holds is dropped. The first snapshot is taken only
/// once the subscription is open (or its first attempt failed), so no write falls between them.
///
/// Restart fence: when the first snapshot shows work that allocates (Pending users, links, groups
/// or interfaces, Updating users), a predecessor may still have transactions in flight for it. The
/// feed then waits until the block height passes the last valid height of the newest blockhash seen
/// at start (every such transaction has landed or expired) and takes the snapshot again, so nothing
/// it allocated is handed out twice.
public final class ChainFeed implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("doublezero.activator");
  private final RpcClient rpc;
  private final String wsUrl;
  private final PublicKey programId;
  private final Duration interval;
  private final Consumer<Event> sink;
  private final Semaphore snapshotNow = new Semaphore(0);

  /// Opened once the first subscribe attempt is over (subscribed, or failed): the first snapshot
  /// waits for it, so an account written between the snapshot and the subscription is never missed
  /// until the next snapshot.
  private final CountDownLatch subscribeAttempted = new CountDownLatch(1);

  private final Thread snapshots;
  private final Thread stream;
  private volatile PubSubClient pubsub;
  private volatile boolean closed;

  /// Starts both loops on virtual threads.
  ///
  /// @param rpc the ledger
  /// @param wsUrl PubSub URL
  /// @param programId the serviceability program
  /// @param interval time between snapshots
  /// @param sink receives every event (must not block)
  public ChainFeed(
      RpcClient rpc, String wsUrl, PublicKey programId, Duration interval, Consumer<Event> sink) {
    this.rpc = rpc;
    this.wsUrl = wsUrl;
    this.programId = programId;
    this.interval = interval;
    this.sink = sink;
    this.snapshots = Thread.ofVirtual().name("activator-snapshot").start(this::snapshotLoop);
    this.stream = Thread.ofVirtual().name("activator-stream").start(this::streamLoop);
  }

  /// Re-reads one account after `delayNanos` and posts it (a closed account is posted with empty
  /// data).
  public void reread(PublicKey account, long delayNanos) {
    Thread.ofVirtual()
        .name("activator-reread")
        .start(
            () -> {
              try {
                TimeUnit.NANOSECONDS.sleep(delayNanos);
                if (closed) {
                  return;
                }
                Optional<AccountInfo> info = rpc.getAccountInfo(account);
                byte[] data =
                    info.filter(i -> i.owner().equals(programId))
                        .map(AccountInfo::data)
                        .orElse(new byte[0]);
                sink.accept(new Event.AccountSeen(account, data, System.nanoTime()));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (RpcException e) {
                LOG.warn("event=reread-failed account={} error=\"{}\"", account, e.getMessage());
              }
            });
  }

  private void snapshotLoop() {
    long pause = 1_000;
    boolean first = true;
    try {
      subscribeAttempted.await();
    } catch (InterruptedException e) {
      return;
    }
    while (!closed) {
      try {
        long fenceHeight =
            first ? rpc.getLatestBlockhash(Commitment.CONFIRMED).lastValidBlockHeight() : 0;
        long requested = System.nanoTime();
        List<KeyedAccount> accounts = rpc.getProgramAccounts(programId, List.of());
        if (first && allocatesWork(accounts)) {
          awaitHeight(fenceHeight);
          requested = System.nanoTime();
          accounts = rpc.getProgramAccounts(programId, List.of());
        }
        first = false;
        sink.accept(new Event.Snapshot(accounts, requested));
        pause = 1_000;
        snapshotNow.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
        snapshotNow.drainPermits();
      } catch (InterruptedException e) {
        return;
      } catch (RpcException e) {
        LOG.warn("event=snapshot-failed error=\"{}\" retry_in_ms={}", e.getMessage(), pause);
        try {
          Thread.sleep(pause);
        } catch (InterruptedException ie) {
          return;
        }
        pause = Math.min(30_000, pause * 2);
      }
    }
  }

  private void awaitHeight(long height) throws InterruptedException {
    LOG.info("event=restart-fence wait_until_block_height={}", height);
    while (!closed && rpc.getBlockHeight(Commitment.CONFIRMED) <= height) {
      Thread.sleep(50);
    }
  }

  static boolean allocatesWork(List<KeyedAccount> accounts) {
    for (KeyedAccount k : accounts) {
      ServiceabilityAccount a;
      try {
        a = ServiceabilityAccounts.decode(k.account().data());
      } catch (RuntimeException e) {
        continue;
      }
      boolean work =
          switch (a) {
            case User u -> u.status() == UserStatus.PENDING || u.status() == UserStatus.UPDATING;
            case Link l -> l.status() == LinkStatus.PENDING;
            case MulticastGroup g -> g.status() == MulticastGroupStatus.PENDING;
            case Device d ->
                d.interfaces().stream().anyMatch(i -> i.status() == InterfaceStatus.PENDING);
            case GlobalState _,
                GlobalConfig _,
                ProgramConfig _,
                Location _,
                Exchange _,
                Contributor _,
                Tenant _,
                ResourceExtension _,
                Permission _,
                Reservation _,
                AccessPass _ ->
                false;
          };
      if (work) {
        return true;
      }
    }
    return false;
  }

  private void streamLoop() {
    while (!closed) {
      try {
        PubSubClient c =
            PubSubClient.connect(
                wsUrl,
                PubSubConfig.DEFAULTS.withReconnect(Duration.ofSeconds(1), Duration.ofSeconds(10)),
                new ConnectionListener() {
                  @Override
                  public void onReconnected() {
                    LOG.info("event=subscription-reconnected");
                    snapshotNow.release();
                  }
                });
        pubsub = c;
        c.programSubscribe(
            programId,
            List.of(),
            Commitment.CONFIRMED,
            n ->
                sink.accept(
                    new Event.AccountSeen(
                        n.pubkey(),
                        n.account().lamports() == 0 ? new byte[0] : n.account().data(),
                        System.nanoTime())));
        subscribeAttempted.countDown();
        if (closed) {
          c.close();
        }
        return;
      } catch (RuntimeException e) {
        LOG.warn(
            "event=subscription-failed url={} error=\"{}\" retry_in_ms=1000",
            wsUrl,
            e.getMessage());
        subscribeAttempted.countDown();
        PubSubClient c = pubsub;
        if (c != null) {
          c.close();
        }
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException ie) {
          return;
        }
      }
    }
  }

  /// Stops both loops and the subscription.
  @Override
  public void close() {
    closed = true;
    snapshots.interrupt();
    stream.interrupt();
    PubSubClient c = pubsub;
    if (c != null) {
      c.close();
    }
  }
}
