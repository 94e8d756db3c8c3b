package doublezero.localnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.ledger.TransactionStatus;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.CompiledInstruction;
import doublezero.sdk.solana.tx.Message;
import doublezero.sdk.solana.tx.Transaction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/// `getSignaturesForAddress(address, {limit, before, until, commitment, minContextSlot})`: the
/// retained transactions that list `address` among their account keys, newest first, each as
/// `{signature, slot, err, memo, blockTime, confirmationStatus}`
/// (https://solana.com/docs/rpc/http/getsignaturesforaddress; Agave `rpc/src/rpc.rs`
/// `get_signatures_for_address`). `limit` defaults to 1000 and must be 1..=1000 (`Invalid limit;
/// max 1000`); `processed` commitment is refused; `before`/`until` must be valid signatures. Only
/// statuses the ledger still retains (`retainStatuses`) are found.
final class SignaturesForAddress {
  /// Agave's `MAX_GET_CONFIRMED_SIGNATURES_FOR_ADDRESS2_LIMIT`.
  static final int MAX_LIMIT = 1000;

  /// The SPL memo programs (v1 and v2), whose instruction data Agave reports as `memo`.
  private static final Set<PublicKey> MEMO_PROGRAMS =
      Set.of(
          PublicKey.fromBase58("Memo1UhkJRfHyvLMcVucJwxXeuD728EqVDDwQDxFMNo"),
          PublicKey.fromBase58("MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr"));

  private final RpcContext ctx;

  SignaturesForAddress(RpcContext ctx) {
    this.ctx = ctx;
  }

  Object call(Params p) {
    PublicKey address = p.pubkey(0, "address");
    JsonNode cfg = p.config(1);
    String before = optionalSignature(cfg, "before");
    String until = optionalSignature(cfg, "until");
    int limit = limit(cfg.path("limit"));
    if ("processed".equals(cfg.path("commitment").asText())) {
      throw RpcException.invalidParamsRaw("Method does not support commitment below `confirmed`");
    }
    List<Object> out = new ArrayList<>();
    for (TransactionStatus st : ctx.bank().statusesFor(address, limit, before, until)) {
      if (!ctx.bank().unsynced().isDurable(st.signature())) {
        continue;
      }
      out.add(
          Json.obj(
              "signature",
              st.signature(),
              "slot",
              st.slot(),
              "err",
              st.err(),
              "memo",
              memo(st),
              "blockTime",
              st.blockTime(),
              "confirmationStatus",
              "finalized"));
    }
    return out;
  }

  private static String optionalSignature(JsonNode cfg, String name) {
    JsonNode n = cfg.path(name);
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw RpcException.invalidParams(
          "invalid type: " + Params.describe(n) + ", expected a string");
    }
    return TransactionMethods.verifySignature(n.asText());
  }

  private static int limit(JsonNode n) {
    if (n.isMissingNode() || n.isNull()) {
      return MAX_LIMIT;
    }
    if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < 0) {
      throw RpcException.invalidParams("invalid type: " + Params.describe(n) + ", expected usize");
    }
    long v = n.asLong();
    if (v == 0 || v > MAX_LIMIT) {
      throw RpcException.invalidParamsRaw("Invalid limit; max " + MAX_LIMIT);
    }
    return (int) v;
  }

  /// Agave `extract_memos`: each memo instruction as `[<len>] <utf-8 text>`, joined with `; `; null
  /// when none.
  private static String memo(TransactionStatus st) {
    Message m = Transaction.deserialize(st.wire()).message();
    List<String> memos = new ArrayList<>();
    for (CompiledInstruction ix : m.instructions()) {
      if (MEMO_PROGRAMS.contains(m.accountKeys().get(ix.programIdIndex()))) {
        byte[] data = ix.data();
        memos.add("[" + data.length + "] " + new String(data, StandardCharsets.UTF_8));
      }
    }
    return memos.isEmpty() ? null : String.join("; ", memos);
  }
}
