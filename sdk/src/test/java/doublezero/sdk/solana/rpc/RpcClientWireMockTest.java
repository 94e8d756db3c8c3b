package doublezero.sdk.solana.rpc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.serviceability.error.ServiceabilityErrorResolver;
import doublezero.sdk.solana.key.PublicKey;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The RPC client against WireMock stubs that answer with real Solana JSON-RPC response shapes
/// (https://solana.com/docs/rpc): successes, error responses, a preflight failure with logs and a
/// custom program error, HTTP 429 and timeouts.
class RpcClientWireMockTest {
  private static final PublicKey PROGRAM = Environment.LOCAL.serviceabilityProgramId();
  private static final String KEY = "vines1vzrYbzLMRdu58ou5XTby4qAqVRLmqo36NKPTg";
  private WireMockServer wm;
  private RpcClient client;

  @BeforeEach
  void start() {
    wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    // a timeout far above any answer's time on a loaded machine: a timed-out request is retried,
    // which the tests that count requests would see (CI once did, with 300 ms)
    client = client(Duration.ofSeconds(10));
  }

  private RpcClient client(Duration timeout) {
    return new RpcClient(
        "http://127.0.0.1:" + wm.port() + "/",
        RpcClientConfig.DEFAULTS
            .withRetries(2, Duration.ofMillis(1), Duration.ofMillis(5))
            .withTimeout(timeout));
  }

  @AfterEach
  void stop() {
    client.close();
    wm.stop();
  }

  private static String result(String json) {
    return "{\"jsonrpc\":\"2.0\",\"result\":" + json + ",\"id\":1}";
  }

  @Test
  void getAccountInfoSendsBase64EncodingAndDecodesTheValue() {
    wm.stubFor(
        post(urlEqualTo("/"))
            .withRequestBody(
                matchingJsonPath(
                    "$.method",
                    com.github.tomakehurst.wiremock.client.WireMock.equalTo("getAccountInfo")))
            .withRequestBody(
                matchingJsonPath(
                    "$.params[0]", com.github.tomakehurst.wiremock.client.WireMock.equalTo(KEY)))
            .withRequestBody(
                matchingJsonPath(
                    "$.params[1].encoding",
                    com.github.tomakehurst.wiremock.client.WireMock.equalTo("base64")))
            .willReturn(
                okJson(
                    result(
                        "{\"context\":{\"apiVersion\":\"2.0.15\",\"slot\":341197053},\"value\":{\"data\":[\"AQID\",\"base64\"],"
                            + "\"executable\":false,\"lamports\":88849814690250,\"owner\":\"11111111111111111111111111111111\","
                            + "\"rentEpoch\":18446744073709551615,\"space\":3}}"))));

    AccountInfo info = client.getAccountInfo(PublicKey.fromBase58(KEY)).orElseThrow();

    assertThat(info.lamports()).isEqualTo(88849814690250L);
    assertThat(info.data()).containsExactly(1, 2, 3);
    assertThat(Long.toUnsignedString(info.rentEpoch())).isEqualTo("18446744073709551615");
    assertThat(info.owner()).isEqualTo(PublicKey.DEFAULT);
  }

