package doublezero.sdk.solana.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.solana.key.PublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// Transaction methods against a fake node: exact outgoing JSON, validator-shaped answers.
class RpcClientTransactionsTest {
  static final String SIG =
      "5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW";
  static final String BLOCKHASH = "EkSnNWid2cvwEVnVx9aBqawnmiCNiDgp3gUdkDPTKN1N";
  static final byte[] TX = {1, 0, 9, 8, 7};
  static final String TX_B64 = Base64.getEncoder().encodeToString(TX);

  FakeRpcServer node;
  RpcClient client;

  @BeforeEach
  void start() throws Exception {
    node = new FakeRpcServer();
    client = node.client();
  }

  @AfterEach
  void stop() {
    client.close();
    node.close();
  }

  @Test
  void getLatestBlockhash() {
    node.result(
        "{\"context\":{\"slot\":2792},\"value\":{\"blockhash\":\""
            + BLOCKHASH
            + "\",\"lastValidBlockHeight\":3090}}");
    assertThat(client.getLatestBlockhash(Commitment.PROCESSED))
        .isEqualTo(new LatestBlockhash(BLOCKHASH, 3090, 2792));
    node.assertLast("getLatestBlockhash", "[{\"commitment\":\"processed\"}]");
  }

  @Test
  void sendTransactionSendsBase64WithPreflightByDefault() {
    node.result("\"" + SIG + "\"");
    assertThat(client.sendTransaction(TX, SendOptions.DEFAULTS)).isEqualTo(SIG);
    node.assertLast(
        "sendTransaction",
        "[\""
            + TX_B64
            + "\",{\"encoding\":\"base64\",\"skipPreflight\":false,\"preflightCommitment\":\"confirmed\"}]");
  }

  @Test
  void sendTransactionOptions() {
    node.result("\"" + SIG + "\"");
    client.sendTransaction(
        TX,
        SendOptions.DEFAULTS
            .withSkipPreflight(true)
            .withPreflightCommitment(Commitment.FINALIZED)
            .withMaxRetries(0));
    node.assertLast(
        "sendTransaction",
        "[\""
            + TX_B64
            + "\",{\"encoding\":\"base64\",\"skipPreflight\":true,"
            + "\"preflightCommitment\":\"finalized\",\"maxRetries\":0}]");
  }

  @Test
  void simulateTransactionReportsErrLogsAndUnits() {
    node.result(
        """
        {"context":{"apiVersion":"2.3.3","slot":393226680},"value":{"accounts":null,
         "err":{"InstructionError":[1,"InvalidAccountData"]},"innerInstructions":null,"loadedAccountsDataSize":413,
         "logs":["Program 11111111111111111111111111111111 invoke [1]","Program 11111111111111111111111111111111 success"],
         "replacementBlockhash":null,"returnData":null,"unitsConsumed":150}}\
        """);
    SimulationResult r = client.simulateTransaction(TX, SimulateOptions.DEFAULTS);
    node.assertLast(
        "simulateTransaction",
        "[\""
            + TX_B64
            + "\",{\"commitment\":\"confirmed\",\"encoding\":\"base64\","
            + "\"sigVerify\":false,\"replaceRecentBlockhash\":false}]");
    assertThat(r.contextSlot()).isEqualTo(393226680L);
    assertThat(r.err())
        .contains(new InstructionFailed(1, new NamedInstructionError("InvalidAccountData")));
    assertThat(r.err().orElseThrow().describe())
        .isEqualTo("instruction 1 failed: InvalidAccountData");
    assertThat(r.logs()).hasSize(2).first().asString().endsWith("invoke [1]");
    assertThat(r.unitsConsumed()).hasValue(150);
  }

