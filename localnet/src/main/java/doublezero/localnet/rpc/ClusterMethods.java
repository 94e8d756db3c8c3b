package doublezero.localnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.ledger.BlockhashQueue;
import doublezero.localnet.runtime.Bank;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.key.Base58;
import doublezero.sdk.solana.tx.Message;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/// Cluster and clock methods: getLatestBlockhash, isBlockhashValid, getFeeForMessage, getEpochInfo,
/// getEpochSchedule, getSlot, getBlockHeight, getTransactionCount, getVersion, getHealth,
/// getGenesisHash, getIdentity, getRecentPrioritizationFees.
public final class ClusterMethods {
  private static final int MAX_TX_ACCOUNT_LOCKS = 128;
  private static final int MAX_BASE58_HASH = 44;
  private final RpcContext ctx;

  /// @param ctx shared state
  public ClusterMethods(RpcContext ctx) {
    this.ctx = ctx;
  }

  /// Adds this group's methods to `table`.
  public void register(Map<String, RpcMethod> t) {
    Bank b = ctx.bank();
    t.put(
        "getLatestBlockhash",
        p -> {
          JsonNode cfg = p.config(0);
          BlockhashQueue.Entry e = b.blockhashes().latest();
          return ctx.withContext(
              cfg,
              Json.obj(
                  "blockhash",
                  e.base58(),
                  "lastValidBlockHeight",
                  e.slot() + BlockhashQueue.MAX_AGE));
        });
    t.put(
        "isBlockhashValid",
        p -> {
          byte[] hash = parseHash(p.string(0, "blockhash"));
          JsonNode cfg = p.config(1);
          return ctx.withContext(cfg, b.blockhashes().validSlot(hash, b.slot()) >= 0);
        });
    t.put("getFeeForMessage", this::feeForMessage);
    t.put(
        "getEpochInfo",
        p -> {
          JsonNode cfg = p.config(0);
          ctx.context(cfg);
          long slot = b.slot(RpcContext.durable(cfg));
          return Json.obj(
              "absoluteSlot",
              slot,
              "blockHeight",
              slot,
              "epoch",
              slot / b.slotsPerEpoch(),
              "slotIndex",
              slot % b.slotsPerEpoch(),
              "slotsInEpoch",
              b.slotsPerEpoch(),
              "transactionCount",
              b.transactionCount());
        });
    t.put(
        "getEpochSchedule",
        none(
            p ->
                Json.obj(
                    "firstNormalEpoch",
                    0,
                    "firstNormalSlot",
                    0,
                    "leaderScheduleSlotOffset",
                    b.slotsPerEpoch(),
                    "slotsPerEpoch",
                    b.slotsPerEpoch(),
                    "warmup",
                    false)));
    t.put(
        "getSlot",
        p -> {
          JsonNode cfg = p.config(0);
          ctx.context(cfg);
          return b.slot(RpcContext.durable(cfg));
        });
    t.put(
        "getBlockHeight",
        p -> {
          JsonNode cfg = p.config(0);
          ctx.context(cfg);
          return b.slot(RpcContext.durable(cfg));
        });
    t.put(
        "getTransactionCount",
        p -> {
          ctx.context(p.config(0));
          return b.transactionCount();
        });
    t.put(
        "getVersion",
        none(
            p ->
                Json.obj(
                    "feature-set", RpcContext.FEATURE_SET, "solana-core", RpcContext.VERSION)));
    t.put("getHealth", none(p -> "ok"));
    t.put("getGenesisHash", none(p -> Base58.encode(b.genesisHash())));
    t.put("getIdentity", none(p -> Json.obj("identity", ctx.identity().publicKey().toBase58())));
    t.put(
        "getRecentPrioritizationFees",
        p -> {
          if (p.size() > 0 && !p.raw(0).isNull()) {
            JsonNode keys = p.raw(0);
            if (!keys.isArray()) {
              throw RpcException.invalidParams(
                  "invalid type: " + Params.describe(keys) + ", expected a sequence");
            }
            if (keys.size() > MAX_TX_ACCOUNT_LOCKS) {
              throw RpcException.invalidParamsRaw(
                  "Too many inputs provided; max " + MAX_TX_ACCOUNT_LOCKS);
            }
            for (JsonNode k : keys) {
              Params.parsePubkey(k.asText());
            }
          }
          List<Object> out = new ArrayList<>();
          for (BlockhashQueue.Entry e : b.blockhashes().entries()) {
            if (b.slot() - e.slot() < BlockhashQueue.MAX_AGE) {
              out.add(Json.obj("prioritizationFee", 0, "slot", e.slot()));
            }
          }
          return out;
        });
  }

  /// A method that takes no parameters: a non-empty params array is -32602 as jsonrpc-core's
  /// `expect_no_params` ("Invalid parameters: No parameters were expected").
  private static RpcMethod none(RpcMethod m) {
    return p -> {
      if (p.size() > 0) {
        throw RpcException.invalidParamsRaw("Invalid parameters: No parameters were expected");
      }
      return m.call(p);
    };
  }

  /// Parses a base58 hash as Solana's `Hash::from_str`, failing with -32602 `WrongSize` or
  /// `Invalid` as `rpc/src/rpc.rs` (`is_blockhash_valid`) reports the parse error's debug form.
  static byte[] parseHash(String s) {
    if (s.length() > MAX_BASE58_HASH) {
      throw RpcException.invalidParamsRaw("WrongSize");
    }
    byte[] h;
    try {
      h = Base58.decode(s);
    } catch (IllegalArgumentException e) {
      throw RpcException.invalidParamsRaw("Invalid");
    }
    if (h.length != 32) {
      throw RpcException.invalidParamsRaw("WrongSize");
    }
    return h;
  }

  private Object feeForMessage(Params p) {
    String text = p.string(0, "message");
    JsonNode cfg = p.config(1);
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw RpcException.invalidParamsRaw("invalid base64 encoding: " + e.getMessage());
    }
    Message m;
    try {
      m = Message.deserialize(raw);
    } catch (IllegalArgumentException | DecodeException e) {
      throw RpcException.invalidParamsRaw(
          "failed to deserialize solana_message::versioned::VersionedMessage: " + e.getMessage());
    }
    Bank b = ctx.bank();
    boolean valid = b.blockhashes().validSlot(m.recentBlockhash().toBytes(), b.slot()) >= 0;
    Object fee = valid ? Bank.LAMPORTS_PER_SIGNATURE * m.header().numRequiredSignatures() : null;
    return ctx.withContext(cfg, fee);
  }
}
