package doublezero.localnet.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.TestRpc;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.system.SystemProgram;
import doublezero.sdk.solana.tx.Blockhash;
import doublezero.sdk.solana.tx.Message;
import doublezero.sdk.solana.tx.Transaction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@NeedsLedgerInternals(
    "tests the in-process ledger itself: its JSON-RPC server's handling of malformed requests")
class BadInputTest {
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
    assertThat(rpc.result("getHealth", "[]").asText()).isEqualTo("ok");
    net.close();
  }

  private static void error(JsonNode r, int code, String message) {
    assertThat(r.path("error").path("code").asInt()).as(r.toString()).isEqualTo(code);
    assertThat(r.path("error").path("message").asText()).as(r.toString()).startsWith(message);
  }

  @Test
  void malformedJsonIsAParseError() {
    JsonNode r = rpc.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":");
    error(r, -32700, "Parse error");
    assertThat(r.path("id").isNull()).isTrue();
  }

  @Test
  void unknownMethodAndInvalidRequest() {
    error(rpc.call("getNothing", "[]"), -32601, "Method not found");
    error(rpc.post("{\"id\":1,\"method\":\"getSlot\"}"), -32600, "Invalid request");
    error(rpc.post("[]"), -32600, "Invalid request");
    error(rpc.call("getBalance", "[\"not-a-key\"]"), -32602, "Invalid param: Invalid");
    error(rpc.call("getBalance", "[]"), -32602, "Invalid params: missing field");
    error(
        rpc.call(
            "getAccountInfo", "[\"11111111111111111111111111111111\",{\"commitment\":\"bogus\"}]"),
        -32602,
        "Invalid params: unknown variant `bogus`");
    error(
        rpc.call(
            "getAccountInfo",
            "[\"11111111111111111111111111111111\",{\"encoding\":\"base64+zstd\"}]"),
        -32602,
        "Invalid params: encoding `base64+zstd` is not supported");
  }

  @Test
  void batchAnswersEachRequest() {
    JsonNode r =
        rpc.post(
            "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"getSlot\"},"
                + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"nope\"},{\"jsonrpc\":\"2.0\",\"method\":\"getSlot\"}]");
    assertThat(r.isArray()).isTrue();
    assertThat(r).hasSize(2);
    assertThat(r.get(0).path("result").isIntegralNumber()).isTrue();
    error(r.get(1), -32601, "Method not found");
  }

  @Test
  void requestsOverOneMebibyteGet413() {
    String big =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"getSlot\",\"params\":[\""
            + "a".repeat(1 << 20)
            + "\"]}";
    assertThat(rpc.raw(big).statusCode()).isEqualTo(413);
  }

  @Test
  void badEncodingsAreInvalidParams() {
    error(rpc.call("sendTransaction", "[\"0OIl\"]"), -32602, "invalid base58 encoding");
    error(
        rpc.call("sendTransaction", "[\"***\",{\"encoding\":\"base64\"}]"),
        -32602,
        "invalid base64 encoding");
    error(
        rpc.call("sendTransaction", "[\"AQID\",{\"encoding\":\"base64\"}]"),
        -32602,
        "failed to deserialize");
  }

  @Test
  void badSignatureExpiredBlockhashAndReplayGetValidatorErrors() {
    Keypair a = Keypair.generate();
    rpc.airdrop(a.publicKey(), 2_000_000_000L);
    Transaction good =
        rpc.signed(
            List.of(
                SystemProgram.transfer(
                    a.publicKey(), Keypair.generate().publicKey(), 1_000_000_000L)),
            a,
            List.of(a));
    byte[] sig = good.signatures().getFirst().clone();
    sig[0] ^= 1;
    error(
        rpc.send(Transaction.of(good.message(), List.of(sig)), false),
        -32003,
        "Transaction signature verification failure");
    assertThat(rpc.send(good, false).has("result")).isTrue();
    JsonNode replay = rpc.send(good, false);
    error(
        replay,
        -32002,
        "Transaction simulation failed: This transaction has already been processed");
    assertThat(replay.path("error").path("data").path("err").asText())
        .isEqualTo("AlreadyProcessed");
    Message stale =
        Message.compile(
            List.of(SystemProgram.transfer(a.publicKey(), a.publicKey(), 1)),
            a.publicKey(),
            Blockhash.of(new byte[32]));
    JsonNode expired = rpc.send(Transaction.unsigned(stale).sign(List.of(a)), false);
    error(expired, -32002, "Transaction simulation failed: Blockhash not found");
    assertThat(expired.path("error").path("data").path("err").asText())
        .isEqualTo("BlockhashNotFound");
    Keypair broke = Keypair.generate();
    JsonNode noFunds =
        rpc.send(
            rpc.signed(
                List.of(SystemProgram.transfer(broke.publicKey(), a.publicKey(), 1)),
                broke,
                List.of(broke)),
            false);
    error(
        noFunds,
        -32002,
        "Transaction simulation failed: Attempt to debit an account but found no record of a prior"
            + " credit.");
  }
}
