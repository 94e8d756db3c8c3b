package doublezero.localnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.ledger.BlockhashQueue;
import doublezero.localnet.ledger.TransactionStatus;
import doublezero.localnet.node.SubmitResult;
import doublezero.localnet.runtime.Execution;
import doublezero.localnet.runtime.SignatureVerifier;
import doublezero.sdk.solana.key.Base58;
import doublezero.sdk.solana.tx.Blockhash;
import doublezero.sdk.solana.tx.Message;
import doublezero.sdk.solana.tx.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// Transaction methods: sendTransaction (with preflight), simulateTransaction,
/// getSignatureStatuses, getTransaction, getSignaturesForAddress, requestAirdrop. Error codes and
/// messages follow Solana's `rpc/src/rpc.rs`.
public final class TransactionMethods {
  private static final int MAX_SIGNATURES = 256;
  private final RpcContext ctx;
  private final TransactionRenderer renderer = new TransactionRenderer();

  /// @param ctx shared state
  public TransactionMethods(RpcContext ctx) {
    this.ctx = ctx;
  }

  /// Adds this group's methods to `table`.
  public void register(Map<String, RpcMethod> table) {
    table.put("sendTransaction", this::send);
    table.put("simulateTransaction", this::simulate);
    table.put("getSignatureStatuses", this::statuses);
    table.put("getTransaction", this::getTransaction);
    table.put("getSignaturesForAddress", new SignaturesForAddress(ctx)::call);
    table.put("requestAirdrop", new Airdrop(ctx)::call);
  }

  private Object send(Params p) {
    String text = p.string(0, "transaction");
    JsonNode cfg = p.config(1);
    TransactionDecoding.Decoded d =
        TransactionDecoding.decode(text, cfg.path("encoding").asText("base58"));
    if (!SignatureVerifier.verify(d.tx())) {
      throw new RpcException(
          RpcException.TRANSACTION_SIGNATURE_VERIFICATION_FAILURE,
          "Transaction signature verification failure",
          null);
    }
    ctx.context(cfg);
    boolean preflight = !cfg.path("skipPreflight").asBoolean(false);
    return ctx.node()
        .submit(d.tx(), d.wire(), preflight)
        .thenApply(
            r ->
                switch (r) {
                  case SubmitResult.Accepted a -> a.signature();
                  case SubmitResult.PreflightFailed f -> throw preflightFailure(f.execution());
                });
  }

  /// The -32002 error of a failed preflight, carrying the simulation as `data`.
  static RpcException preflightFailure(Execution e) {
    return new RpcException(
        RpcException.SEND_TRANSACTION_PREFLIGHT_FAILURE,
        "Transaction simulation failed: " + e.err().message(),
        simulationValue(e, null, null));
  }

  static Map<String, Object> simulationValue(
      Execution e, List<Object> accounts, Object replacement) {
    return Json.obj(
        "accounts",
        accounts,
        "err",
        e.err() == null ? null : e.err().toJson(),
        "innerInstructions",
        null,
        "loadedAccountsDataSize",
        0,
        "logs",
        e.logs(),
        "replacementBlockhash",
        replacement,
        "returnData",
        null,
        "unitsConsumed",
        e.unitsConsumed());
  }

