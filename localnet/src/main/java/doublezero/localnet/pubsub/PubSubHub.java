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
import doublezero.sdk.solana.key.PublicKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/// Solana PubSub over WebSocket: accountSubscribe, programSubscribe (with filters), signatureSubscribe,
/// slotSubscribe and their unsubscribes; notifications shaped as Solana's `rpc/src/rpc_subscriptions.rs` sends them.
/// Notifications go out after the change is durable.
public final class PubSubHub implements LedgerListener {
  private final RpcContext ctx;
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, Subscription> byId = new ConcurrentHashMap<>();

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
      reply(session, JsonRpcDispatcher.error(null, new RpcException(RpcException.PARSE_ERROR, "Parse error", null)));
      return;
    }
    if (!req.isObject() || !req.path("method").isTextual()) {
      reply(session, JsonRpcDispatcher.error(null, new RpcException(RpcException.INVALID_REQUEST, "Invalid request", null)));
      return;
    }
    Object id = req.path("id").isNumber() ? req.get("id").numberValue() : req.path("id").asText(null);
    try {
      Params p = new Params(req.get("params"));
      Object result = switch (req.get("method").asText()) {
        case "accountSubscribe" -> subscribeAccount(session, p);
        case "programSubscribe" -> subscribeProgram(session, p);
        case "signatureSubscribe" -> subscribeSignature(session, p, id);
        case "slotSubscribe" -> add(session, Subscription.Kind.SLOT, null, null, null);
        case "accountUnsubscribe" -> unsubscribe(session, p, Subscription.Kind.ACCOUNT);
        case "programUnsubscribe" -> unsubscribe(session, p, Subscription.Kind.PROGRAM);
        case "signatureUnsubscribe" -> unsubscribe(session, p, Subscription.Kind.SIGNATURE);
        case "slotUnsubscribe" -> unsubscribe(session, p, Subscription.Kind.SLOT);
        default -> throw new RpcException(RpcException.METHOD_NOT_FOUND, "Method not found", null);
      };
      if (result != null) {
        reply(session, Json.obj("jsonrpc", "2.0", "result", result, "id", id));
      }
    } catch (RpcException e) {
      reply(session, JsonRpcDispatcher.error(id, e));
    } catch (RuntimeException e) {
      reply(session, JsonRpcDispatcher.error(id, new RpcException(RpcException.INTERNAL_ERROR, "Internal error", null)));
    }
  }

  /// Drops every subscription of a closed session.
  public void onClose(PubSubSession session) {
    byId.values().removeIf(s -> s.session() == session);
  }

  /// Live subscriptions (for tests and logs).
  public int size() {
    return byId.size();
  }

  private long subscribeAccount(PubSubSession session, Params p) {
    PublicKey key = p.pubkey(0, "pubkey");
    JsonNode cfg = p.config(1);
    return add(session, Subscription.Kind.ACCOUNT, key, AccountEncoder.from(cfg, "binary"), null);
  }

  private long subscribeProgram(PubSubSession session, Params p) {
    PublicKey key = p.pubkey(0, "pubkey");
    JsonNode cfg = p.config(1);
    return add(session, Subscription.Kind.PROGRAM, key, AccountEncoder.from(cfg, "binary"),
        AccountMethods.filters(cfg.path("filters")));
  }

  private Object subscribeSignature(PubSubSession session, Params p, Object reqId) {
    String sig = p.string(0, "signature");
    p.config(1);
    long id = add(session, Subscription.Kind.SIGNATURE, sig, null, null);
    reply(session, Json.obj("jsonrpc", "2.0", "result", id, "id", reqId));
    TransactionStatus st = ctx.bank().status(sig, true);
    if (st != null && byId.remove(id) != null) {
      notify(session, Subscription.Kind.SIGNATURE, id, Json.obj("context", Json.obj("slot", st.slot()),
          "value", Json.obj("err", st.err())));
    }
    return null;
  }

  private long add(PubSubSession session, Subscription.Kind kind, Object key, AccountEncoder enc,
      java.util.function.Predicate<Account> filter) {
    long id = ids.incrementAndGet();
    byId.put(id, new Subscription(id, kind, session, key, enc, filter));
    return id;
  }

  private boolean unsubscribe(PubSubSession session, Params p, Subscription.Kind kind) {
    long id = p.u64(0, "subscription_id");
    Subscription s = byId.get(id);
    if (s == null || s.kind() != kind || s.session() != session || byId.remove(id) == null) {
      throw RpcException.invalidParamsRaw("Invalid subscription id.");
    }
    return true;
  }

  @Override
  public void onSlot(long slot) {
    for (Subscription s : byId.values()) {
      if (s.kind() == Subscription.Kind.SLOT) {
        notify(s.session(), s.kind(), s.id(), Json.obj("parent", slot - 1, "root", Math.max(0, slot - 1), "slot", slot));
      }
    }
  }

  @Override
  public void onTransaction(TransactionStatus status, Map<PublicKey, Account> writes) {
    onWrites(status.slot(), writes);
    for (Subscription s : byId.values()) {
      if (s.kind() == Subscription.Kind.SIGNATURE && status.signature().equals(s.key()) && byId.remove(s.id()) != null) {
        notify(s.session(), s.kind(), s.id(), Json.obj("context", Json.obj("slot", status.slot()),
            "value", Json.obj("err", status.err())));
      }
    }
  }

  @Override
  public void onWrites(long slot, Map<PublicKey, Account> writes) {
    if (byId.isEmpty()) {
      return;
    }
    for (Subscription s : byId.values()) {
      switch (s.kind()) {
        case ACCOUNT -> {
          Account a = writes.get((PublicKey) s.key());
          if (a != null) {
            notify(s.session(), s.kind(), s.id(), Json.obj("context", Json.obj("slot", slot),
                "value", s.encoder().encode(visible(a))));
          }
        }
        case PROGRAM -> writes.forEach((k, a) -> {
          if (a.owner().equals(s.key()) && a.lamports() != 0 && s.filter().test(a)) {
            notify(s.session(), s.kind(), s.id(), Json.obj("context", Json.obj("slot", slot),
                "value", Json.obj("account", s.encoder().encode(a), "pubkey", k.toBase58())));
          }
        });
        case SIGNATURE, SLOT -> { }
      }
    }
  }

  /// A deleted account is reported as Solana does: 0 lamports, system owner, no data.
  private static Account visible(Account a) {
    return a.lamports() == 0 ? Account.system(0) : a;
  }

  private void notify(PubSubSession session, Subscription.Kind kind, long id, Object result) {
    reply(session, Json.obj("jsonrpc", "2.0", "method", kind.notification,
        "params", Json.obj("result", result, "subscription", id)));
  }

  private static void reply(PubSubSession session, Object tree) {
    session.send(new String(JsonRpcDispatcher.write(tree), StandardCharsets.UTF_8));
  }
}
