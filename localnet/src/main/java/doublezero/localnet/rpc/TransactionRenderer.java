package doublezero.localnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.ledger.TransactionStatus;
import doublezero.sdk.solana.key.Base58;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.CompiledInstruction;
import doublezero.sdk.solana.tx.Message;
import doublezero.sdk.solana.tx.Transaction;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/// Renders a stored transaction as `getTransaction` does: `{slot, blockTime, meta, transaction[,
/// version]}` with the transaction as JSON (`json`, default) or as `[data, "base64"|"base58"]`.
public final class TransactionRenderer {
  /// The getTransaction result for `st` under config `cfg`.
  ///
  /// @throws RpcException -32602 on an unknown encoding
  public Map<String, Object> render(TransactionStatus st, JsonNode cfg) {
    String enc = cfg.path("encoding").asText("json");
    Object tx =
        switch (enc) {
          case "json", "jsonParsed" -> json(Transaction.deserialize(st.wire()));
          case "base64" -> List.of(Base64.getEncoder().encodeToString(st.wire()), "base64");
          case "base58" -> List.of(Base58.encode(st.wire()), "base58");
          default ->
              throw RpcException.invalidParams(
                  "unknown variant `"
                      + enc
                      + "`, expected one of `binary`, `base64`, `base58`, `json`, `jsonParsed`");
        };
    Map<String, Object> out =
        Json.obj(
            "blockTime", st.blockTime(), "meta", meta(st), "slot", st.slot(), "transaction", tx);
    if (cfg.has("maxSupportedTransactionVersion")) {
      out.put("version", "legacy");
    }
    return out;
  }

  private static Map<String, Object> meta(TransactionStatus st) {
    return Json.obj(
        "computeUnitsConsumed",
        st.unitsConsumed(),
        "err",
        st.err(),
        "fee",
        st.fee(),
        "innerInstructions",
        List.of(),
        "loadedAddresses",
        Json.obj("readonly", List.of(), "writable", List.of()),
        "logMessages",
        st.logs(),
        "postBalances",
        balances(st.postBalances()),
        "postTokenBalances",
        List.of(),
        "preBalances",
        balances(st.preBalances()),
        "preTokenBalances",
        List.of(),
        "rewards",
        List.of(),
        "status",
        st.err() == null ? Json.obj("Ok", null) : Json.obj("Err", st.err()));
  }

  private static List<Object> balances(long[] b) {
    List<Object> out = new ArrayList<>(b.length);
    for (long x : b) {
      out.add(Json.u64(x));
    }
    return out;
  }

  private static Map<String, Object> json(Transaction tx) {
    Message m = tx.message();
    List<Object> ixs = new ArrayList<>();
    for (CompiledInstruction ci : m.instructions()) {
      ixs.add(
          Json.obj(
              "accounts",
              ci.accountIndexes(),
              "data",
              Base58.encode(ci.data()),
              "programIdIndex",
              ci.programIdIndex(),
              "stackHeight",
              null));
    }
    Map<String, Object> message =
        Json.obj(
            "accountKeys",
            m.accountKeys().stream().map(PublicKey::toBase58).toList(),
            "header",
            Json.obj(
                "numReadonlySignedAccounts",
                m.header().numReadonlySignedAccounts(),
                "numReadonlyUnsignedAccounts",
                m.header().numReadonlyUnsignedAccounts(),
                "numRequiredSignatures",
                m.header().numRequiredSignatures()),
            "instructions",
            ixs,
            "recentBlockhash",
            m.recentBlockhash().toBase58());
    return Json.obj(
        "message", message, "signatures", tx.signatures().stream().map(Base58::encode).toList());
  }
}
