package doublezero.sdk.solana.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.FakeRpcServer;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// [TransactionSender] against a scripted JSON-RPC node: a preflight `BlockhashNotFound` (the
/// blockhash expired before the send) is retried with a fresh blockhash, at most
/// [TransactionSender#BLOCKHASH_ATTEMPTS] times; any other preflight failure is not retried.
class TransactionSenderTest {
  static final String HASH_1 = Keypair.generate().publicKey().toBase58();
  static final String HASH_2 = Keypair.generate().publicKey().toBase58();
  static final String SIG =
      "5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW";
  static final String BLOCKHASH_NOT_FOUND =
      "{\"err\":\"BlockhashNotFound\",\"logs\":[],\"accounts\":null,\"unitsConsumed\":0}";
  FakeRpcServer node;
  RpcClient client;
  TransactionSender sender;
  final Keypair payer = Keypair.generate();
  final Instruction ix =
      new Instruction(
          Keypair.generate().publicKey(),
          List.of(new AccountMeta(payer.publicKey(), true, true)),
          new byte[] {1});

  @BeforeEach
  void start() throws Exception {
    node = new FakeRpcServer();
    client = node.client();
    sender =
        new TransactionSender(
            client, (id, code) -> Optional.empty(), Commitment.CONFIRMED, Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() {
    client.close();
    node.close();
  }

  private void latest(String hash) {
    node.result(
        "{\"context\":{\"slot\":1},\"value\":{\"blockhash\":\""
            + hash
            + "\",\"lastValidBlockHeight\":1000}}");
  }

  private void blockhashNotFound() {
    node.error(-32002, "Transaction simulation failed: Blockhash not found", BLOCKHASH_NOT_FOUND);
  }

  @Test
  void aStaleBlockhashInPreflightIsRetriedWithAFreshOne() {
    latest(HASH_1);
    blockhashNotFound();
    latest(HASH_2);
    node.result("\"" + SIG + "\"");
    node.result(
        "{\"context\":{\"slot\":2},\"value\":[{\"slot\":2,\"confirmations\":0,\"err\":null,"
            + "\"status\":{\"Ok\":null},\"confirmationStatus\":\"confirmed\"}]}");

    assertThat(sender.send(List.of(ix), payer, List.of())).isEqualTo(SIG);
    List<String> methods = node.requests().stream().map(r -> r.path("method").asText()).toList();
    assertThat(methods)
        .containsExactly(
            "getLatestBlockhash",
            "sendTransaction",
            "getLatestBlockhash",
            "sendTransaction",
            "getSignatureStatuses");
    List<JsonNode> sends =
        node.requests().stream()
            .filter(r -> r.path("method").asText().equals("sendTransaction"))
            .toList();
    assertThat(sends.get(0).path("params").get(0).asText())
        .as("the retry is a new transaction, signed over the fresh blockhash")
        .isNotEqualTo(sends.get(1).path("params").get(0).asText());
  }

  @Test
  void theThirdStaleBlockhashIsReported() {
    for (int i = 0; i < TransactionSender.BLOCKHASH_ATTEMPTS; i++) {
      latest(HASH_1);
      blockhashNotFound();
    }
    TransactionFailedException e =
        catchThrowableOfType(
            TransactionFailedException.class, () -> sender.send(List.of(ix), payer, List.of()));
    assertThat(e.error().name()).isEqualTo("BlockhashNotFound");
    assertThat(e.signature()).isEmpty();
    assertThat(node.requests()).hasSize(2 * TransactionSender.BLOCKHASH_ATTEMPTS);
  }

  @Test
  void anyOtherPreflightFailureIsNotRetried() {
    latest(HASH_1);
    node.error(
        -32002,
        "Transaction simulation failed: Attempt to debit an account but found no record of a"
            + " prior credit.",
        "{\"err\":\"AccountNotFound\",\"logs\":[],\"accounts\":null,\"unitsConsumed\":0}");
    TransactionFailedException e =
        catchThrowableOfType(
            TransactionFailedException.class, () -> sender.send(List.of(ix), payer, List.of()));
    assertThat(e.error().name()).isEqualTo("AccountNotFound");
    assertThat(node.requests()).hasSize(2);
  }
}
