package doublezero.localnet.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.TestRpc;
import doublezero.localnet.pubsub.PubSubTest;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Input a validator refuses is refused here with the same code: nothing wraps, nothing trailing is
/// ignored.
@NeedsLedgerInternals(
    "tests the in-process ledger itself: its JSON-RPC server's input checks, on a ledger it starts")
class RpcStrictnessTest {
  @TempDir static Path dir;
  static Localnet net;
  static TestRpc rpc;

  @BeforeAll
  static void start() {
    net = Localnet.start(LocalnetConfig.ephemeral(dir).withSlotMillis(50));
    rpc = new TestRpc(net.rpcUrl());
  }

  @AfterAll
  static void stop() {
    net.close();
  }

  private static int code(JsonNode r) {
    return r.path("error").path("code").asInt();
  }

  @Test
  void u64ParamsOutsideTheRangeAreInvalidParams() {
    PublicKey k = Keypair.generate().publicKey();
    String twoTo64Plus1Sol = "18446744074709551616";
    assertThat(code(rpc.call("requestAirdrop", "[\"" + k + "\"," + twoTo64Plus1Sol + "]")))
        .isEqualTo(-32602);
    assertThat(code(rpc.call("requestAirdrop", "[\"" + k + "\",-1000000000]"))).isEqualTo(-32602);
    assertThat(code(rpc.call("requestAirdrop", "[\"" + k + "\",1.5]"))).isEqualTo(-32602);
    assertThat(code(rpc.call("getMinimumBalanceForRentExemption", "[18446744073709551616]")))
        .isEqualTo(-32602);
    assertThat(
            code(
                rpc.call(
                    "getBalance", "[\"" + k + "\",{\"minContextSlot\":18446744073709551616}]")))
        .isEqualTo(-32602);
    assertThat(
            code(
                rpc.call(
                    "getProgramAccounts",
                    "[\"11111111111111111111111111111111\",{\"filters\":"
                        + "[{\"dataSize\":18446744073709551616}]}]")))
        .isEqualTo(-32602);
    assertThat(rpc.balance(k)).isZero();
    // 2^64 − 1 is a u64: it gets past parameter checking (and the faucet cannot pay it).
    assertThat(code(rpc.call("requestAirdrop", "[\"" + k + "\",18446744073709551615]")))
        .isEqualTo(-32603);
  }

  @Test
  void anIdThatIsNotAStringNumberOrNullIsAnInvalidRequest() {
    for (String id : new String[] {"{\"a\":1}", "[1]", "true"}) {
      JsonNode r = rpc.post("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"getSlot\"}");
      assertThat(code(r)).as(id).isEqualTo(-32600);
      assertThat(r.path("id").isNull()).isTrue();
    }
    assertThat(rpc.post("{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"method\":\"getSlot\"}").has("result"))
        .isTrue();
    assertThat(rpc.post("{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"getSlot\"}").has("result"))
        .isTrue();
  }

  @Test
  void bytesAfterTheJsonValueAreAParseError() {
    String ok = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"getSlot\"}";
    for (String tail : new String[] {"x", "{}", " 1", "]"}) {
      JsonNode r = rpc.post(ok + tail);
      assertThat(code(r)).as(tail).isEqualTo(-32700);
      assertThat(r.path("id").isNull()).isTrue();
    }
    assertThat(rpc.post(ok + " \n").has("result")).isTrue();
  }

  @Test
  void requestHeadersOverTheLimitAre431() throws Exception {
    URI u = URI.create(net.rpcUrl());
    try (Socket s = new Socket(u.getHost(), u.getPort())) {
      String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"getSlot\"}";
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST / HTTP/1.1\r\nHost: "
                  + u.getHost()
                  + "\r\nContent-Type: application/json\r\nX-Big: "
                  + "a".repeat(32 * 1024)
                  + "\r\nContent-Length: "
                  + body.length()
                  + "\r\n\r\n"
                  + body)
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      s.setSoTimeout(5_000);
      InputStream in = s.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      assertThat(status).isEqualTo("HTTP/1.1 431");
    }
    assertThat(rpc.result("getHealth", "[]").asText()).isEqualTo("ok");
  }

  @Test
  void signatureSubscribeWithAMalformedSignatureIsInvalidParams() throws Exception {
    PubSubTest.Client c = new PubSubTest.Client(net.wsUrl());
    for (String sig :
        new String[] {"not-base58-0OIl", "1111", Keypair.generate().publicKey().toBase58()}) {
      JsonNode r = c.request("signatureSubscribe", "[\"" + sig + "\"]");
      assertThat(code(r)).as(sig).isEqualTo(-32602);
      assertThat(r.path("error").path("message").asText())
          .isEqualTo("Invalid Request: Invalid signature provided");
    }
    assertThat(net.subscriptions()).isZero();
  }

  @Test
  void optionsIsAnsweredAsAValidatorDoes() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> cors =
        http.send(
            HttpRequest.newBuilder(URI.create(net.rpcUrl()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(cors.statusCode()).isEqualTo(200);
    assertThat(cors.body()).isEmpty();
    assertThat(cors.headers().firstValue("access-control-allow-origin"))
        .hasValue("https://app.example");
    assertThat(cors.headers().firstValue("access-control-allow-methods")).hasValue("OPTIONS, POST");
    assertThat(cors.headers().firstValue("access-control-allow-headers")).hasValue("content-type");
    assertThat(cors.headers().firstValue("access-control-max-age")).hasValue("86400");
    assertThat(cors.headers().firstValue("allow")).hasValue("OPTIONS, POST");

    HttpResponse<String> plain =
        http.send(
            HttpRequest.newBuilder(URI.create(net.rpcUrl()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(plain.headers().firstValue("access-control-allow-origin")).isEmpty();

    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(URI.create(net.rpcUrl()))
                .header("Content-Type", "application/json")
                .header("Origin", "https://app.example")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"getHealth\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.headers().firstValue("access-control-allow-origin"))
        .hasValue("https://app.example");
  }
}
