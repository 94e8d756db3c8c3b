package doublezero.localnet.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2p.solanaj.core.Account;
import org.p2p.solanaj.core.PublicKey;
import org.p2p.solanaj.core.Transaction;
import org.p2p.solanaj.core.TransactionInstruction;
import org.p2p.solanaj.programs.SystemProgram;
import org.p2p.solanaj.rpc.RpcClient;
import org.p2p.solanaj.rpc.RpcException;
import org.p2p.solanaj.rpc.types.AccountInfo;
import org.p2p.solanaj.rpc.types.SignatureStatuses;
import org.p2p.solanaj.rpc.types.config.Commitment;
import org.p2p.solanaj.rpc.types.config.RpcSendTransactionConfig;
import org.p2p.solanaj.utils.Base58;
import org.p2p.solanaj.ws.SignatureNotification;
import org.p2p.solanaj.ws.SubscriptionWebSocketClient;

/// A real third-party client (solanaj 1.27.3, OkHttp + Jackson) against the ledger over HTTP and
/// WebSocket.
///
/// solanaj limits (see ../shared/reference/java-ecosystem.md §1) shape what this test can assert
/// through it: lamports are `double` (exact below 2^53, which all values here are),
/// `SignatureStatuses.Value` has no `err` (a failed-but-committed transaction is indistinguishable
/// through it), `RpcException` keeps only the message (no code or data), `sendTransaction` defaults
/// to skipPreflight, and `SubscriptionWebSocketClient.getInstance` drops the port, so
/// `getExactPathInstance` is used.
@NeedsLedgerInternals(
    "tests the in-process ledger itself: solanaj against its JSON-RPC and PubSub servers")
class SolanajClientTest {
  private static final RpcSendTransactionConfig PREFLIGHT =
      RpcSendTransactionConfig.builder()
          .encoding(RpcSendTransactionConfig.Encoding.base64)
          .skipPreflight(false)
          .maxRetries(0)
          .build();

  private static final RpcSendTransactionConfig SKIP_PREFLIGHT =
      RpcSendTransactionConfig.builder()
          .encoding(RpcSendTransactionConfig.Encoding.base64)
          .skipPreflight(true)
          .maxRetries(0)
          .build();

  @TempDir static Path dir;
  static Localnet net;
  static RpcClient client;

  @BeforeAll
  static void start() {
    net = Localnet.start(LocalnetConfig.ephemeral(dir).withSlotMillis(50));
    client = new RpcClient(net.rpcUrl());
  }

  @AfterAll
  static void stop() {
    net.close();
  }

  @Test
  void readsAirdropsTransfersAndConfirms() throws Exception {
    Account alice = new Account();
    PublicKey bob = new Account().getPublicKey();
    assertThat(client.getApi().getBalance(alice.getPublicKey())).isZero();
    String airdrop = client.getApi().requestAirdrop(alice.getPublicKey(), 2_000_000_000L);
    assertThat(airdrop).isNotBlank();
    assertThat(client.getApi().getBalance(alice.getPublicKey(), Commitment.CONFIRMED))
        .isEqualTo(2_000_000_000L);

    AccountInfo info =
        client
            .getApi()
            .getAccountInfo(
                alice.getPublicKey(),
                Map.of("commitment", Commitment.CONFIRMED, "encoding", "base64"));
    assertThat(info.getValue().getLamports()).isEqualTo(2_000_000_000d);
    assertThat(info.getValue().getOwner()).isEqualTo(SystemProgram.PROGRAM_ID.toBase58());
    assertThat(info.getValue().isExecutable()).isFalse();
    assertThat(info.getValue().getData()).containsExactly("", "base64");
    assertThat(info.getContext().getSlot()).isPositive();

    String blockhash =
        client.getApi().getLatestBlockhash(Commitment.FINALIZED).getValue().getBlockhash();
    Transaction tx =
        new Transaction()
            .addInstruction(SystemProgram.transfer(alice.getPublicKey(), bob, 700_000_000L));
    String sig = client.getApi().sendTransaction(tx, List.of(alice), blockhash, PREFLIGHT);

    SignatureStatuses st = client.getApi().getSignatureStatuses(List.of(sig, airdrop), true);
    assertThat(st.getValue()).hasSize(2);
    assertThat(st.getValue().get(0).getConfirmationStatus()).isEqualTo("finalized");
    assertThat(st.getValue().get(0).getSlot()).isPositive();
    assertThat(st.getValue().get(1).getConfirmationStatus()).isEqualTo("finalized");
    assertThat(client.getApi().getBalance(bob)).isEqualTo(700_000_000L);
    assertThat(client.getApi().getBalance(alice.getPublicKey()))
        .isEqualTo(2_000_000_000L - 700_000_000L - 5000);
  }

  @Test
  void unknownSignatureHasNoStatus() throws Exception {
    SignatureStatuses st =
        client
            .getApi()
            .getSignatureStatuses(
                List.of(
                    "5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW"),
                true);
    assertThat(st.getValue()).hasSize(1);
    assertThat(st.getValue().get(0)).isNull();
  }

  @Test
  void insufficientFundsSurfacesAsPreflightError() throws Exception {
    Account poor = new Account();
    client.getApi().requestAirdrop(poor.getPublicKey(), 1_000_000_000L);
    String blockhash = client.getApi().getLatestBlockhash().getValue().getBlockhash();
    Transaction tx =
        new Transaction()
            .addInstruction(
                SystemProgram.transfer(
                    poor.getPublicKey(), new Account().getPublicKey(), 5_000_000_000L));
    // solanaj's RpcException keeps only the message: the -32002 code and the simulation logs in
    // `data` are lost.
    assertThatThrownBy(
            () -> client.getApi().sendTransaction(tx, List.of(poor), blockhash, PREFLIGHT))
        .isInstanceOf(RpcException.class)
        .hasMessageContaining(
            "Transaction simulation failed: Error processing Instruction 0: custom program error:"
                + " 0x1");
    assertThat(client.getApi().getBalance(poor.getPublicKey())).isEqualTo(1_000_000_000L);
  }

