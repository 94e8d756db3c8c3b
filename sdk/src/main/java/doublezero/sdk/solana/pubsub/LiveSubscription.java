package doublezero.sdk.solana.pubsub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import doublezero.sdk.solana.rpc.RpcErrorKind;
import doublezero.sdk.solana.rpc.RpcException;
import doublezero.sdk.solana.rpc.RpcJson;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/// The handle behind [Subscription]: what to send to (re)subscribe, how to deliver a notification,
/// and which node id it has on which connection.
final class LiveSubscription implements Subscription {
  private final PubSubClient owner;
  private final String method;
  private final String unsubscribeMethod;
  private final ArrayNode params;
  private final boolean oneShot;
  private final Consumer<JsonNode> delivery;
  private final ReentrantLock subscribeLock = new ReentrantLock();
  private volatile boolean cancelled;
  private volatile boolean done;
  private volatile PubSubConnection connection;
  private volatile long serverId;

  LiveSubscription(
      PubSubClient owner,
      String method,
      String unsubscribeMethod,
      ArrayNode params,
      boolean oneShot,
      Consumer<JsonNode> delivery) {
    this.owner = owner;
    this.method = method;
    this.unsubscribeMethod = unsubscribeMethod;
    this.params = params;
    this.oneShot = oneShot;
    this.delivery = delivery;
  }

  @Override
  public String method() {
    return method;
  }

  boolean oneShot() {
    return oneShot;
  }

  @Override
  public boolean isActive() {
    return !cancelled && !done && !owner.isClosed();
  }

  @Override
  public OptionalLong serverId() {
    PubSubConnection c = connection;
    return c == null || c.isDead() ? OptionalLong.empty() : OptionalLong.of(serverId);
  }

  /// Subscribes on `c` unless already subscribed there; throws what the node answers.
  void subscribeOn(PubSubConnection c) {
    subscribeLock.lock();
    try {
      if (cancelled || done || connection == c) {
        return;
      }
      c.request(method, params.deepCopy(), owner.config().requestTimeout(), this);
    } finally {
      subscribeLock.unlock();
    }
  }

  /// Called on the reading thread when the node answered the subscribe request with its id.
  void bound(PubSubConnection c, long id) {
    serverId = id;
    connection = c;
    if (cancelled) {
      c.forget(id);
      Thread.startVirtualThread(() -> unsubscribe(c, id));
    }
  }

  private void unsubscribe(PubSubConnection c, long id) {
    c.send(unsubscribeMethod, RpcJson.mapper().createArrayNode().add(id), null)
        .exceptionally(e -> null);
  }

  /// Runs on the delivery thread.
  void deliver(JsonNode result) {
    if (cancelled) {
      return;
    }
    if (oneShot) {
      done = true;
      owner.forget(this);
    }
    delivery.accept(result);
  }

  @Override
  public void close() {
    if (cancelled) {
      return;
    }
    cancelled = true;
    owner.forget(this);
    PubSubConnection c = connection;
    if (c != null && !c.isDead() && !done) {
      long id = serverId;
      c.forget(id);
      unsubscribe(c, id);
    }
  }

  static boolean connectionWasLost(RpcException e, PubSubConnection c) {
    return e.kind() == RpcErrorKind.TRANSPORT && c.isDead();
  }
}
