package doublezero.sdk.solana.pubsub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import doublezero.sdk.solana.rpc.RpcErrorKind;
import doublezero.sdk.solana.rpc.RpcException;
import doublezero.sdk.solana.rpc.RpcJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/// One WebSocket to the node: JSON-RPC requests with their pending answers, and the node's
/// subscription ids on this socket. The JDK reads messages on one thread at a time, in order;
/// subscribe answers are bound to their subscription here, before any later notification of that id
/// is read.
final class PubSubConnection implements WebSocket.Listener {
  private final PubSubClient owner;
  private final String url;
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final Map<Long, LiveSubscription> subscribing = new ConcurrentHashMap<>();
  private final Map<Long, LiveSubscription> byServerId = new ConcurrentHashMap<>();
  private final ReentrantLock sendLock = new ReentrantLock();
  private final AtomicBoolean dead = new AtomicBoolean();
  private final StringBuilder partial = new StringBuilder();
  private volatile WebSocket socket;

  private PubSubConnection(PubSubClient owner, String url) {
    this.owner = owner;
    this.url = url;
  }

  static PubSubConnection open(PubSubClient owner, HttpClient http, URI uri, Duration timeout) {
    PubSubConnection c = new PubSubConnection(owner, uri.toString());
    try {
      c.socket =
          http.newWebSocketBuilder()
              .connectTimeout(timeout)
              .buildAsync(uri, c)
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return c;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw c.transport("connecting to " + uri + " interrupted", e);
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw c.transport("WebSocket connection to " + uri + " failed: " + cause, cause);
    }
  }

  boolean isDead() {
    return dead.get();
  }

  /// Sends a request and waits for its answer; `subscription` is bound to the returned id when not
  /// null.
  JsonNode request(
      String method, ArrayNode params, Duration timeout, LiveSubscription subscription) {
    CompletableFuture<JsonNode> answer = send(method, params, subscription);
    try {
      return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw transport(method + " to " + url + " interrupted", e);
    } catch (TimeoutException e) {
      throw transport(method + " to " + url + ": no answer within " + timeout, e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RpcException r
          ? r
          : transport(method + " to " + url + " failed: " + e.getCause(), e.getCause());
    }
  }

  /// Sends a request without waiting for the answer.
  CompletableFuture<JsonNode> send(String method, ArrayNode params, LiveSubscription subscription) {
    long id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    if (subscription != null) {
      subscribing.put(id, subscription);
    }
    ObjectNode body = RpcJson.object().put("jsonrpc", "2.0").put("id", id).put("method", method);
    body.set("params", params);
    sendLock.lock();
    try {
      if (dead.get()) {
        throw transport(method + " to " + url + ": connection lost", null);
      }
      socket.sendText(body.toString(), true).get(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(id, transport(method + " to " + url + " interrupted", e));
    } catch (ExecutionException | TimeoutException | RpcException e) {
      fail(
          id,
          e instanceof RpcException r ? r : transport(method + " to " + url + " failed: " + e, e));
    } finally {
      sendLock.unlock();
    }
    return answer;
  }

  void forget(long serverId) {
    byServerId.remove(serverId);
  }

  /// Closes the socket without reporting a loss.
  void shutdown() {
    if (dead.compareAndSet(false, true)) {
      failPending("connection closed");
      WebSocket ws = socket;
      if (ws != null) {
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "")
            .orTimeout(1, TimeUnit.SECONDS)
            .whenComplete((w, e) -> ws.abort());
      }
    }
  }

  @Override
  public void onOpen(WebSocket ws) {
    socket = ws;
    ws.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      String text = partial.toString();
      partial.setLength(0);
      try {
        dispatch(RpcJson.parse(text));
      } catch (RuntimeException e) {
        owner.reportError(e);
      }
    }
    ws.request(1);
    return null;
  }

  private void dispatch(JsonNode message) {
    JsonNode id = message.get("id");
    if (id != null && id.isIntegralNumber()) {
      answer(id.longValue(), message);
      return;
    }
    JsonNode params = message.path("params");
    long serverId = RpcJson.u64(params, "subscription");
    LiveSubscription sub = byServerId.get(serverId);
    if (sub == null) {
      return; // unsubscribed or from before a resubscribe: nobody listens
    }
    if (sub.oneShot()) {
      byServerId.remove(serverId);
    }
    owner.deliver(sub, params.path("result"));
  }

  private void answer(long id, JsonNode message) {
    CompletableFuture<JsonNode> future = pending.remove(id);
    LiveSubscription sub = subscribing.remove(id);
    JsonNode error = message.get("error");
    if (error != null && !error.isNull()) {
      int code = error.path("code").asInt();
      String method = sub == null ? null : sub.method();
      RpcException e =
          new RpcException(
              RpcErrorKind.JSON_RPC,
              url,
              method,
              code,
              0,
              (method == null ? "request" : method)
                  + " failed at "
                  + url
                  + ": "
                  + error.path("message").asText()
                  + " (code "
                  + code
                  + ")",
              error.get("data"),
              null);
      if (future != null) {
        future.completeExceptionally(e);
      }
      return;
    }
    JsonNode result = message.path("result");
    if (sub != null) {
      long serverId = RpcJson.u64Value(result, "subscription id");
      byServerId.put(serverId, sub);
      sub.bound(this, serverId);
    }
    if (future != null) {
      future.complete(result);
    }
  }

  @Override
  public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
    lost(null);
    return null;
  }

  @Override
  public void onError(WebSocket ws, Throwable error) {
    lost(error);
  }

  private void lost(Throwable cause) {
    if (dead.compareAndSet(false, true)) {
      failPending("connection lost");
      owner.connectionLost(this, cause);
    }
  }

  private void failPending(String why) {
    for (Long id : pending.keySet()) {
      fail(id, transport(why + " to " + url, null));
    }
  }

  private void fail(long id, RpcException e) {
    subscribing.remove(id);
    CompletableFuture<JsonNode> f = pending.remove(id);
    if (f != null) {
      f.completeExceptionally(e);
    }
  }

  private RpcException transport(String message, Throwable cause) {
    return new RpcException(RpcErrorKind.TRANSPORT, url, null, 0, 0, message, null, cause);
  }
}
