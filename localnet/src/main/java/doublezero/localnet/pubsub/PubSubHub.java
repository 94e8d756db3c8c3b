package doublezero.localnet.pubsub;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.ledger.Account;
import doublezero.localnet.ledger.TransactionStatus;
import doublezero.localnet.node.LedgerListener;
import doublezero.localnet.rpc.AccountEncoder;
import doublezero.localnet.rpc.AccountMethods;
import doublezero.localnet.rpc.Json;
import doublezero.localnet.rpc.JsonRpcDispatcher;
import doublezero.localnet.rpc.Params;
import doublezero.localnet.rpc.RpcContext;
import doublezero.localnet.rpc.RpcException;
import doublezero.localnet.rpc.TransactionMethods;
import doublezero.sdk.solana.key.PublicKey;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/// Solana PubSub over WebSocket: accountSubscribe, programSubscribe (with filters),
/// signatureSubscribe, slotSubscribe and their unsubscribes; notifications shaped as Solana's
/// `rpc/src/rpc_subscriptions.rs` sends them. Notifications go out after the change is durable,
/// built on the hub's own thread ({@link Notifier}), never on the ledger's commit path.
public final class PubSubHub implements LedgerListener, AutoCloseable {
  private final RpcContext ctx;
  private final AtomicLong ids = new AtomicLong();
  private final SubscriptionIndex index = new SubscriptionIndex();
  private final Notifier notifier = new Notifier(index);

  /// @param ctx shared RPC state (for the bank)
  public PubSubHub(RpcContext ctx) {
    this.ctx = ctx;
  }

  /// Handles one text frame from `session`.
  public void onMessage(PubSubSession session, String text) {
    JsonNode req;
    try {
      req = JsonRpcDispatcher.JSON.readTree(text);
    } catch (IOException e) {
      req = null;
    }
    if (req == null || req.isMissingNode()) {
      reply(
          session,
          JsonRpcDispatcher.error(
              null, new RpcException(RpcException.PARSE_ERROR, "Parse error", null)));
      return;
    }
    if (!req.isObject() || !req.path("method").isTextual() || !JsonRpcDispatcher.validId(req)) {
      reply(
          session,
          JsonRpcDispatcher.error(
              null, new RpcException(RpcException.INVALID_REQUEST, "Invalid request", null)));
      return;
    }
    Object id =
        req.path("id").isNumber() ? req.get("id").numberValue() : req.path("id").asText(null);
    try {
      Params p = new Params(req.get("params"));
      Object result =
          switch (req.get("method").asText()) {
            case "accountSubscribe" -> subscribeAccount(session, p);
            case "programSubscribe" -> subscribeProgram(session, p);
            case "signatureSubscribe" -> subscribeSignature(session, p, id);
            case "slotSubscribe" -> add(session, Subscription.Kind.SLOT, null, null, null);
            case "accountUnsubscribe" -> unsubscribe(session, p, Subscription.Kind.ACCOUNT);
            case "programUnsubscribe" -> unsubscribe(session, p, Subscription.Kind.PROGRAM);
            case "signatureUnsubscribe" -> unsubscribe(session, p, Subscription.Kind.SIGNATURE);
            case "slotUnsubscribe" -> unsubscribe(session, p, Subscription.Kind.SLOT);
            default ->
                throw new RpcException(RpcException.METHOD_NOT_FOUND, "Method not found", null);
          };
      if (result != null) {
        reply(session, Json.obj("jsonrpc", "2.0", "result", result, "id", id));
      }
    } catch (RpcException e) {
      reply(session, JsonRpcDispatcher.error(id, e));
    } catch (RuntimeException e) {
      reply(
          session,
          JsonRpcDispatcher.error(
              id, new RpcException(RpcException.INTERNAL_ERROR, "Internal error", null)));
    }
  }

  /// Drops every subscription of a closed session.
  public void onClose(PubSubSession session) {
    index.removeSession(session);
  }

  /// Live subscriptions (for tests and logs).
  public int size() {
    return index.size();
  }

  /// Sends the notifications already queued, then stops the notifier thread.
  @Override
  public void close() {
    notifier.close();
  }

  private long subscribeAccount(PubSubSession session, Params p) {
    PublicKey key = pubkey(p.string(0, "pubkey"));
    JsonNode cfg = p.config(1);
    return add(session, Subscription.Kind.ACCOUNT, key, AccountEncoder.from(cfg, "binary"), null);
  }

  private long subscribeProgram(PubSubSession session, Params p) {
    PublicKey key = pubkey(p.string(0, "pubkey"));
    JsonNode cfg = p.config(1);
    return add(
        session,
        Subscription.Kind.PROGRAM,
        key,
        AccountEncoder.from(cfg, "binary"),
        AccountMethods.filters(cfg.path("filters")));
  }

  private Object subscribeSignature(PubSubSession session, Params p, Object reqId) {
    String sig = p.string(0, "signature");
    try {
      TransactionMethods.verifySignature(sig);
    } catch (RpcException e) {
      throw RpcException.invalidParamsRaw("Invalid Request: Invalid signature provided");
    }
    p.config(1);
    long id = add(session, Subscription.Kind.SIGNATURE, sig, null, null);
    reply(session, Json.obj("jsonrpc", "2.0", "result", id, "id", reqId));
    TransactionStatus st = ctx.bank().status(sig, true);
    Subscription sub = index.get(id);
    if (st != null && sub != null && index.remove(id)) {
      Notifier.notify(
          sub,
          Json.obj("context", Json.obj("slot", st.slot()), "value", Json.obj("err", st.err())));
    }
    return null;
  }

  /// Agave `rpc_pubsub.rs` `param::<Pubkey>`: -32602 "Invalid Request: Invalid pubkey provided".
  private static PublicKey pubkey(String s) {
    try {
      return PublicKey.fromBase58(s);
    } catch (IllegalArgumentException e) {
      throw RpcException.invalidParamsRaw("Invalid Request: Invalid pubkey provided");
    }
  }

  private long add(
      PubSubSession session,
      Subscription.Kind kind,
      Object key,
      AccountEncoder enc,
      Predicate<Account> filter) {
    long id = ids.incrementAndGet();
    index.add(new Subscription(id, kind, session, key, enc, filter));
    return id;
  }

  private boolean unsubscribe(PubSubSession session, Params p, Subscription.Kind kind) {
    long id = p.u64(0, "subscription_id");
    Subscription s = index.get(id);
    if (s == null || s.kind() != kind || s.session() != session || !index.remove(id)) {
      throw RpcException.invalidParamsRaw("Invalid subscription id.");
    }
    return true;
  }

  @Override
  public void onSlot(long slot) {
    notifier.offer(new Notifier.SlotChange(slot));
  }

  @Override
  public void onTransaction(TransactionStatus status, Map<PublicKey, Account> writes) {
    notifier.offer(new Notifier.TxChange(status, writes));
  }

  @Override
  public void onWrites(long slot, Map<PublicKey, Account> writes) {
    notifier.offer(new Notifier.WritesChange(slot, writes));
  }

  private static void reply(PubSubSession session, Object tree) {
    session.send(JsonRpcDispatcher.write(tree));
  }
}