  @Test
  void getSignatureStatusesCarriesErr() {
    node.result(
        """
        {"context":{"slot":82},"value":[
         {"slot":48,"confirmations":null,"err":null,"status":{"Ok":null},"confirmationStatus":"finalized"},
         null,
         {"slot":80,"confirmations":2,"err":{"InstructionError":[0,{"Custom":7}]},
          "status":{"Err":{"InstructionError":[0,{"Custom":7}]}},"confirmationStatus":"confirmed"}]}\
        """);
    List<Optional<SignatureStatus>> st = client.getSignatureStatuses(List.of(SIG, SIG, SIG), true);
    node.assertLast(
        "getSignatureStatuses",
        "[[\"" + SIG + "\",\"" + SIG + "\",\"" + SIG + "\"],{\"searchTransactionHistory\":true}]");
    assertThat(st.get(0).orElseThrow())
        .satisfies(
            s -> {
              assertThat(s.slot()).isEqualTo(48);
              assertThat(s.confirmations()).isEmpty();
              assertThat(s.hasReached(Commitment.FINALIZED)).isTrue();
              assertThat(s.err()).isEmpty();
            });
    assertThat(st.get(1)).isEmpty();
    assertThat(st.get(2).orElseThrow())
        .satisfies(
            s -> {
              assertThat(s.confirmations()).hasValue(2);
              assertThat(s.confirmationStatus()).contains(Commitment.CONFIRMED);
              assertThat(s.hasReached(Commitment.FINALIZED)).isFalse();
              assertThat(s.err())
                  .contains(new InstructionFailed(0, new CustomInstructionError(7, null, null)));
            });
  }

  @Test
  void getTransactionTypedMetaAndRaw() {
    node.result(
        """
        {"blockTime":1729100200,"meta":{"computeUnitsConsumed":150,"err":null,"fee":5000,"innerInstructions":[],
         "loadedAddresses":{"readonly":[],"writable":[]},"logMessages":["Program 11111111111111111111111111111111 invoke [1]"],
         "postBalances":[499998932500,26858640,1],"postTokenBalances":[],"preBalances":[499998937500,26858640,1],
         "preTokenBalances":[],"rewards":[],"status":{"Ok":null}},
         "slot":430,"transaction":["%s","base64"],"version":"legacy"}\
        """
            .formatted(TX_B64));
    TransactionDetails t = client.getTransaction(SIG).orElseThrow();
    node.assertLast(
        "getTransaction",
        "[\""
            + SIG
            + "\",{\"commitment\":\"confirmed\",\"encoding\":\"base64\",\"maxSupportedTransactionVersion\":0}]");
    assertThat(t.slot()).isEqualTo(430);
    assertThat(t.blockTime()).hasValue(1729100200L);
    assertThat(t.transaction()).isEqualTo(TX);
    TransactionMeta m = t.meta().orElseThrow();
    assertThat(m.err()).isEmpty();
    assertThat(m.fee()).isEqualTo(5000);
    assertThat(m.preBalances()).containsExactly(499998937500L, 26858640L, 1L);
    assertThat(m.postBalances()).containsExactly(499998932500L, 26858640L, 1L);
    assertThat(m.logMessages()).hasSize(1);
    assertThat(t.raw().path("version").asText()).isEqualTo("legacy");
  }

  @Test
  void unknownTransactionIsEmpty() {
    node.result("null");
    assertThat(client.getTransaction(SIG)).isEmpty();
  }

  @Test
  void requestAirdropSendsU64Lamports() {
    node.result("\"" + SIG + "\"");
    assertThat(client.requestAirdrop(PublicKey.DEFAULT, -1L)).isEqualTo(SIG);
    node.assertLast(
        "requestAirdrop",
        "[\"11111111111111111111111111111111\",18446744073709551615,{\"commitment\":\"confirmed\"}]");
  }

