package doublezero.localnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.ledger.BlockhashQueue;
import doublezero.localnet.runtime.Bank;
import doublezero.sdk.solana.key.Base58;
import doublezero.sdk.solana.tx.Message;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/// Cluster and clock methods: getLatestBlockhash, isBlockhashValid, getFeeForMessage, getEpochInfo,
/// getEpochSchedule, getSlot, getBlockHeight, getTransactionCount, getVersion, getHealth, getGenesisHash,
/// getIdentity, getRecentPrioritizationFees.
public final class ClusterMethods {
  private final RpcContext ctx;

  /// @param ctx shared state
  public ClusterMethods(RpcContext ctx) {
    this.ctx = ctx;
  }

  /// Adds this group's methods to `table`.
  public void register(Map<String, RpcMethod> t) {
    Bank b = ctx.bank();
    t.put("getLatestBlockhash", p -> {
      JsonNode cfg = p.config(0);
      BlockhashQueue.Entry e = b.blockhashes().latest();
      return ctx.withContext(cfg, Json.obj("blockhash", e.base58(),
          "lastValidBlockHeight", e.slot() + BlockhashQueue.MAX_AGE));
    });
    t.put("isBlockhashValid", p -> {
      byte[] hash = decodeHash(p.string(0, "blockhash"));
      JsonNode cfg = p.config(1);
      return ctx.withContext(cfg, hash != null && b.blockhashes().validSlot(hash, b.slot()) >= 0);
    });
    t.put("getFeeForMessage", this::feeForMessage);
    t.put("getEpochInfo", p -> {
      p.config(0);
      long slot = b.slot();
      return Json.obj("absoluteSlot", slot, "blockHeight", slot, "epoch", slot / b.slotsPerEpoch(),
          "slotIndex", slot % b.slotsPerEpoch(), "slotsInEpoch", b.slotsPerEpoch(),
          "transactionCount", b.transactionCount());
    });
    t.put("getEpochSchedule", p -> Json.obj("firstNormalEpoch", 0, "firstNormalSlot", 0,
        "leaderScheduleSlotOffset", b.slotsPerEpoch(), "slotsPerEpoch", b.slotsPerEpoch(), "warmup", false));
    t.put("getSlot", p -> {
      ctx.context(p.config(0));
      return b.slot();
    });
    t.put("getBlockHeight", p -> {
      ctx.context(p.config(0));
      return b.slot();
    });
    t.put("getTransactionCount", p -> b.transactionCount());
    t.put("getVersion", p -> Json.obj("feature-set", RpcContext.FEATURE_SET, "solana-core", RpcContext.VERSION));
    t.put("getHealth", p -> "ok");
    t.put("getGenesisHash", p -> Base58.encode(b.genesisHash()));
    t.put("getIdentity", p -> Json.obj("identity", ctx.identity().publicKey().toBase58()));
    t.put("getRecentPrioritizationFees", p -> {
      if (p.size() > 0 && p.required(0, "addresses").isArray()) {
        for (JsonNode k : p.required(0, "addresses")) {
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

  private static byte[] decodeHash(String s) {
    try {
      byte[] h = Base58.decode(s);
      return h.length == 32 ? h : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Object feeForMessage(Params p) {
    String text = p.string(0, "message");
    JsonNode cfg = p.config(1);
    Message m;
    try {
      m = Message.deserialize(Base64.getDecoder().decode(text));
    } catch (IllegalArgumentException | doublezero.sdk.borsh.DecodeException e) {
      throw RpcException.invalidParamsRaw("invalid message: " + e.getMessage());
    }
    Bank b = ctx.bank();
    boolean valid = b.blockhashes().validSlot(m.recentBlockhash().toBytes(), b.slot()) >= 0;
    Object fee = valid ? Bank.LAMPORTS_PER_SIGNATURE * m.header().numRequiredSignatures() : null;
    return ctx.withContext(cfg, fee);
  }
}
