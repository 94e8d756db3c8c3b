package doublezero.localnet.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.TestRpc;
import doublezero.sdk.solana.key.Keypair;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@NeedsLedgerInternals(
    "tests the in-process ledger itself: its PubSub server, on a ledger it starts with a chosen"
        + " slot time")
public class PubSubTest {
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

  public static final class Client implements WebSocket.Listener {
    final BlockingQueue<JsonNode> in = new LinkedBlockingQueue<>();
    final StringBuilder partial = new StringBuilder();
    WebSocket ws;

    public Client(String url) {
      ws =
          HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), this).join();
    }

    @Override
    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          in.add(TestRpc.JSON.readTree(partial.toString()));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        partial.setLength(0);
      }
      w.request(1);
      return null;
    }

    public JsonNode request(String method, String params) throws InterruptedException {
      ws.sendText(
              "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\""
                  + method
                  + "\",\"params\":"
                  + params
                  + "}",
              true)
          .join();
      return next(m -> m.has("id"));
    }

    public JsonNode next(java.util.function.Predicate<JsonNode> p) throws InterruptedException {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (System.nanoTime() < end) {
        JsonNode m = in.poll(100, TimeUnit.MILLISECONDS);
        if (m != null && p.test(m)) {
          return m;
        }
      }
      throw new AssertionError("no matching message");
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void subscriptionsNotifyLikeSolana(boolean pubsubPort) throws Exception {
    Client c = new Client(pubsubPort ? net.wsUrl() : net.rpcUrl().replace("http", "ws"));
    Keypair k = Keypair.generate();
    long acct =
        c.request(
                "accountSubscribe",
                "[\""
                    + k.publicKey()
                    + "\",{\"encoding\":\"base64\",\"commitment\":\"confirmed\"}]")
            .path("result")
            .asLong();
    long prog =
        c.request(
                "programSubscribe",
                "[\"11111111111111111111111111111111\",{\"encoding\":\"base64\","
                    + "\"filters\":[{\"dataSize\":0}]}]")
            .path("result")
            .asLong();
    long slot = c.request("slotSubscribe", "[]").path("result").asLong();
    JsonNode slotNote = c.next(m -> "slotNotification".equals(m.path("method").asText()));
    assertThat(slotNote.path("params").path("subscription").asLong()).isEqualTo(slot);
    assertThat(slotNote.path("params").path("result").path("slot").asLong()).isPositive();
    assertThat(c.request("slotUnsubscribe", "[" + slot + "]").path("result").asBoolean()).isTrue();

    String sig = rpc.airdrop(k.publicKey(), 2_000_000_000L);
    JsonNode note = c.next(m -> "accountNotification".equals(m.path("method").asText()));
    assertThat(note.path("params").path("subscription").asLong()).isEqualTo(acct);
    assertThat(note.path("params").path("result").path("value").path("lamports").asLong())
        .isEqualTo(2_000_000_000L);
    assertThat(note.path("params").path("result").path("context").path("slot").isIntegralNumber())
        .isTrue();
    JsonNode pnote =
        c.next(
            m ->
                "programNotification".equals(m.path("method").asText())
                    && m.path("params")
                        .path("result")
                        .path("value")
                        .path("pubkey")
                        .asText()
                        .equals(k.publicKey().toBase58()));
    assertThat(pnote.path("params").path("subscription").asLong()).isEqualTo(prog);

    JsonNode sub =
        c.request("signatureSubscribe", "[\"" + sig + "\",{\"commitment\":\"finalized\"}]");
    JsonNode snote = c.next(m -> "signatureNotification".equals(m.path("method").asText()));
    assertThat(snote.path("params").path("subscription").asLong())
        .isEqualTo(sub.path("result").asLong());
    assertThat(snote.path("params").path("result").path("value").path("err").isNull()).isTrue();

    assertThat(c.request("accountUnsubscribe", "[" + acct + "]").path("result").asBoolean())
        .isTrue();
    JsonNode bad = c.request("accountUnsubscribe", "[" + acct + "]");
    assertThat(bad.path("error").path("code").asInt()).isEqualTo(-32602);
    assertThat(bad.path("error").path("message").asText()).isEqualTo("Invalid subscription id.");
    assertThat(c.request("nope", "[]").path("error").path("code").asInt()).isEqualTo(-32601);
    c.ws.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
  }
}
