package doublezero.sdk.solana.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.AccountFilter;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.CustomInstructionError;
import doublezero.sdk.solana.rpc.InstructionFailed;
import doublezero.sdk.solana.rpc.RpcErrorKind;
import doublezero.sdk.solana.rpc.RpcException;
import doublezero.sdk.solana.rpc.RpcJson;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The PubSub client against a real WebSocket server (Netty): requests, notification decoding,
/// unsubscribe.
class PubSubClientTest {
  static final String KEY = "vines1vzrYbzLMRdu58ou5XTby4qAqVRLmqo36NKPTg";
  static final String PROGRAM = "ser2VaTMAcYTaauMrTSfSrxBaUDq7BLNs2xfUugTAGv";
  static final String ACCOUNT =
      "{\"data\":[\"AQID\",\"base64\"],\"executable\":false,\"lamports\":9007199254740993,"
          + "\"owner\":\""
          + PROGRAM
          + "\",\"rentEpoch\":18446744073709551615,\"space\":3}";
  static final PubSubConfig CONFIG =
      PubSubConfig.DEFAULTS.withReconnect(Duration.ofMillis(5), Duration.ofMillis(40));

  FakePubSubServer server;
  PubSubClient client;

  @BeforeEach
  void start() throws Exception {
    server = new FakePubSubServer();
    client = PubSubClient.connect(server.url(), CONFIG, ConnectionListener.NONE);
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  static void assertRequest(JsonNode request, String method, String paramsJson) {
    assertThat(request.path("jsonrpc").asText()).isEqualTo("2.0");
    assertThat(request.path("method").asText()).isEqualTo(method);
    assertThat(request.path("params")).isEqualTo(RpcJson.parse(paramsJson));
  }

  static <T> T take(BlockingQueue<T> q) throws InterruptedException {
    T t = q.poll(5, TimeUnit.SECONDS);
    assertThat(t).as("notification within 5 s").isNotNull();
    return t;
  }

  @Test
  void accountSubscribeDecodesNotificationsAndUnsubscribes() throws Exception {
    BlockingQueue<AccountNotification> got = new LinkedBlockingQueue<>();
    Subscription sub =
        client.accountSubscribe(PublicKey.fromBase58(KEY), Commitment.FINALIZED, got::add);
    assertRequest(
        server.next().request(),
        "accountSubscribe",
        "[\"" + KEY + "\",{\"commitment\":\"finalized\",\"encoding\":\"base64\"}]");
    long id = sub.serverId().orElseThrow();
    assertThat(sub.method()).isEqualTo("accountSubscribe");

    server.push(
        "accountNotification", id, "{\"context\":{\"slot\":5199307},\"value\":" + ACCOUNT + "}");
    AccountNotification n = take(got);
    assertThat(n.slot()).isEqualTo(5199307);
    assertThat(n.account().lamports()).isEqualTo(9007199254740993L);
    assertThat(n.account().rentEpoch()).isEqualTo(-1L);
    assertThat(n.account().data()).containsExactly(1, 2, 3);

    sub.close();
    assertRequest(server.next().request(), "accountUnsubscribe", "[" + id + "]");
    assertThat(sub.isActive()).isFalse();
    server.push(
        "accountNotification", id, "{\"context\":{\"slot\":5199308},\"value\":" + ACCOUNT + "}");
    assertThat(got.poll(200, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void programSubscribeSendsFiltersAndDecodesKeyedAccounts() throws Exception {
    BlockingQueue<ProgramNotification> got = new LinkedBlockingQueue<>();
    Subscription sub =
        client.programSubscribe(
            PublicKey.fromBase58(PROGRAM),
            List.of(AccountFilter.dataSize(3), AccountFilter.memcmp(0, new byte[] {1})),
            got::add);
    assertRequest(
        server.next().request(),
        "programSubscribe",
        "[\""
            + PROGRAM
            + "\",{\"commitment\":\"confirmed\",\"encoding\":\"base64\","
            + "\"filters\":[{\"dataSize\":3},{\"memcmp\":{\"offset\":0,\"bytes\":\"2\",\"encoding\":\"base58\"}}]}]");
    long id = sub.serverId().orElseThrow();
    server.push(
        "programNotification",
        id,
        "{\"context\":{\"slot\":5208469},\"value\":{\"pubkey\":\""
            + KEY
            + "\",\"account\":"
            + ACCOUNT
            + "}}");
    ProgramNotification n = take(got);
    assertThat(n.slot()).isEqualTo(5208469);
    assertThat(n.pubkey()).isEqualTo(PublicKey.fromBase58(KEY));
    assertThat(n.account().owner()).isEqualTo(PublicKey.fromBase58(PROGRAM));
    sub.close();
    assertRequest(server.next().request(), "programUnsubscribe", "[" + id + "]");
  }

  @Test
  void signatureSubscribeIsOneShotAndCarriesErr() throws Exception {
    BlockingQueue<SignatureNotification> got = new LinkedBlockingQueue<>();
    String sig =
        "2EBVM6cB8vAAD93Ktr6Vd8p67XPbQzCJX47MpReuiCXJAtcjaxpvWpcg9Ege1Nr5Tk3a2GFrByT7WPBjdsTycY9b";
    Subscription sub = client.signatureSubscribe(sig, Commitment.FINALIZED, got::add);
    assertRequest(
        server.next().request(),
        "signatureSubscribe",
        "[\"" + sig + "\",{\"commitment\":\"finalized\"}]");
    long id = sub.serverId().orElseThrow();
    server.push(
        "signatureNotification",
        id,
        "{\"context\":{\"slot\":5207624},\"value\":{\"err\":{\"InstructionError\":[0,{\"Custom\":7}]}}}");
    SignatureNotification n = take(got);
    assertThat(n.slot()).isEqualTo(5207624);
    assertThat(n.err())
        .contains(new InstructionFailed(0, new CustomInstructionError(7, null, null)));
    server.push(
        "signatureNotification", id, "{\"context\":{\"slot\":5207625},\"value\":{\"err\":null}}");
    assertThat(got.poll(200, TimeUnit.MILLISECONDS)).isNull();
    assertThat(sub.isActive()).isFalse();
    sub.close();
    assertThat(server.quietFor(200))
        .as("the node ended a notified signature subscription itself")
        .isTrue();
  }

  @Test
  void slotSubscribeDecodesAndDeliversOnOneThread() throws Exception {
    BlockingQueue<SlotNotification> got = new LinkedBlockingQueue<>();
    BlockingQueue<Thread> threads = new LinkedBlockingQueue<>();
    Subscription sub =
        client.slotSubscribe(
            n -> {
              threads.add(Thread.currentThread());
              got.add(n);
            });
    assertRequest(server.next().request(), "slotSubscribe", "[]");
    for (int i = 0; i < 20; i++) {
      server.push(
          "slotNotification",
          sub.serverId().orElseThrow(),
          "{\"parent\":" + (74 + i) + ",\"root\":42,\"slot\":" + (75 + i) + "}");
    }
    for (int i = 0; i < 20; i++) {
      assertThat(take(got)).isEqualTo(new SlotNotification(75 + i, 74 + i, 42));
    }
    assertThat(threads.stream().distinct()).hasSize(1);
  }

  @Test
  void refusedSubscriptionThrowsTheNodesError() {
    server.refuse("accountSubscribe");
    assertThatThrownBy(() -> client.accountSubscribe(PublicKey.DEFAULT, n -> {}))
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RpcErrorKind.JSON_RPC);
              assertThat(e.code()).isEqualTo(RpcException.INVALID_PARAMS);
              assertThat(e.getMessage()).contains("accountSubscribe", "refused by test");
            });
  }

  @Test
  void malformedNotificationIsReportedNotDelivered() throws Exception {
    BlockingQueue<RuntimeException> errors = new LinkedBlockingQueue<>();
    BlockingQueue<AccountNotification> got = new LinkedBlockingQueue<>();
    try (PubSubClient c =
        PubSubClient.connect(
            server.url(),
            CONFIG,
            new ConnectionListener() {
              @Override
              public void onError(RuntimeException error) {
                errors.add(error);
              }
            })) {
      Subscription sub = c.accountSubscribe(PublicKey.DEFAULT, got::add);
      server.push(
          "accountNotification",
          sub.serverId().orElseThrow(),
          "{\"context\":{\"slot\":1.5},\"value\":" + ACCOUNT + "}");
      assertThat(take(errors))
          .isInstanceOf(RpcException.class)
          .hasMessageContaining("slot must be an integer");
      assertThat(got).isEmpty();
    }
  }

  @Test
  void closeStopsEverything() {
    client.close();
    assertThatThrownBy(() -> client.slotSubscribe(n -> {}))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void unreachableNodeFailsToConnect() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    assertThatThrownBy(
            () -> PubSubClient.connect("ws://127.0.0.1:" + port, CONFIG, ConnectionListener.NONE))
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RpcErrorKind.TRANSPORT);
              assertThat(e.getMessage()).contains("ws://127.0.0.1:" + port);
            });
    assertThatThrownBy(
            () -> PubSubClient.connect("http://127.0.0.1:" + port, CONFIG, ConnectionListener.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
