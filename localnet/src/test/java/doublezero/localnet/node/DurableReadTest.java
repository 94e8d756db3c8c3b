package doublezero.localnet.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.TestRpc;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;
import doublezero.sdk.solana.tx.Transaction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// With the journal force held back, a transaction has executed (`processed` sees it) but is not
/// durable: reads at `confirmed` and `finalized` do not show it until the force completes.
@NeedsLedgerInternals(
    "tests the in-process ledger itself: holds back the journal's force to observe processed vs"
        + " confirmed reads")
class DurableReadTest {
  @TempDir Path dir;

  @Test
  void confirmedReadsWaitForTheJournalForce() throws Exception {
    try (Localnet net = Localnet.start(LocalnetConfig.ephemeral(dir).withSlotMillis(20))) {
      TestRpc rpc = new TestRpc(net.rpcUrl());
      Keypair from = Keypair.generate();
      PublicKey to = Keypair.generate().publicKey();
      rpc.airdrop(from.publicKey(), 10_000_000_000L);
      Transaction tx =
          rpc.signed(
              List.of(SystemProgram.transfer(from.publicKey(), to, 3_000_000_000L)),
              from,
              List.of(from));
      String sig = tx.signatureBase58();

      AtomicReference<CountDownLatch> gate = new AtomicReference<>(new CountDownLatch(1));
      net.node()
          .beforeJournalForce(
              () -> {
                CountDownLatch g = gate.get();
                if (g != null) {
                  try {
                    g.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }
              });
      CompletableFuture<JsonNode> sent = CompletableFuture.supplyAsync(() -> rpc.send(tx, true));
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> balance(rpc, to, "processed") == 3_000_000_000L);
      Thread.sleep(100);

      assertThat(sent).isNotDone();
      assertThat(balance(rpc, to, "confirmed")).isZero();
      assertThat(balance(rpc, to, "finalized")).isZero();
      assertThat(balance(rpc, from.publicKey(), "confirmed")).isEqualTo(10_000_000_000L);
      JsonNode status =
          rpc.result("getSignatureStatuses", "[[\"" + sig + "\"]]").path("value").get(0);
      assertThat(status.path("confirmationStatus").asText()).isEqualTo("processed");
      assertThat(status.path("confirmations").asInt()).isZero();
      assertThat(
              rpc.result("getTransaction", "[\"" + sig + "\",{\"commitment\":\"confirmed\"}]")
                  .isNull())
          .isTrue();
      assertThat(
              rpc.result(
                  "getSignaturesForAddress", "[\"" + to + "\",{\"commitment\":\"confirmed\"}]"))
          .isEmpty();
      assertThat(programAccount(rpc, to, "confirmed")).isFalse();
      assertThat(programAccount(rpc, to, "processed")).isTrue();
      long processedSlot = rpc.result("getSlot", "[{\"commitment\":\"processed\"}]").asLong();
      assertThat(rpc.result("getSlot", "[{\"commitment\":\"confirmed\"}]").asLong())
          .isLessThan(processedSlot);

      gate.getAndSet(null).countDown();
      assertThat(sent.get().path("result").asText()).isEqualTo(sig);
      assertThat(balance(rpc, to, "confirmed")).isEqualTo(3_000_000_000L);
      assertThat(balance(rpc, to, "finalized")).isEqualTo(3_000_000_000L);
      JsonNode after =
          rpc.result("getSignatureStatuses", "[[\"" + sig + "\"]]").path("value").get(0);
      assertThat(after.path("confirmationStatus").asText()).isEqualTo("finalized");
      assertThat(
              rpc.result("getTransaction", "[\"" + sig + "\",{\"commitment\":\"confirmed\"}]")
                  .isNull())
          .isFalse();
      assertThat(programAccount(rpc, to, "confirmed")).isTrue();
    }
  }

  private static long balance(TestRpc rpc, PublicKey k, String commitment) {
    return rpc.result("getBalance", "[\"" + k + "\",{\"commitment\":\"" + commitment + "\"}]")
        .path("value")
        .asLong();
  }

  /// Whether `getProgramAccounts` of the system program at `commitment` lists `k`.
  private static boolean programAccount(TestRpc rpc, PublicKey k, String commitment) {
    JsonNode all =
        rpc.result(
            "getProgramAccounts",
            "[\""
                + SystemProgram.PROGRAM_ID
                + "\",{\"commitment\":\""
                + commitment
                + "\",\"encoding\":\"base64\"}]");
    for (JsonNode a : all) {
      if (a.path("pubkey").asText().equals(k.toBase58())) {
        return true;
      }
    }
    return false;
  }
}
