package doublezero.sdk.solana.pubsub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.AccountFilter;
import doublezero.sdk.solana.rpc.AccountInfo;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.RpcErrorKind;
import doublezero.sdk.solana.rpc.RpcException;
import doublezero.sdk.solana.rpc.RpcJson;
import doublezero.sdk.solana.rpc.TransactionError;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;

/// A Solana PubSub (WebSocket) client over the JDK's `java.net.http.WebSocket` (Solana "RPC
/// WebSocket API").
///
/// Listeners run on one delivery thread per client, in the order the node sent the notifications; a
/// slow listener delays the others. When the socket drops the client reconnects with bounded
/// exponential backoff and subscribes every live [Subscription] again (see [ConnectionListener]).
/// [#close()] stops everything. Thread-safe.
public final class PubSubClient implements AutoCloseable {
  private final URI uri;
  private final PubSubConfig config;
  private final ConnectionListener listener;
  private final HttpClient http;
  private final ExecutorService delivery =
      Executors.newSingleThreadExecutor(
          Thread.ofVirtual().name("solana-pubsub-delivery").factory());
  private final Set<LiveSubscription> live = ConcurrentHashMap.newKeySet();
  private final Reconnector reconnector;
  private volatile PubSubConnection connection;
  private volatile boolean closed;

  private PubSubClient(URI uri, PubSubConfig config, ConnectionListener listener) {
    this.uri = uri;
    this.config = config;
    this.listener = listener;
    this.http = HttpClient.newBuilder().connectTimeout(config.requestTimeout()).build();
    this.reconnector = new Reconnector(this);
  }

  /// Connects to a node's PubSub endpoint.
  ///
  /// @param url `ws://` or `wss://` URL, e.g. `wss://api.devnet.solana.com` (a validator listens on
  ///   its RPC port + 1)
  /// @param config timeouts, reconnect backoff, default commitment
  /// @param listener connection events (use [ConnectionListener#NONE] to ignore them)
  /// @return the connected client
  /// @throws IllegalArgumentException when the URL is not ws(s)
  /// @throws RpcException (TRANSPORT) when the first connection fails
  public static PubSubClient connect(String url, PubSubConfig config, ConnectionListener listener) {
    URI uri = URI.create(url);
    if (!"ws".equalsIgnoreCase(uri.getScheme()) && !"wss".equalsIgnoreCase(uri.getScheme())) {
      throw new IllegalArgumentException("PubSub URL must be ws or wss, got " + url);
    }
    PubSubClient client = new PubSubClient(uri, config, listener);
    try {
      client.connection = client.open();
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
    return client;
  }

  /// @return the node's URL
  public String url() {
    return uri.toString();
  }

  /// `accountSubscribe` with `encoding: base64` at the default commitment.
  ///
  /// @param account the address to watch
  /// @param listener called with each change
  /// @return the subscription
  /// @throws RpcException when the node refuses the subscription or does not answer in time
  public Subscription accountSubscribe(PublicKey account, Consumer<AccountNotification> listener) {
    return accountSubscribe(account, config.commitment(), listener);
  }

  /// `accountSubscribe` with `encoding: base64`.
  ///
  /// @param account the address to watch
  /// @param commitment when to notify
  /// @param listener called with each change
  /// @return the subscription
  /// @throws RpcException when the node refuses the subscription or does not answer in time
  public Subscription accountSubscribe(
      PublicKey account, Commitment commitment, Consumer<AccountNotification> listener) {
    ArrayNode params =
        RpcJson.mapper()
            .createArrayNode()
            .add(account.toBase58())
            .add(options(commitment).put("encoding", "base64"));
    return subscribe(
        "accountSubscribe",
        "accountUnsubscribe",
        params,
        false,
        r ->
            new AccountNotification(
                RpcJson.u64(r.path("context"), "slot"), AccountInfo.fromJson(r.path("value"))),
        listener);
  }

  /// `programSubscribe` with `encoding: base64` at the default commitment.
  ///
  /// @param programId the owning program
  /// @param filters `dataSize` / `memcmp` filters, all of which must match
  /// @param listener called with each changed account
  /// @return the subscription
  /// @throws RpcException when the node refuses the subscription or does not answer in time
  public Subscription programSubscribe(
      PublicKey programId, List<AccountFilter> filters, Consumer<ProgramNotification> listener) {
    return programSubscribe(programId, filters, config.commitment(), listener);
  }

  /// `programSubscribe` with `encoding: base64`.
  ///
  /// @param programId the owning program
  /// @param filters `dataSize` / `memcmp` filters, all of which must match
  /// @param commitment when to notify
  /// @param listener called with each changed account
  /// @return the subscription
  /// @throws RpcException when the node refuses the subscription or does not answer in time
  public Subscription programSubscribe(
      PublicKey programId,
      List<AccountFilter> filters,
      Commitment commitment,
      Consumer<ProgramNotification> listener) {
    ObjectNode opts = options(commitment).put("encoding", "base64");
    if (!filters.isEmpty()) {
      ArrayNode f = opts.putArray("filters");
      filters.forEach(filter -> f.add(filter.toJson()));
    }
    ArrayNode params = RpcJson.mapper().createArrayNode().add(programId.toBase58()).add(opts);
    return subscribe(
        "programSubscribe",
        "programUnsubscribe",
        params,
        false,
        r -> {
          JsonNode value = r.path("value");
          return new ProgramNotification(
              RpcJson.u64(r.path("context"), "slot"),
              RpcJson.publicKey(value, "pubkey"),
              AccountInfo.fromJson(value.path("account")));
        },
        listener);
  }

  /// `signatureSubscribe`: one notification when the transaction reaches `commitment`, then the
  /// subscription ends.
  ///
  /// @param signature the transaction signature (base58)
  /// @param commitment when to notify
  /// @param listener called once, with the transaction's error if it failed
  /// @return the subscription
  /// @throws RpcException when the node refuses the subscription or does not answer in time
  public Subscription signatureSubscribe(
      String signature, Commitment commitment, Consumer<SignatureNotification> listener) {
    ArrayNode params = RpcJson.mapper().createArrayNode().add(signature).add(options(commitment));
    return subscribe(
        "signatureSubscribe",
        "signatureUnsubscribe",
        params,
        true,
        r -> {
          JsonNode err = r.path("value").path("err");
          Optional<TransactionError> e =
              err.isNull() || err.isMissingNode()
                  ? Optional.empty()
                  : Optional.of(TransactionError.fromJson(err));
          return new SignatureNotification(RpcJson.u64(r.path("context"), "slot"), e);
        },
        listener);
  }

  /// `slotSubscribe`: every slot the node processes.
  ///
  /// @param listener called with each slot
  /// @return the subscription
  /// @throws RpcException when the node refuses the subscription or does not answer in time
  public Subscription slotSubscribe(Consumer<SlotNotification> listener) {
    return subscribe(
        "slotSubscribe",
        "slotUnsubscribe",
        RpcJson.mapper().createArrayNode(),
        false,
        r ->
            new SlotNotification(
                RpcJson.u64(r, "slot"), RpcJson.u64(r, "parent"), RpcJson.u64(r, "root")),
        listener);
  }

  /// Stops delivery, closes every subscription and the socket, and stops reconnecting. Idempotent.
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    reconnector.stop();
    live.clear();
    PubSubConnection c = connection;
    connection = null;
    if (c != null) {
      c.shutdown();
    }
    delivery.shutdownNow();
    http.shutdownNow();
  }

