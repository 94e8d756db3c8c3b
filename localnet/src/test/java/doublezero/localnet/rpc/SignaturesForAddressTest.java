package doublezero.localnet.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.TestRpc;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `getSignaturesForAddress` over HTTP: result shape and order
/// (https://solana.com/docs/rpc/http/getsignaturesforaddress), `limit`/`before`/`until`, failed
/// transactions' `err`, Agave's -32602 messages, and the retention bound.
@NeedsLedgerInternals(
    "tests the in-process ledger itself: getSignaturesForAddress order and its retention bound,"
        + " configured at start")
class SignaturesForAddressTest {
  @TempDir static Path dir;
  static Localnet net;
  static TestRpc rpc;
  static final Keypair alice = Keypair.generate();
  static final PublicKey bob = Keypair.generate().publicKey();

  /// Alice's transactions, oldest first: three airdrops, a transfer to Bob, a failed transfer to
  /// Bob.
  static final List<String> sigs = new ArrayList<>();

  @BeforeAll
  static void start() {
    net = Localnet.start(LocalnetConfig.ephemeral(dir).withSlotMillis(20));
    rpc = new TestRpc(net.rpcUrl());
    for (int i = 1; i <= 3; i++) {
      sigs.add(rpc.airdrop(alice.publicKey(), i * 1_000_000_000L));
    }
    sigs.add(rpc.transfer(alice, bob, 1_000_000L));
    JsonNode failed =
        rpc.send(
            rpc.signed(
                List.of(SystemProgram.transfer(alice.publicKey(), bob, 100_000_000_000L)),
                alice,
                List.of(alice)),
            true);
    sigs.add(failed.path("result").asText());
    waitForStatus(sigs.getLast());
  }

  @AfterAll
  static void stop() {
    net.close();
  }

  static void waitForStatus(String sig) {
    for (int i = 0; i < 200; i++) {
      if (!rpc.result("getSignatureStatuses", "[[\"" + sig + "\"]]")
          .path("value")
          .get(0)
          .isNull()) {
        return;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("transaction " + sig + " never landed");
  }

  static List<String> signatures(JsonNode result) {
    List<String> out = new ArrayList<>();
    result.forEach(n -> out.add(n.path("signature").asText()));
    return out;
  }

  static JsonNode call(PublicKey address, String config) {
    return rpc.result(
        "getSignaturesForAddress",
        "[\"" + address + "\"" + (config == null ? "" : "," + config) + "]");
  }

  @Test
  void everyRetainedTransactionOfTheAddressNewestFirstInSolanasShape() {
    JsonNode r = call(alice.publicKey(), null);
    assertThat(signatures(r)).containsExactlyElementsOf(sigs.reversed());
    JsonNode newest = r.get(0);
    assertThat(RpcMethodShapesTest.fields(newest))
        .containsExactlyInAnyOrder(
            "signature", "slot", "err", "memo", "blockTime", "confirmationStatus");
    assertThat(newest.path("err").toString())
        .isEqualTo("{\"InstructionError\":[0,{\"Custom\":1}]}");
    assertThat(newest.path("memo").isNull()).isTrue();
    assertThat(newest.path("confirmationStatus").asText()).isEqualTo("finalized");
    JsonNode tx = rpc.result("getTransaction", "[\"" + sigs.get(3) + "\",{\"encoding\":\"json\"}]");
    JsonNode transfer = r.get(1);
    assertThat(transfer.path("err").isNull()).isTrue();
    assertThat(transfer.path("slot").asLong()).isEqualTo(tx.path("slot").asLong());
    assertThat(transfer.path("blockTime").asLong()).isEqualTo(tx.path("blockTime").asLong());
    for (int i = 1; i < r.size(); i++) {
      assertThat(r.get(i).path("slot").asLong())
          .isLessThanOrEqualTo(r.get(i - 1).path("slot").asLong());
    }
  }

  @Test
  void theOtherAccountKeysAreIndexedToo() {
    assertThat(signatures(call(bob, "{}"))).containsExactly(sigs.get(4), sigs.get(3));
    assertThat(signatures(call(SystemProgram.PROGRAM_ID, "{\"limit\":1000}"))).containsAll(sigs);
  }

  @Test
  void limitBeforeAndUntilPage() {
    assertThat(signatures(call(alice.publicKey(), "{\"limit\":2}")))
        .containsExactly(sigs.get(4), sigs.get(3));
    assertThat(
            signatures(call(alice.publicKey(), "{\"limit\":2,\"before\":\"" + sigs.get(3) + "\"}")))
        .containsExactly(sigs.get(2), sigs.get(1));
    assertThat(signatures(call(alice.publicKey(), "{\"until\":\"" + sigs.get(1) + "\"}")))
        .containsExactly(sigs.get(4), sigs.get(3), sigs.get(2));
    assertThat(
            signatures(
                call(
                    alice.publicKey(),
                    "{\"before\":\""
                        + sigs.get(4)
                        + "\",\"until\":\""
                        + sigs.get(1)
                        + "\",\"commitment\":\"confirmed\"}")))
        .containsExactly(sigs.get(3), sigs.get(2));
  }

  @Test
  void unknownAddressAndUnknownBeforeGiveAnEmptyArray() {
    JsonNode none = call(Keypair.generate().publicKey(), null);
    assertThat(none.isArray()).isTrue();
    assertThat(none).isEmpty();
    String unknownSig = doublezero.sdk.solana.key.Base58.encode(new byte[64]);
    assertThat(call(alice.publicKey(), "{\"before\":\"" + unknownSig + "\"}")).isEmpty();
    assertThat(signatures(call(alice.publicKey(), "{\"until\":\"" + unknownSig + "\"}")))
        .hasSize(sigs.size());
  }

  @Test
  void badParametersGetAgavesMessages() {
    String a = "\"" + alice.publicKey() + "\"";
    RpcMethodShapesTest.error(
        rpc.call("getSignaturesForAddress", "[" + a + ",{\"limit\":0}]"),
        -32602,
        "Invalid limit; max 1000");
    RpcMethodShapesTest.error(
        rpc.call("getSignaturesForAddress", "[" + a + ",{\"limit\":1001}]"),
        -32602,
        "Invalid limit; max 1000");
    RpcMethodShapesTest.error(
        rpc.call("getSignaturesForAddress", "[" + a + ",{\"commitment\":\"processed\"}]"),
        -32602,
        "Method does not support commitment below `confirmed`");
    RpcMethodShapesTest.error(
        rpc.call("getSignaturesForAddress", "[" + a + ",{\"before\":\"xyz\"}]"),
        -32602,
        "Invalid param: Invalid");
    RpcMethodShapesTest.error(
        rpc.call("getSignaturesForAddress", "[\"not-a-key\"]"), -32602, "Invalid param: Invalid");
    RpcMethodShapesTest.error(
        rpc.call("getSignaturesForAddress", "[]"),
        -32602,
        "Invalid params: missing field `address`");
  }
}