  @Test
  void getFeeForMessageAndExpiredBlockhash() {
    node.result("{\"context\":{\"slot\":5068},\"value\":5000}")
        .result("{\"context\":{\"slot\":5069},\"value\":null}");
    assertThat(client.getFeeForMessage("AQABAgIAAQ==")).hasValue(5000);
    node.assertLast("getFeeForMessage", "[\"AQABAgIAAQ==\",{\"commitment\":\"confirmed\"}]");
    assertThat(client.getFeeForMessage("AQABAgIAAQ==")).isEmpty();
  }

  @Test
  void isBlockhashValid() {
    node.result("{\"context\":{\"slot\":2483},\"value\":false}");
    assertThat(client.isBlockhashValid(BLOCKHASH)).isFalse();
    node.assertLast("isBlockhashValid", "[\"" + BLOCKHASH + "\",{\"commitment\":\"confirmed\"}]");
  }

  static String status(String confirmationStatus, String err) {
    return "{\"context\":{\"slot\":100},\"value\":[{\"slot\":99,\"confirmations\":"
        + ("finalized".equals(confirmationStatus) ? "null" : "1")
        + ",\"err\":"
        + err
        + ",\"status\":{\"Ok\":null},\"confirmationStatus\":\""
        + confirmationStatus
        + "\"}]}";
  }

  @Test
  void confirmPollsUntilCommitmentReached() {
    node.result("{\"context\":{\"slot\":98},\"value\":[null]}")
        .result("90")
        .result(status("processed", "null"))
        .result("91")
        .result(status("confirmed", "null"));
    SignatureStatus s =
        client.confirmTransaction(SIG, Commitment.CONFIRMED, 200, Duration.ofSeconds(5));
    assertThat(s.confirmationStatus()).contains(Commitment.CONFIRMED);
    assertThat(node.requests()).hasSize(5);
    FakeRpcServer.assertRequest(
        node.requests().get(0),
        "getSignatureStatuses",
        "[[\"" + SIG + "\"],{\"searchTransactionHistory\":false}]");
    FakeRpcServer.assertRequest(
        node.requests().get(1), "getBlockHeight", "[{\"commitment\":\"confirmed\"}]");
  }

  @Test
  void confirmReturnsFailedTransactionWithErr() {
    node.result(status("confirmed", "\"InsufficientFundsForFee\""));
    SignatureStatus s =
        client.confirmTransaction(SIG, Commitment.CONFIRMED, 200, Duration.ofSeconds(5));
    assertThat(s.err())
        .contains(new NamedTransactionError(NamedTransactionError.INSUFFICIENT_FUNDS_FOR_FEE));
  }

  @Test
  void confirmThrowsWhenBlockhashExpires() {
    node.result("{\"context\":{\"slot\":98},\"value\":[null]}")
        .result("201")
        .result("{\"context\":{\"slot\":98},\"value\":[null]}");
    assertThatThrownBy(
            () -> client.confirmTransaction(SIG, Commitment.CONFIRMED, 200, Duration.ofSeconds(5)))
        .isInstanceOfSatisfying(
            ConfirmationException.class,
            e -> {
              assertThat(e.failure()).isEqualTo(ConfirmationFailure.BLOCKHASH_EXPIRED);
              assertThat(e.signature()).isEqualTo(SIG);
              assertThat(e.lastStatus()).isEmpty();
              assertThat(e.kind()).isEqualTo(RpcErrorKind.CONFIRMATION);
            });
  }

  @Test
  void confirmThrowsOnTimeout() {
    for (int i = 0; i < 200; i++) {
      node.result(status("processed", "null")).result("150");
    }
    assertThatThrownBy(
            () -> client.confirmTransaction(SIG, Commitment.FINALIZED, 200, Duration.ofMillis(60)))
        .isInstanceOfSatisfying(
            ConfirmationException.class,
            e -> {
              assertThat(e.failure()).isEqualTo(ConfirmationFailure.TIMEOUT);
              assertThat(e.lastStatus().orElseThrow().confirmationStatus())
                  .contains(Commitment.PROCESSED);
            });
  }
}