  private Object simulate(Params p) {
    String text = p.string(0, "transaction");
    JsonNode cfg = p.config(1);
    TransactionDecoding.Decoded d =
        TransactionDecoding.decode(text, cfg.path("encoding").asText("base58"));
    boolean sigVerify = cfg.path("sigVerify").asBoolean(false);
    boolean replace = cfg.path("replaceRecentBlockhash").asBoolean(false);
    if (sigVerify && replace) {
      throw RpcException.invalidParamsRaw("sigVerify may not be used with replaceRecentBlockhash");
    }
    if (sigVerify && !SignatureVerifier.verify(d.tx())) {
      throw new RpcException(
          RpcException.TRANSACTION_SIGNATURE_VERIFICATION_FAILURE,
          "Transaction signature verification failure",
          null);
    }
    Transaction tx = d.tx();
    Object replacement = null;
    if (replace) {
      BlockhashQueue.Entry latest = ctx.bank().blockhashes().latest();
      Message m = tx.message();
      tx =
          Transaction.of(
              new Message(
                  m.header(), m.accountKeys(), Blockhash.of(latest.hash()), m.instructions()),
              tx.signatures());
      replacement =
          Json.obj(
              "blockhash",
              latest.base58(),
              "lastValidBlockHeight",
              latest.slot() + BlockhashQueue.MAX_AGE);
    }
    Map<String, Object> context = ctx.context(cfg);
    Execution e = ctx.node().simulate(tx, d.wire());
    List<Object> accounts = simulatedAccounts(cfg.path("accounts"), e);
    return Json.obj("context", context, "value", simulationValue(e, accounts, replacement));
  }

  private List<Object> simulatedAccounts(JsonNode spec, Execution e) {
    if (spec.isMissingNode() || spec.isNull()) {
      return null;
    }
    AccountEncoder enc = AccountEncoder.from(spec, "base64");
    List<Object> out = new ArrayList<>();
    for (JsonNode a : spec.path("addresses")) {
      var key = Params.parsePubkey(a.asText());
      var written = e.writes().get(key);
      out.add(enc.encode(written != null ? written : ctx.bank().accounts().getOrNull(key)));
    }
    return out;
  }

  private Object statuses(Params p) {
    JsonNode sigs = p.required(0, "signatures");
    if (!sigs.isArray()) {
      throw RpcException.invalidParams(
          "invalid type: " + Params.describe(sigs) + ", expected a sequence");
    }
    if (sigs.size() > MAX_SIGNATURES) {
      throw RpcException.invalidParamsRaw("Too many inputs provided; max " + MAX_SIGNATURES);
    }
    List<String> wanted = new ArrayList<>();
    for (JsonNode s : sigs) {
      wanted.add(verifySignature(s.asText()));
    }
    JsonNode cfg = p.config(1);
    List<Object> out = new ArrayList<>();
    for (String s : wanted) {
      TransactionStatus st = ctx.bank().status(s);
      if (st == null) {
        out.add(null);
        continue;
      }
      // Durable = confirmed and finalized at once (one node, nothing to roll back); executed but
      // not yet forced to
      // the journal = processed, with no confirmations yet, as a validator reports a transaction in
      // its working bank.
      boolean durable = ctx.bank().unsynced().isDurable(s);
      out.add(
          Json.obj(
              "confirmationStatus",
              durable ? "finalized" : "processed",
              "confirmations",
              durable ? null : 0,
              "err",
              st.err(),
              "slot",
              st.slot(),
              "status",
              st.err() == null ? Json.obj("Ok", null) : Json.obj("Err", st.err())));
    }
    return ctx.withContext(cfg, out);
  }

  /// Checks a base58 signature as Solana's `verify_signature` ("Invalid param: Invalid").
  ///
  /// @throws RpcException -32602 unless `s` is base58 of 64 bytes
  public static String verifySignature(String s) {
    try {
      if (Base58.decode(s).length == 64) {
        return s;
      }
    } catch (IllegalArgumentException e) {
      // fall through
    }
    throw RpcException.invalidParamsRaw("Invalid param: Invalid");
  }

  private Object getTransaction(Params p) {
    String sig = verifySignature(p.string(0, "signature"));
    JsonNode cfg =
        p.size() > 1 && p.required(1, "config").isTextual()
            ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .objectNode()
                .put("encoding", p.string(1, "encoding"))
            : p.config(1);
    if ("processed".equals(cfg.path("commitment").asText())) {
      throw RpcException.invalidParamsRaw("Method does not support commitment below `confirmed`");
    }
    TransactionStatus st = ctx.bank().status(sig, true);
    return st == null ? null : renderer.render(st, cfg);
  }
}