  @Test
  void getProgramAccountsSendsMemcmpAndDataSizeFilters() {
    wm.stubFor(
        post(urlEqualTo("/"))
            .withRequestBody(
                equalToJson(
                    "{\"jsonrpc\":\"2.0\",\"id\":\"${json-unit.any-number}\",\"method\":\"getProgramAccounts\","
                        + "\"params\":[\""
                        + PROGRAM
                        + "\",{\"encoding\":\"base64\",\"commitment\":\"${json-unit.any-string}\","
                        + "\"filters\":[{\"dataSize\":17},{\"memcmp\":{\"offset\":0,\"bytes\":\"6\"}}]}]}",
                    true,
                    true))
            .willReturn(
                okJson(
                    result(
                        "[{\"pubkey\":\""
                            + KEY
                            + "\",\"account\":{\"data\":[\"BQ==\",\"base64\"],\"executable\":false,"
                            + "\"lamports\":15298080,\"owner\":\""
                            + PROGRAM
                            + "\",\"rentEpoch\":28,\"space\":1}}]"))));

    List<KeyedAccount> accounts =
        client.getProgramAccounts(
            PROGRAM, List.of(AccountFilter.dataSize(17), AccountFilter.memcmp(0, new byte[] {5})));

    assertThat(accounts)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.pubkey().toBase58()).isEqualTo(KEY);
              assertThat(a.account().data()).containsExactly(5);
            });
  }

  @Test
  void preflightFailureExposesLogsAndTheCustomProgramError() {
    wm.stubFor(
        post(urlEqualTo("/"))
            .willReturn(
                okJson(
                    "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32002,\"message\":\"Transaction"
                        + " simulation failed: Error processing Instruction 0: custom program"
                        + " error: 0x7\","
                        + "\"data\":{\"accounts\":null,\"err\":{\"InstructionError\":[0,{\"Custom\":7}]},\"innerInstructions\":null,\"logs\":[\"Program"
                        + " "
                        + PROGRAM
                        + " invoke [1]\",\"Program log: Error: Invalid Status\","
                        + "\"Program "
                        + PROGRAM
                        + " consumed 4521 of 200000 compute units\",\"Program "
                        + PROGRAM
                        + " failed: custom program error:"
                        + " 0x7\"],\"replacementBlockhash\":null,\"returnData\":null,\"unitsConsumed\":4521}},\"id\":1}")));

    assertThatThrownBy(() -> client.sendTransaction(new byte[] {1, 2, 3}, SendOptions.DEFAULTS))
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> {
              assertThat(e.code()).isEqualTo(-32002);
              assertThat(e.isPreflightFailure()).isTrue();
              assertThat(e.logs()).hasSize(4).contains("Program log: Error: Invalid Status");
              assertThat(e.unitsConsumed()).hasValue(4521);
              TransactionError err =
                  e.transactionError(new ServiceabilityErrorResolver(PROGRAM), List.of(PROGRAM))
                      .orElseThrow();
              assertThat(err.describe())
                  .isEqualTo("instruction 0 failed: InvalidStatus (7): Invalid Status");
            });
    wm.verify(1, postRequestedFor(urlEqualTo("/")));
  }

  @Test
  void errorResponsesAreAnswersAndNotRetried() {
    wm.stubFor(
        post(urlEqualTo("/"))
            .willReturn(
                okJson(
                    "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not"
                        + " found\"},\"id\":1}")));
    assertThatThrownBy(() -> client.getSlot())
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> {
              assertThat(e.code()).isEqualTo(-32601);
              assertThat(e.getMessage()).contains("Method not found");
            });
    wm.verify(1, postRequestedFor(urlEqualTo("/")));
  }

  @Test
  void http429IsRetriedAfterBackoff() {
    wm.stubFor(
        post(urlEqualTo("/"))
            .inScenario("rate")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "0")
                    .withBody("Too many requests for a specific RPC call"))
            .willSetStateTo("ok"));
    wm.stubFor(
        post(urlEqualTo("/"))
            .inScenario("rate")
            .whenScenarioStateIs("ok")
            .willReturn(okJson(result("341197053"))));

    assertThat(client.getSlot()).isEqualTo(341197053L);
    wm.verify(2, postRequestedFor(urlEqualTo("/")));
  }

  @Test
  void timeoutsAreRetriedThenReportedWithTheUrl() {
    wm.stubFor(post(urlEqualTo("/")).willReturn(okJson(result("1")).withFixedDelay(2_000)));
    client.close();
    client = client(Duration.ofMillis(300));
    assertThatThrownBy(() -> client.getSlot())
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RpcErrorKind.TRANSPORT);
              assertThat(e.getMessage()).contains("127.0.0.1:" + wm.port());
            });
    // WireMock journals a delayed request only once its delay has run out, after the client gave up
    // on it.
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> wm.verify(3, postRequestedFor(urlEqualTo("/"))));
  }

  @Test
  void signatureStatusesCarryTheTransactionError() {
    wm.stubFor(
        post(urlEqualTo("/"))
            .willReturn(
                okJson(
                    result(
                        "{\"context\":{\"slot\":82},\"value\":[{\"slot\":72,"
                            + "\"confirmations\":10,\"err\":{\"InstructionError\":[1,\"InvalidAccountData\"]},\"status\":{\"Err\":"
                            + "{\"InstructionError\":[1,\"InvalidAccountData\"]}},\"confirmationStatus\":\"confirmed\"},null]}"))));

    List<java.util.Optional<SignatureStatus>> statuses =
        client.getSignatureStatuses(List.of("a", "b"), true);

    assertThat(statuses.get(0))
        .hasValueSatisfying(
            s -> {
              assertThat(s.failed()).isTrue();
              assertThat(s.err().orElseThrow().describe())
                  .contains("instruction 1")
                  .contains("InvalidAccountData");
            });
    assertThat(statuses.get(1)).isEmpty();
  }
}
