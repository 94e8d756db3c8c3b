package doublezero.sdk.solana.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// Reconnect and resubscribe after the node drops the connection.
class PubSubReconnectTest {
  FakePubSubServer server;
  PubSubClient client;
  final BlockingQueue<String> events = new LinkedBlockingQueue<>();

  @BeforeEach
  void start() throws Exception {
    server = new FakePubSubServer();
    client =
        PubSubClient.connect(
            server.url(),
            PubSubClientTest.CONFIG,
            new ConnectionListener() {
              @Override
              public void onDisconnected(Throwable cause) {
                events.add("disconnected");
              }

              @Override
              public void onReconnected() {
                events.add("reconnected");
              }
            });
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void resubscribesLiveSubscriptionsWithNewIdsOnTheSameHandles() throws Exception {
    BlockingQueue<AccountNotification> accounts = new LinkedBlockingQueue<>();
    BlockingQueue<SlotNotification> slots = new LinkedBlockingQueue<>();
    Subscription account =
        client.accountSubscribe(PublicKey.DEFAULT, Commitment.FINALIZED, accounts::add);
    Subscription slot = client.slotSubscribe(slots::add);
    Subscription closed =
        client.accountSubscribe(PublicKey.fromBase58(PubSubClientTest.KEY), n -> {});
    for (int i = 0; i < 3; i++) {
      assertThat(server.next().connection()).isEqualTo(1);
    }
    closed.close();
    assertThat(server.next().request().path("method").asText()).isEqualTo("accountUnsubscribe");
    long oldAccountId = account.serverId().orElseThrow();
    long oldSlotId = slot.serverId().orElseThrow();

    server.dropAll();
    assertThat(events.poll(5, TimeUnit.SECONDS)).isEqualTo("disconnected");
    assertThat(events.poll(5, TimeUnit.SECONDS)).isEqualTo("reconnected");

    List<FakePubSubServer.Received> again = new ArrayList<>(List.of(server.next(), server.next()));
    assertThat(server.quietFor(200)).as("the closed subscription is not renewed").isTrue();
    assertThat(again).allSatisfy(r -> assertThat(r.connection()).isGreaterThan(1));
    assertThat(again)
        .extracting(r -> r.request().path("method").asText())
        .containsExactlyInAnyOrder("accountSubscribe", "slotSubscribe");
    FakePubSubServer.Received accountAgain =
        again.stream()
            .filter(r -> r.request().path("method").asText().equals("accountSubscribe"))
            .findFirst()
            .orElseThrow();
    PubSubClientTest.assertRequest(
        accountAgain.request(),
        "accountSubscribe",
        "[\"11111111111111111111111111111111\",{\"commitment\":\"finalized\",\"encoding\":\"base64\"}]");

    long newAccountId = account.serverId().orElseThrow();
    long newSlotId = slot.serverId().orElseThrow();
    assertThat(newAccountId).isNotEqualTo(oldAccountId);
    assertThat(newSlotId).isNotEqualTo(oldSlotId);
    assertThat(account.isActive()).isTrue();

    server.push("slotNotification", oldSlotId, "{\"parent\":1,\"root\":0,\"slot\":2}");
    server.push("slotNotification", newSlotId, "{\"parent\":9,\"root\":5,\"slot\":10}");
    server.push(
        "accountNotification",
        newAccountId,
        "{\"context\":{\"slot\":10},\"value\":" + PubSubClientTest.ACCOUNT + "}");
    assertThat(PubSubClientTest.take(slots)).isEqualTo(new SlotNotification(10, 9, 5));
    assertThat(PubSubClientTest.take(accounts).slot()).isEqualTo(10);
    assertThat(slots).isEmpty();
  }

  @Test
  void survivesRepeatedDrops() throws Exception {
    BlockingQueue<SlotNotification> slots = new LinkedBlockingQueue<>();
    Subscription slot = client.slotSubscribe(slots::add);
    server.next();
    for (int round = 0; round < 3; round++) {
      server.dropAll();
      assertThat(events.poll(5, TimeUnit.SECONDS)).isEqualTo("disconnected");
      assertThat(events.poll(5, TimeUnit.SECONDS)).isEqualTo("reconnected");
      server.next();
      server.push(
          "slotNotification",
          slot.serverId().orElseThrow(),
          "{\"parent\":" + round + ",\"root\":0,\"slot\":" + (round + 1) + "}");
      assertThat(PubSubClientTest.take(slots).slot()).isEqualTo(round + 1);
    }
    assertThat(server.connectionCount()).isEqualTo(4);
  }
}
