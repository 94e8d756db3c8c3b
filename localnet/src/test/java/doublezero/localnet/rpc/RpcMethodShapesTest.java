package doublezero.localnet.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.TestRpc;
import doublezero.localnet.ledger.Account;
import doublezero.sdk.solana.key.Base58;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;
import doublezero.sdk.solana.tx.Blockhash;
import doublezero.sdk.solana.tx.Message;
import doublezero.sdk.solana.tx.Transaction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// Success and error shapes of each JSON-RPC method, compared with https://solana.com/docs/rpc/http
/// (field names, `{context, value}` wrapping, encodings) and Agave's `rpc/src/rpc.rs` messages for
/// -32602.
@NeedsLedgerInternals(
    "tests the in-process ledger itself: its JSON-RPC result shapes, with accounts written through"
        + " Localnet.writeAccounts")
class RpcMethodShapesTest {
  private static final String SYSTEM = "11111111111111111111111111111111";
  @TempDir static Path dir;
  static Localnet net;
  static TestRpc rpc;
  static PublicKey program = Keypair.generate().publicKey();
  static PublicKey dataAccount = Keypair.generate().publicKey();
  static byte[] data = new byte[200];

  @BeforeAll
  static void start() {
    net = Localnet.start(LocalnetConfig.ephemeral(dir).withSlotMillis(50));
    rpc = new TestRpc(net.rpcUrl());
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) i;
    }
    net.node()
        .writeAccounts(Map.of(dataAccount, new Account(5_000_000, program, data, false, -1)))
        .join();
  }

  @AfterAll
  static void stop() {
    net.close();
  }

  static void error(JsonNode r, int code, String message) {
    assertThat(r.path("error").path("code").asInt()).as(r.toString()).isEqualTo(code);
    assertThat(r.path("error").path("message").asText()).as(r.toString()).isEqualTo(message);
  }

  static void assertContext(JsonNode result) {
    assertThat(result.path("context").path("slot").isIntegralNumber()).isTrue();
    assertThat(result.path("context").path("apiVersion").asText()).isEqualTo(RpcContext.VERSION);
  }

  static List<String> fields(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  @Test
  void getMultipleAccountsReturnsNullForMissingAndHonoursEncodingAndSlice() {
    Keypair a = Keypair.generate();
    rpc.airdrop(a.publicKey(), 1_000_000_000L);
    PublicKey missing = Keypair.generate().publicKey();
    JsonNode r =
        rpc.result(
            "getMultipleAccounts",
            "[[\""
                + a.publicKey()
                + "\",\""
                + missing
                + "\",\""
                + dataAccount
                + "\"],{\"encoding\":\"base64\",\"dataSlice\":{\"offset\":10,\"length\":4}}]");
    assertContext(r);
    JsonNode v = r.path("value");
    assertThat(v).hasSize(3);
    assertThat(fields(v.get(0)))
        .containsExactlyInAnyOrder("data", "executable", "lamports", "owner", "rentEpoch", "space");
    assertThat(v.get(0).path("lamports").asLong()).isEqualTo(1_000_000_000L);
    assertThat(v.get(0).path("owner").asText()).isEqualTo(SYSTEM);
    assertThat(v.get(0).path("rentEpoch").asText()).isEqualTo("18446744073709551615");
    assertThat(v.get(1).isNull()).isTrue();
    assertThat(v.get(2).path("data").get(0).asText())
        .isEqualTo(Base64.getEncoder().encodeToString(new byte[] {10, 11, 12, 13}));
    assertThat(v.get(2).path("data").get(1).asText()).isEqualTo("base64");
    assertThat(v.get(2).path("space").asInt()).isEqualTo(200);
    // default encoding of getMultipleAccounts is base64
    JsonNode plain = rpc.result("getMultipleAccounts", "[[\"" + a.publicKey() + "\"]]");
    assertThat(plain.path("value").get(0).path("data").toString()).isEqualTo("[\"\",\"base64\"]");
  }

  @Test
  void getMultipleAccountsBadParams() {
    error(
        rpc.call("getMultipleAccounts", "[\"" + SYSTEM + "\"]"),
        -32602,
        "Invalid params: invalid type: string \"" + SYSTEM + "\", expected a sequence");
    error(rpc.call("getMultipleAccounts", "[[\"nope\"]]"), -32602, "Invalid param: Invalid");
    StringBuilder many = new StringBuilder("[[");
    for (int i = 0; i < 101; i++) {
      many.append(i == 0 ? "" : ",").append('"').append(SYSTEM).append('"');
    }
    error(
        rpc.call("getMultipleAccounts", many + "]]"), -32602, "Too many inputs provided; max 100");
    error(rpc.call("getMultipleAccounts", "[]"), -32602, "Invalid params: missing field `pubkeys`");
  }

  @Test
  void dataSliceAndBase58Encoding() {
    JsonNode slice =
        rpc.result(
                "getAccountInfo",
                "[\""
                    + dataAccount
                    + "\",{\"encoding\":\"base58\",\"dataSlice\":{\"offset\":198,\"length\":10}}]")
            .path("value");
    assertThat(slice.path("data").get(0).asText())
        .isEqualTo(Base58.encode(new byte[] {(byte) 198, (byte) 199}));
    assertThat(slice.path("data").get(1).asText()).isEqualTo("base58");
    JsonNode beyond =
        rpc.result(
                "getAccountInfo",
                "[\""
                    + dataAccount
                    + "\",{\"encoding\":\"base64\",\"dataSlice\":{\"offset\":500,\"length\":10}}]")
            .path("value");
    assertThat(beyond.path("data").get(0).asText()).isEmpty();
    // 200 bytes is over Solana's 128-byte base58 limit: -32600 as Agave's `encode_account`
    error(
        rpc.call("getAccountInfo", "[\"" + dataAccount + "\",{\"encoding\":\"base58\"}]"),
        -32600,
        "Encoded binary (base 58) data should be less than 128 bytes, please use Base64 encoding.");
    // the legacy default (`binary`) is a bare base58 string
    JsonNode binary =
        rpc.result(
                "getAccountInfo",
                "[\"" + dataAccount + "\",{\"dataSlice\":{\"offset\":0,\"length\":3}}]")
            .path("value");
    assertThat(binary.path("data").asText()).isEqualTo(Base58.encode(new byte[] {0, 1, 2}));
    error(
        rpc.call(
            "getAccountInfo",
            "[\"" + dataAccount + "\",{\"dataSlice\":{\"offset\":-1,\"length\":3}}]"),
        -32602,
        "Invalid params: dataSlice needs unsigned integer `offset` and `length`");
    error(
        rpc.call("getAccountInfo", "[\"" + dataAccount + "\",{\"encoding\":\"hex\"}]"),
        -32602,
        "Invalid params: unknown variant `hex`, expected one of `binary`, `base58`, `base64`,"
            + " `jsonParsed`, `base64+zstd`");
  }

  @Test
  void getProgramAccountsStreamsEveryEncoding() {
    JsonNode plain =
        rpc.result("getProgramAccounts", "[\"" + program + "\",{\"encoding\":\"base64\"}]");
    assertThat(plain).hasSize(1);
    assertThat(fields(plain.get(0))).containsExactly("account", "pubkey");
    assertThat(plain.get(0).path("pubkey").asText()).isEqualTo(dataAccount.toBase58());
    JsonNode acct = plain.get(0).path("account");
    assertThat(fields(acct))
        .containsExactly("data", "executable", "lamports", "owner", "rentEpoch", "space");
    assertThat(Base64.getDecoder().decode(acct.path("data").get(0).asText())).isEqualTo(data);
    assertThat(acct.path("owner").asText()).isEqualTo(program.toBase58());
    assertThat(acct.path("rentEpoch").toString()).isEqualTo("18446744073709551615");
    JsonNode ctx =
        rpc.result(
            "getProgramAccounts",
            "[\""
                + program
                + "\",{\"withContext\":true,\"encoding\":\"base58\",\"dataSlice\":{\"offset\":1,\"length\":2}}]");
    assertContext(ctx);
    assertThat(ctx.path("value").get(0).path("account").path("data").toString())
        .isEqualTo("[\"" + Base58.encode(new byte[] {1, 2}) + "\",\"base58\"]");
    error(
        rpc.call("getProgramAccounts", "[\"" + program + "\",{\"encoding\":\"base58\"}]"),
        -32600,
        "Encoded binary (base 58) data should be less than 128 bytes, please use Base64 encoding.");
    assertThat(rpc.result("getProgramAccounts", "[\"" + Keypair.generate().publicKey() + "\"]"))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"processed", "confirmed", "finalized"})
  void everyCommitmentSeesTheSameCommittedState(String commitment) {
    Keypair a = Keypair.generate();
    rpc.airdrop(a.publicKey(), 42_000_000L);
    String cfg = "{\"commitment\":\"" + commitment + "\"}";
    assertThat(
            rpc.result("getBalance", "[\"" + a.publicKey() + "\"," + cfg + "]")
                .path("value")
                .asLong())
        .isEqualTo(42_000_000L);
    assertThat(
            rpc.result("getAccountInfo", "[\"" + a.publicKey() + "\"," + cfg + "]")
                .path("value")
                .path("lamports")
                .asLong())
        .isEqualTo(42_000_000L);
    assertThat(rpc.result("getSlot", "[" + cfg + "]").asLong()).isPositive();
    assertThat(
            rpc.result("getLatestBlockhash", "[" + cfg + "]")
                .path("value")
                .path("blockhash")
                .asText())
        .isNotEmpty();
    assertThat(rpc.result("getEpochInfo", "[" + cfg + "]").path("absoluteSlot").asLong())
        .isPositive();
  }

  @Test
  void badCommitmentAndMinContextSlot() {
    error(
        rpc.call("getBalance", "[\"" + SYSTEM + "\",{\"commitment\":\"final\"}]"),
        -32602,
        "Invalid params: unknown variant `final`, expected one of `processed`, `confirmed`,"
            + " `finalized`");
    JsonNode ahead = rpc.call("getBalance", "[\"" + SYSTEM + "\",{\"minContextSlot\":999999999}]");
    error(ahead, -32016, "Minimum context slot has not been reached");
    assertThat(ahead.path("error").path("data").path("contextSlot").isIntegralNumber()).isTrue();
    error(
        rpc.call("getEpochInfo", "[{\"minContextSlot\":999999999}]"),
        -32016,
        "Minimum context slot has not been reached");
  }

  @Test
  void getEpochInfoShape() {
    JsonNode e = rpc.result("getEpochInfo", "[]");
    assertThat(fields(e))
        .containsExactlyInAnyOrder(
            "absoluteSlot",
            "blockHeight",
            "epoch",
            "slotIndex",
            "slotsInEpoch",
            "transactionCount");
    assertThat(e.path("slotsInEpoch").asLong()).isEqualTo(432_000);
    assertThat(e.path("epoch").asLong() * 432_000 + e.path("slotIndex").asLong())
        .isEqualTo(e.path("absoluteSlot").asLong());
    error(
        rpc.call("getEpochInfo", "[\"confirmed\"]"),
        -32602,
        "Invalid params: invalid type: string \"confirmed\", expected struct config");
  }

  @Test
  void getVersionGenesisHashAndNoParamMethods() {
    JsonNode v = rpc.result("getVersion", "[]");
    assertThat(fields(v)).containsExactly("feature-set", "solana-core");
    assertThat(v.path("feature-set").isIntegralNumber()).isTrue();
    assertThat(v.path("solana-core").asText()).matches("\\d+\\.\\d+\\.\\d+");
    String genesis = rpc.result("getGenesisHash", "[]").asText();
    assertThat(Base58.decode(genesis)).hasSize(32);
    assertThat(rpc.result("getGenesisHash", "null").asText()).isEqualTo(genesis);
    for (String m :
        List.of("getVersion", "getGenesisHash", "getHealth", "getIdentity", "getEpochSchedule")) {
      error(rpc.call(m, "[1]"), -32602, "Invalid parameters: No parameters were expected");
    }
  }

  static Message transferMessage(Keypair from, Blockhash hash) {
    return Message.compile(
        List.of(SystemProgram.transfer(from.publicKey(), from.publicKey(), 1)),
        from.publicKey(),
        hash);
  }

  @Test
  void getFeeForMessageAndIsBlockhashValid() {
    Keypair a = Keypair.generate();
    Blockhash recent = rpc.blockhash();
    String msg = Base64.getEncoder().encodeToString(transferMessage(a, recent).serialize());
    JsonNode fee =
        rpc.result("getFeeForMessage", "[\"" + msg + "\",{\"commitment\":\"processed\"}]");
    assertContext(fee);
    assertThat(fee.path("value").asLong()).isEqualTo(5000);
    String stale =
        Base64.getEncoder()
            .encodeToString(transferMessage(a, Blockhash.of(new byte[32])).serialize());
    assertThat(rpc.result("getFeeForMessage", "[\"" + stale + "\"]").path("value").isNull())
        .isTrue();
    error(
        rpc.call("getFeeForMessage", "[\"***\"]"),
        -32602,
        "invalid base64 encoding: Illegal base64 character 2a");
    assertThat(rpc.call("getFeeForMessage", "[\"AQID\"]").path("error").path("message").asText())
        .startsWith("failed to deserialize solana_message::versioned::VersionedMessage: ");
    error(rpc.call("getFeeForMessage", "[]"), -32602, "Invalid params: missing field `message`");

    JsonNode valid =
        rpc.result(
            "isBlockhashValid", "[\"" + recent.toBase58() + "\",{\"commitment\":\"processed\"}]");
    assertContext(valid);
    assertThat(valid.path("value").asBoolean()).isTrue();
    assertThat(
            rpc.result("isBlockhashValid", "[\"" + Base58.encode(new byte[32]) + "\"]")
                .path("value")
                .asBoolean())
        .isFalse();
    error(rpc.call("isBlockhashValid", "[\"0OIl\"]"), -32602, "Invalid");
    error(rpc.call("isBlockhashValid", "[\"abc\"]"), -32602, "WrongSize");
    error(
        rpc.call("isBlockhashValid", "[42]"),
        -32602,
        "Invalid params: invalid type: integer `42`, expected a string");
  }

  @Test
  void getRecentPrioritizationFeesShapeAndLimits() {
    JsonNode fees = rpc.result("getRecentPrioritizationFees", "[]");
    assertThat(fees.isArray()).isTrue();
    assertThat(fees)
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(fields(f)).containsExactlyInAnyOrder("prioritizationFee", "slot");
              assertThat(f.path("prioritizationFee").asLong()).isZero();
            });
    assertThat(rpc.result("getRecentPrioritizationFees", "[[\"" + SYSTEM + "\"]]")).isNotEmpty();
    error(
        rpc.call("getRecentPrioritizationFees", "[[\"nope\"]]"), -32602, "Invalid param: Invalid");
    error(
        rpc.call("getRecentPrioritizationFees", "[\"" + SYSTEM + "\"]"),
        -32602,
        "Invalid params: invalid type: string \"" + SYSTEM + "\", expected a sequence");
    StringBuilder many = new StringBuilder("[[");
    for (int i = 0; i < 129; i++) {
      many.append(i == 0 ? "" : ",").append('"').append(SYSTEM).append('"');
    }
    error(
        rpc.call("getRecentPrioritizationFees", many + "]]"),
        -32602,
        "Too many inputs provided; max 128");
  }

  static String simulate(Transaction tx, String config) {
    return "[\"" + TestRpc.b64(tx) + "\",{\"encoding\":\"base64\"" + config + "}]";
  }

  @Test
  void simulateTransactionSuccessWithAccounts() {
    Keypair a = Keypair.generate();
    PublicKey to = Keypair.generate().publicKey();
    rpc.airdrop(a.publicKey(), 1_000_000_000L);
    Transaction tx =
        rpc.signed(List.of(SystemProgram.transfer(a.publicKey(), to, 300_000_000L)), a, List.of(a));
    JsonNode r =
        rpc.result(
            "simulateTransaction",
            simulate(
                tx,
                ",\"sigVerify\":true,\"accounts\":{\"encoding\":\"base64\",\"addresses\":[\""
                    + to
                    + "\",\""
                    + a.publicKey()
                    + "\"]}"));
    assertContext(r);
    JsonNode v = r.path("value");
    assertThat(fields(v))
        .contains(
            "accounts",
            "err",
            "logs",
            "replacementBlockhash",
            "returnData",
            "unitsConsumed",
            "innerInstructions",
            "loadedAccountsDataSize");
    assertThat(v.path("err").isNull()).isTrue();
    assertThat(v.path("logs").get(0).asText()).isEqualTo("Program " + SYSTEM + " invoke [1]");
    assertThat(v.path("logs").get(v.path("logs").size() - 1).asText())
        .isEqualTo("Program " + SYSTEM + " success");
    assertThat(v.path("unitsConsumed").asLong()).isPositive();
    assertThat(v.path("accounts").get(0).path("lamports").asLong()).isEqualTo(300_000_000L);
    assertThat(v.path("accounts").get(1).path("lamports").asLong())
        .isEqualTo(1_000_000_000L - 300_000_000L - 5000);
    assertThat(v.path("replacementBlockhash").isNull()).isTrue();
    // nothing was written
    assertThat(rpc.balance(to)).isZero();
    assertThat(rpc.balance(a.publicKey())).isEqualTo(1_000_000_000L);
  }

  @Test
  void simulateTransactionFailureCarriesErrAndLogs() {
    Keypair a = Keypair.generate();
    rpc.airdrop(a.publicKey(), 1_000_000_000L);
    Transaction tx =
        rpc.signed(
            List.of(
                SystemProgram.transfer(a.publicKey(), a.publicKey(), 0),
                SystemProgram.transfer(
                    a.publicKey(), Keypair.generate().publicKey(), 5_000_000_000L)),
            a,
            List.of(a));
    JsonNode v = rpc.result("simulateTransaction", simulate(tx, "")).path("value");
    assertThat(v.path("err").toString()).isEqualTo("{\"InstructionError\":[1,{\"Custom\":1}]}");
    assertThat(v.path("logs").toString())
        .contains("Transfer: insufficient lamports 999995000, need 5000000000")
        .contains("Program " + SYSTEM + " failed: custom program error: 0x1");
    assertThat(v.path("accounts").isNull()).isTrue();
  }

  @Test
  void simulateTransactionSigVerifyAndReplaceRecentBlockhash() {
    Keypair a = Keypair.generate();
    rpc.airdrop(a.publicKey(), 1_000_000_000L);
    Message stale = transferMessage(a, Blockhash.of(new byte[32]));
    Transaction unsigned = Transaction.of(stale, List.of(new byte[64]));
    // without sigVerify a bad signature is accepted; the unknown blockhash is the error
    JsonNode notFound = rpc.result("simulateTransaction", simulate(unsigned, "")).path("value");
    assertThat(notFound.path("err").asText()).isEqualTo("BlockhashNotFound");
    // replaceRecentBlockhash substitutes the latest blockhash and reports it
    JsonNode replaced =
        rpc.result("simulateTransaction", simulate(unsigned, ",\"replaceRecentBlockhash\":true"))
            .path("value");
    assertThat(replaced.path("err").isNull()).as(replaced.toString()).isTrue();
    assertThat(fields(replaced.path("replacementBlockhash")))
        .containsExactly("blockhash", "lastValidBlockHeight");
    assertThat(Base58.decode(replaced.path("replacementBlockhash").path("blockhash").asText()))
        .hasSize(32);
    error(
        rpc.call("simulateTransaction", simulate(unsigned, ",\"sigVerify\":true")),
        -32003,
        "Transaction signature verification failure");
    error(
        rpc.call(
            "simulateTransaction",
            simulate(unsigned, ",\"sigVerify\":true,\"replaceRecentBlockhash\":true")),
        -32602,
        "sigVerify may not be used with replaceRecentBlockhash");
    error(
        rpc.call("simulateTransaction", "[\"***\",{\"encoding\":\"base64\"}]"),
        -32602,
        "invalid base64 encoding: Illegal base64 character 2a");
    error(
        rpc.call("simulateTransaction", "[]"),
        -32602,
        "Invalid params: missing field `transaction`");
    error(
        rpc.call(
            "simulateTransaction", "[\"" + TestRpc.b64(unsigned) + "\",{\"encoding\":\"hex\"}]"),
        -32602,
        "unsupported encoding: hex. Supported encodings: base58, base64");
  }

  @Test
  void simulateTransactionAcceptsBase58() {
    Keypair a = Keypair.generate();
    rpc.airdrop(a.publicKey(), 1_000_000_000L);
    Transaction tx =
        rpc.signed(List.of(SystemProgram.transfer(a.publicKey(), a.publicKey(), 1)), a, List.of(a));
    JsonNode v =
        rpc.result("simulateTransaction", "[\"" + Base58.encode(tx.serialize()) + "\"]")
            .path("value");
    assertThat(v.path("err").isNull()).isTrue();
  }
}
