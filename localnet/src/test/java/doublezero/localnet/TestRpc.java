package doublezero.localnet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;
import doublezero.sdk.solana.tx.Blockhash;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.sdk.solana.tx.Message;
import doublezero.sdk.solana.tx.Transaction;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;

/// A bare JSON-RPC client for tests: posts raw JSON and returns the parsed answer.
public final class TestRpc {
  public static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final String url;

  public TestRpc(String url) {
    this.url = url;
  }

  public HttpResponse<String> raw(String body) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(url))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  public JsonNode post(String body) {
    try {
      return JSON.readTree(raw(body).body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /// Calls `method` with params given as a JSON array text.
  public JsonNode call(String method, String params) {
    return post(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}");
  }

  public JsonNode result(String method, String params) {
    JsonNode r = call(method, params);
    if (r.has("error")) {
      throw new AssertionError(method + " failed: " + r);
    }
    return r.get("result");
  }

  public Blockhash blockhash() {
    return Blockhash.fromBase58(
        result("getLatestBlockhash", "[]").path("value").path("blockhash").asText());
  }

  public Transaction signed(List<Instruction> ixs, Keypair payer, List<Keypair> signers) {
    Message m = Message.compile(ixs, payer.publicKey(), blockhash());
    return Transaction.unsigned(m).sign(signers);
  }

  public static String b64(Transaction tx) {
    return Base64.getEncoder().encodeToString(tx.serialize());
  }

  public JsonNode send(Transaction tx, boolean skipPreflight) {
    return call(
        "sendTransaction",
        "[\"" + b64(tx) + "\",{\"encoding\":\"base64\",\"skipPreflight\":" + skipPreflight + "}]");
  }

  /// Airdrops and returns the signature (already durable when this returns).
  public String airdrop(PublicKey to, long lamports) {
    return result("requestAirdrop", "[\"" + to + "\"," + lamports + "]").asText();
  }

  public long balance(PublicKey k) {
    return result("getBalance", "[\"" + k + "\"]").path("value").asLong();
  }

  public String transfer(Keypair from, PublicKey to, long lamports) {
    JsonNode r =
        send(
            signed(
                List.of(SystemProgram.transfer(from.publicKey(), to, lamports)),
                from,
                List.of(from)),
            false);
    if (r.has("error")) {
      throw new AssertionError("transfer failed: " + r);
    }
    return r.get("result").asText();
  }
}