  private <T> Subscription subscribe(
      String method,
      String unsubscribe,
      ArrayNode params,
      boolean oneShot,
      Function<JsonNode, T> decode,
      Consumer<T> consumer) {
    if (closed) {
      throw new IllegalStateException("PubSub client for " + uri + " is closed");
    }
    LiveSubscription sub =
        new LiveSubscription(
            this, method, unsubscribe, params, oneShot, r -> consumer.accept(decode.apply(r)));
    live.add(sub);
    PubSubConnection c = connection;
    if (c != null) {
      try {
        sub.subscribeOn(c);
      } catch (RpcException e) {
        if (!LiveSubscription.connectionWasLost(e, c)) {
          sub.close();
          throw e;
        }
      }
    }
    return sub;
  }

  private static ObjectNode options(Commitment commitment) {
    return RpcJson.object().put("commitment", commitment.wireName());
  }

  PubSubConnection open() {
    return PubSubConnection.open(this, http, uri, config.requestTimeout());
  }

  PubSubConfig config() {
    return config;
  }

  boolean isClosed() {
    return closed;
  }

  void forget(LiveSubscription sub) {
    live.remove(sub);
  }

  /// Subscribes every live subscription on `c`; a refused one is closed and reported.
  void resubscribeAll(PubSubConnection c) {
    for (LiveSubscription sub : List.copyOf(live)) {
      try {
        sub.subscribeOn(c);
      } catch (RpcException e) {
        if (c.isDead()) {
          return;
        }
        if (e.kind() == RpcErrorKind.JSON_RPC) {
          sub.close();
        }
        reportError(e);
      }
    }
  }

  void installed(PubSubConnection c) {
    connection = c;
  }

  void deliver(LiveSubscription sub, JsonNode result) {
    run(() -> sub.deliver(result));
  }

  void reportError(RuntimeException e) {
    run(() -> listener.onError(e));
  }

  void reconnected() {
    run(listener::onReconnected);
  }

  void connectionLost(PubSubConnection c, Throwable cause) {
    if (closed || c != connection) {
      return;
    }
    connection = null;
    if (reconnector.start()) {
      run(() -> listener.onDisconnected(cause));
    }
  }

  private void run(Runnable task) {
    if (closed) {
      return;
    }
    try {
      delivery.execute(
          () -> {
            try {
              task.run();
            } catch (RuntimeException e) {
              if (!closed) {
                try {
                  listener.onError(e);
                } catch (RuntimeException ignored) {
                  // a failing error listener must not stop delivery
                }
              }
            }
          });
    } catch (RejectedExecutionException e) {
      // closed concurrently: nothing more to deliver
    }
  }
}
