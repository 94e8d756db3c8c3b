package doublezero.localnet.pubsub;

import doublezero.localnet.ledger.Account;
import doublezero.localnet.ledger.TransactionStatus;
import doublezero.localnet.rpc.AccountEncoder;
import doublezero.localnet.rpc.Json;
import doublezero.localnet.rpc.JsonRpcDispatcher;
import doublezero.localnet.rpc.RpcException;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Builds and sends PubSub notifications on its own thread, off the ledger's commit path: the
/// syncing thread only queues the durable change ({@link #offer}); matching it against the {@link
/// SubscriptionIndex}, rendering JSON and handing frames to the sessions happens here. The queue is
/// bounded ({@link #CAPACITY} changes): when notifications cannot keep up at all, the syncing
/// thread waits for room (commits slow down) rather than memory growing; each wait is counted and
/// logged. A slow client does not hold this thread up: sessions queue without blocking and
/// disconnect themselves when their own queue is full.
final class Notifier {
  /// Durable changes waiting to be turned into notifications.
  static final int CAPACITY = 16_384;

  private static final Logger LOG = LoggerFactory.getLogger("localnet.pubsub");

  sealed interface Change permits SlotChange, TxChange, WritesChange, Stop {}

  record SlotChange(long slot) implements Change {}

  record TxChange(TransactionStatus status, Map<PublicKey, Account> writes) implements Change {}

  record WritesChange(long slot, Map<PublicKey, Account> writes) implements Change {}

  record Stop() implements Change {}

  private final SubscriptionIndex index;
  private final BlockingQueue<Change> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final AtomicLong waits = new AtomicLong();
  private final Thread thread;

  Notifier(SubscriptionIndex index) {
    this.index = index;
    this.thread = Thread.ofPlatform().name("pubsub-notify").daemon().start(this::run);
  }

  /// Queues a change; waits for room when the queue is full.
  void offer(Change c) {
    if (!(c instanceof Stop) && index.isEmpty()) {
      return;
    }
    if (queue.offer(c)) {
      return;
    }
    long n = waits.incrementAndGet();
    LOG.warn("pubsub.backpressure: notification queue full capacity={} waits={}", CAPACITY, n);
    try {
      queue.put(c);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /// Sends what is queued, then stops the thread.
  void close() {
    offer(new Stop());
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    List<Change> batch = new ArrayList<>();
    while (true) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        return;
      }
      queue.drainTo(batch);
      for (Change c : batch) {
        try {
          if (!dispatch(c)) {
            return;
          }
        } catch (RuntimeException e) {
          LOG.error(
              "pubsub.notify: failed change={} reason=\"{}\"",
              c.getClass().getSimpleName(),
              e.toString());
        }
      }
      batch.clear();
    }
  }

  private boolean dispatch(Change c) {
    switch (c) {
      case SlotChange s -> slot(s.slot());
      case TxChange t -> {
        writes(t.status().slot(), t.writes());
        signature(t.status());
      }
      case WritesChange w -> writes(w.slot(), w.writes());
      case Stop s -> {
        return false;
      }
    }
    return true;
  }

  private void slot(long slot) {
    for (Subscription s : index.slots()) {
      notify(s, Json.obj("parent", slot - 1, "root", Math.max(0, slot - 1), "slot", slot));
    }
  }

  private void signature(TransactionStatus status) {
    for (Subscription s : index.on(Subscription.Kind.SIGNATURE, status.signature())) {
      if (index.remove(s.id())) {
        notify(
            s,
            Json.obj(
                "context",
                Json.obj("slot", status.slot()),
                "value",
                Json.obj("err", status.err())));
      }
    }
  }

  /// Account and program notifications for the accounts one change wrote. Each account's rendering
  /// is done once per encoding and shared by every subscription that asks for it; only the frame
  /// around it (the subscription id) is per subscription.
  private void writes(long slot, Map<PublicKey, Account> writes) {
    Map<AccountEncoder, byte[]> rendered = new HashMap<>();
    writes.forEach(
        (k, a) -> {
          rendered.clear();
          Account shown = visible(a);
          for (Subscription s : index.on(Subscription.Kind.ACCOUNT, k)) {
            send(s, rendered, e -> NotificationFrames.accountResult(slot, shown, e));
          }
          if (a.lamports() == 0) {
            return;
          }
          rendered.clear();
          for (Subscription s : index.on(Subscription.Kind.PROGRAM, a.owner())) {
            if (s.filter().test(a)) {
              send(s, rendered, e -> NotificationFrames.programResult(slot, k, a, e));
            }
          }
        });
  }

  /// Sends `s` its notification, rendering the result with `render` unless an earlier subscription
  /// with the same encoder already did; a result that cannot be rendered (base58 over its limit) is
  /// skipped for this subscription with a log line.
  private static void send(
      Subscription s,
      Map<AccountEncoder, byte[]> rendered,
      Function<AccountEncoder, byte[]> render) {
    byte[] result = rendered.get(s.encoder());
    if (result == null) {
      try {
        result = render.apply(s.encoder());
      } catch (RpcException e) {
        LOG.warn("pubsub.notify: skipped subscription={} reason=\"{}\"", s.id(), e.getMessage());
        return;
      }
      rendered.put(s.encoder(), result);
    }
    s.session().send(NotificationFrames.frame(s.kind(), result, s.id()));
  }

  /// A deleted account is reported as Solana does: 0 lamports, system owner, no data.
  private static Account visible(Account a) {
    return a.lamports() == 0 ? Account.system(0) : a;
  }

  static void notify(Subscription s, Object result) {
    s.session()
        .send(
            JsonRpcDispatcher.write(
                Json.obj(
                    "jsonrpc",
                    "2.0",
                    "method",
                    s.kind().notification,
                    "params",
                    Json.obj("result", result, "subscription", s.id()))));
  }
}
