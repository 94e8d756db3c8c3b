package doublezero.sdk.solana.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.solana.key.PublicKey;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// JSON-RPC errors, HTTP errors, retries and transport failures.
class RpcClientErrorsTest {
  static final String PROGRAM = "ser2VaTMAcYTaauMrTSfSrxBaUDq7BLNs2xfUugTAGv";
  static final String PREFLIGHT_DATA =
      """
      {"accounts":null,"err":{"InstructionError":[0,{"Custom":7}]},"innerInstructions":null,"loadedAccountsDataSize":1024,
       "logs":["Program %1$s invoke [1]","Program log: Error: Invalid Status",
               "Program %1$s consumed 3120 of 200000 compute units","Program %1$s failed: custom program error: 0x7"],
       "replacementBlockhash":null,"returnData":null,"unitsConsumed":3120}\
      """
          .formatted(PROGRAM);

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
  void preflightFailureExposesInstructionErrorAndLogs() {
    node.error(
        -32002,
        "Transaction simulation failed: Error processing Instruction 0: custom program error: 0x7",
        PREFLIGHT_DATA);
    RpcException e =
        catchRpc(() -> client.sendTransaction(new byte[] {1, 2, 3}, SendOptions.DEFAULTS));
    assertThat(e.kind()).isEqualTo(RpcErrorKind.JSON_RPC);
    assertThat(e.isPreflightFailure()).isTrue();
    assertThat(e.code()).isEqualTo(-32002);
    assertThat(e.url()).isEqualTo(node.url());
    assertThat(e.method()).isEqualTo("sendTransaction");
    assertThat(e.getMessage()).contains("custom program error: 0x7", node.url());
    assertThat(e.transactionError())
        .contains(new InstructionFailed(0, new CustomInstructionError(7, null, null)));
    assertThat(e.transactionError().orElseThrow().describe())
        .isEqualTo("instruction 0 failed: custom program error 7 (0x7)");
    assertThat(e.logs()).hasSize(4).contains("Program log: Error: Invalid Status");
    assertThat(e.unitsConsumed()).hasValue(3120);
    PublicKey program = PublicKey.fromBase58(PROGRAM);
    ProgramErrorResolver resolver =
        (id, code) ->
            id.equals(program) && code == 7
                ? Optional.of(new ProgramError(7, "InvalidStatus", "Invalid Status"))
                : Optional.empty();
    TransactionError resolved = e.transactionError(resolver, List.of(program)).orElseThrow();
    assertThat(resolved.describe())
        .isEqualTo("instruction 0 failed: InvalidStatus (7): Invalid Status");
    assertThat(node.requests()).hasSize(1);
  }

  @Test
  void invalidParamsAndMethodNotFoundAreNotRetried() {
    node.error(-32602, "Invalid params: invalid type: integer `5`, expected a string.", null)
        .error(-32601, "Method not found", null);
    RpcException invalid = catchRpc(() -> client.getBalance(PublicKey.DEFAULT));
    assertThat(invalid.code()).isEqualTo(RpcException.INVALID_PARAMS);
    assertThat(invalid.data().isMissingNode()).isTrue();
    assertThat(invalid.transactionError()).isEmpty();
    assertThat(invalid.logs()).isEmpty();
    RpcException missing = catchRpc(() -> client.getSlot());
    assertThat(missing.code()).isEqualTo(RpcException.METHOD_NOT_FOUND);
    assertThat(missing.getMessage()).contains("Method not found", "getSlot");
    assertThat(node.requests()).hasSize(2);
  }

  @Test
  void http429ThenSuccessIsRetried() {
    node.reply(
            429,
            "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":429,\"message\":\"Too many requests for a"
                + " specific RPC call\"},\"id\":$ID}")
        .reply(429, "Too Many Requests", "Retry-After", "0")
        .result("42");
    assertThat(client.getSlot()).isEqualTo(42);
    assertThat(node.requests()).hasSize(3);
  }

  @Test
  void retryAfterIsHonoured() {
    node.reply(429, "slow down", "Retry-After", "1").result("42");
    long start = System.nanoTime();
    assertThat(client.getSlot()).isEqualTo(42);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void retryAfterAsPastHttpDateMeansNow() {
    node.reply(503, "maintenance", "Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT").result("42");
    long start = System.nanoTime();
    assertThat(client.getSlot()).isEqualTo(42);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(900));
    assertThat(node.requests()).hasSize(2);
  }

  @Test
  void http500ExhaustsRetries() {
    node.reply(500, "upstream down").reply(502, "bad gateway").reply(503, "unavailable");
    RpcException e = catchRpc(() -> client.getSlot());
    assertThat(e.kind()).isEqualTo(RpcErrorKind.HTTP);
    assertThat(e.httpStatus()).isEqualTo(503);
    assertThat(e.getMessage()).contains(node.url(), "HTTP 503", "3 attempt(s)", "unavailable");
    assertThat(node.requests()).hasSize(3);
  }

  @Test
  void sendTransactionIsNotRetriedOnHttpAnswers() {
    node.reply(503, "unavailable").result("\"sig\"");
    RpcException e = catchRpc(() -> client.sendTransaction(new byte[] {1}, SendOptions.DEFAULTS));
    assertThat(e.httpStatus()).isEqualTo(503);
    assertThat(node.requests()).hasSize(1);
  }

  @Test
  void sendTransactionIsRetriedWhenNoAnswerArrives() throws Exception {
    node.reply(-1, "").result("\"sig\"");
    assertThat(client.sendTransaction(new byte[] {1}, SendOptions.DEFAULTS)).isEqualTo("sig");
    assertThat(node.requests()).hasSize(2);
  }

  @Test
  void timeoutIsRetried() {
    try (RpcClient quick =
        new RpcClient(node.url(), FakeRpcServer.testConfig().withTimeout(Duration.ofSeconds(1)))) {
      // the second answer must come within the timeout, on a loaded machine too
      node.delayed(Duration.ofSeconds(3), "1").result("2");
      assertThat(quick.getSlot()).isEqualTo(2);
      assertThat(node.requests()).hasSize(2);
    }
  }

  @Test
  void connectionRefusedNamesTheUrl() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (RpcClient dead = new RpcClient("http://127.0.0.1:" + port, FakeRpcServer.testConfig())) {
      RpcException e = catchRpc(dead::getSlot);
      assertThat(e.kind()).isEqualTo(RpcErrorKind.TRANSPORT);
      assertThat(e.getMessage()).contains("http://127.0.0.1:" + port, "3 attempt(s)");
    }
  }

  @Test
  void nonJsonHttpErrorAndMissingResult() {
    node.reply(404, "<html>not found</html>").reply(200, "{\"jsonrpc\":\"2.0\",\"id\":$ID}");
    RpcException notFound = catchRpc(() -> client.getSlot());
    assertThat(notFound.kind()).isEqualTo(RpcErrorKind.HTTP);
    assertThat(notFound.httpStatus()).isEqualTo(404);
    assertThat(node.requests()).hasSize(1);
    RpcException noResult = catchRpc(() -> client.getSlot());
    assertThat(noResult.kind()).isEqualTo(RpcErrorKind.MALFORMED_RESPONSE);
  }

  static RpcException catchRpc(Runnable call) {
    try {
      call.run();
    } catch (RpcException e) {
      return e;
    }
    throw new AssertionError("expected an RpcException");
  }
}
