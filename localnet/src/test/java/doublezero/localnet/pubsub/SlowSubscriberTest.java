package doublezero.localnet.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.RawWebSocket;
import doublezero.localnet.TestRpc;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/// A PubSub client that subscribes and never reads is disconnected once its queue passes the bound,
/// with a log line; sendTransaction keeps answering throughout and a client that reads keeps its
/// subscriptions.
@NeedsLedgerInternals(
    "tests the in-process ledger itself: its PubSub queue bound and disconnect log line")
class SlowSubscriberTest {
  private static final long QUEUE_BYTES = 256 * 1024;

  @TempDir Path dir;

  @Test
  void aClientThatNeverReadsIsDisconnectedAndTransactionsKeepFlowing() throws Exception {
    Logger logger = (Logger) LoggerFactory.getLogger("localnet.pubsub");
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    logger.addAppender(log);
    try (Localnet net =
            Localnet.start(
                LocalnetConfig.ephemeral(dir)
                    .withSlotMillis(50)
                    .withPubsubQueueBytes(QUEUE_BYTES));
        RawWebSocket stuck = new RawWebSocket(net.wsUrl())) {
      TestRpc rpc = new TestRpc(net.rpcUrl());
      Keypair payer = Keypair.generate();
      PublicKey to = Keypair.generate().publicKey();
      rpc.airdrop(payer.publicKey(), 1_000_000_000_000L);
      rpc.airdrop(to, 1_000_000_000L);
      PubSubTest.Client reader = new PubSubTest.Client(net.wsUrl());
      long watching =
          reader
              .request("accountSubscribe", "[\"" + to + "\",{\"encoding\":\"base64\"}]")
              .path("result")
              .asLong();
      for (int i = 0; i < 40; i++) {
        stuck.sendText(
            "{\"jsonrpc\":\"2.0\",\"id\":"
                + i
                + ",\"method\":\"programSubscribe\",\"params\":"
                + "[\"11111111111111111111111111111111\",{\"encoding\":\"base64\"}]}");
      }
      while (net.subscriptions() < 41) {
        Thread.sleep(10);
      }

      int sent = 0;
      long slowest = 0;
      while (net.subscriptions() > 1 && sent < 3_000) {
        long t0 = System.nanoTime();
        rpc.transfer(payer, to, 1_000 + sent);
        slowest = Math.max(slowest, System.nanoTime() - t0);
        sent++;
      }
      assertThat(net.subscriptions())
          .as("never-reading client still subscribed after %d transfers", sent)
          .isEqualTo(1);
      for (int i = 0; i < 20; i++) {
        long t0 = System.nanoTime();
        rpc.transfer(payer, to, 100_000 + i);
        slowest = Math.max(slowest, System.nanoTime() - t0);
      }
      assertThat(slowest).as("slowest sendTransaction (ns)").isLessThan(5_000_000_000L);
      assertThat(log.list.stream().map(ILoggingEvent::getFormattedMessage))
          .anyMatch(
              l ->
                  l.startsWith("pubsub.disconnect: reason=slow-consumer")
                      && l.contains("limit=" + QUEUE_BYTES));

      long balance = rpc.balance(to);
      JsonNode note =
          reader.next(
              m ->
                  "accountNotification".equals(m.path("method").asText())
                      && m.path("params").path("result").path("value").path("lamports").asLong()
                          == balance);
      assertThat(note.path("params").path("subscription").asLong()).isEqualTo(watching);
    } finally {
      logger.detachAppender(log);
    }
  }
}