  @Test
  void unfundedFeePayerFailsPreflight() {
    Account nobody = new Account();
    Transaction tx =
        new Transaction()
            .addInstruction(
                SystemProgram.transfer(nobody.getPublicKey(), new Account().getPublicKey(), 1));
    assertThatThrownBy(
            () ->
                client
                    .getApi()
                    .sendTransaction(
                        tx,
                        List.of(nobody),
                        client.getApi().getLatestBlockhash().getValue().getBlockhash(),
                        PREFLIGHT))
        .isInstanceOf(RpcException.class)
        .hasMessageContaining("Attempt to debit an account but found no record of a prior credit");
  }

  /// The signature solanaj will produce for a one-instruction transaction (Ed25519 is
  /// deterministic).
  private static String signatureOf(TransactionInstruction ix, Account signer, String blockhash) {
    Transaction t = new Transaction().addInstruction(ix);
    t.setRecentBlockHash(blockhash);
    t.sign(signer);
    return Base58.encode(Arrays.copyOfRange(t.serialize(), 1, 65));
  }

  @Test
  void websocketSeesBalanceChangeAndSignature() throws Exception {
    Account alice = new Account();
    PublicKey carol = new Account().getPublicKey();
    client.getApi().requestAirdrop(alice.getPublicKey(), 3_000_000_000L);
    SubscriptionWebSocketClient ws = SubscriptionWebSocketClient.getExactPathInstance(net.wsUrl());
    try {
      assertThat(ws.waitForConnection(10, TimeUnit.SECONDS)).isTrue();
      // solanaj race: waitForConnection returns as soon as onOpen flags the socket open, but onOpen
      // then runs
      // resubscribeAll on OkHttp's thread; a subscribe issued meanwhile is sent twice and its
      // future can be orphaned
      // (seen here: requests "1" and "2" for one accountSubscribe, the caller's future never
      // completed).
      Thread.sleep(300);
      BlockingQueue<Object> accountEvents = new LinkedBlockingQueue<>();
      BlockingQueue<Object> signatureEvents = new LinkedBlockingQueue<>();
      Long accountSub =
          ws.accountSubscribe(carol.toBase58(), accountEvents::add, Commitment.CONFIRMED, "base64")
              .get(10, TimeUnit.SECONDS);
      assertThat(accountSub).isNotNull();

      String blockhash = client.getApi().getLatestBlockhash().getValue().getBlockhash();
      String expectedSig =
          signatureOf(
              SystemProgram.transfer(alice.getPublicKey(), carol, 250_000_000L), alice, blockhash);
      Long sigSub =
          ws.signatureSubscribe(expectedSig, signatureEvents::add).get(10, TimeUnit.SECONDS);
      assertThat(sigSub).isNotNull();
      Transaction tx =
          new Transaction()
              .addInstruction(SystemProgram.transfer(alice.getPublicKey(), carol, 250_000_000L));
      String sig = client.getApi().sendTransaction(tx, List.of(alice), blockhash, PREFLIGHT);
      assertThat(sig).isEqualTo(expectedSig);

      Object account = accountEvents.poll(10, TimeUnit.SECONDS);
      assertThat(account).as("accountNotification").isInstanceOf(Map.class);
      assertThat(account.toString()).contains("lamports=250000000");
      Object ok = signatureEvents.poll(10, TimeUnit.SECONDS);
      // Solana sends `{"err": null}` on success; solanaj keeps the JSON null node, so its
      // hasError() is true even
      // then. The error node itself tells success (JSON null) from failure.
      assertThat(ok)
          .isInstanceOfSatisfying(
              SignatureNotification.class,
              n -> assertThat(((JsonNode) n.getError()).isNull()).isTrue());

      // A transfer beyond the balance, sent with skipPreflight: it is committed as failed (fee
      // charged), and the
      // signature notification carries the error. getSignatureStatuses cannot show it through
      // solanaj (no `err`).
      String failingSig =
          signatureOf(
              SystemProgram.transfer(alice.getPublicKey(), carol, 90_000_000_000L),
              alice,
              blockhash);
      ws.signatureSubscribe(failingSig, signatureEvents::add).get(10, TimeUnit.SECONDS);
      Transaction failing =
          new Transaction()
              .addInstruction(SystemProgram.transfer(alice.getPublicKey(), carol, 90_000_000_000L));
      assertThat(
              client.getApi().sendTransaction(failing, List.of(alice), blockhash, SKIP_PREFLIGHT))
          .isEqualTo(failingSig);
      Object bad = signatureEvents.poll(10, TimeUnit.SECONDS);
      assertThat(bad)
          .isInstanceOfSatisfying(
              SignatureNotification.class,
              n -> {
                assertThat(n.getError().toString())
                    .isEqualTo("{\"InstructionError\":[0,{\"Custom\":1}]}");
              });
      assertThat(client.getApi().getBalance(alice.getPublicKey()))
          .isEqualTo(3_000_000_000L - 250_000_000L - 2 * 5000);
    } finally {
      ws.close();
    }
    await().atMost(Duration.ofSeconds(5)).until(() -> net.subscriptions() == 0);
  }
}
