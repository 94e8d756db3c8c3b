package doublezero.localnet.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.localnet.ledger.Account;
import doublezero.localnet.rpc.AccountEncoder;
import doublezero.localnet.rpc.Json;
import doublezero.localnet.rpc.JsonRpcDispatcher;
import doublezero.localnet.rpc.RpcException;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/// The pre-rendered notification bytes are exactly those of the JSON tree the notification shape
/// gives (the way every other PubSub message is written), for every encoding, a data slice, u64
/// values above 2^63 and executable accounts; and an encoder's equality is what decides sharing.
class NotificationFramesTest {
  private static final List<String> CONFIGS =
      List.of(
          "{}",
          "{\"encoding\":\"base58\"}",
          "{\"encoding\":\"base64\"}",
          "{\"encoding\":\"jsonParsed\"}",
          "{\"encoding\":\"base64\",\"dataSlice\":{\"offset\":3,\"length\":5}}",
          "{\"encoding\":\"base58\",\"dataSlice\":{\"offset\":100,\"length\":5}}");

  @Test
  void framesAreByteForByteTheTreeRendering() throws Exception {
    PublicKey owner = Keypair.generate().publicKey();
    PublicKey key = Keypair.generate().publicKey();
    byte[] data = new byte[77];
    new Random(7).nextBytes(data);
    List<Account> accounts =
        List.of(
            Account.system(0),
            Account.system(1_000_000_000L),
            new Account(-1L, owner, data, true, Account.RENT_EXEMPT_EPOCH),
            new Account(42L, owner, data, false, 361L));
    for (String cfg : CONFIGS) {
      AccountEncoder enc = AccountEncoder.from(JsonRpcDispatcher.JSON.readTree(cfg), "binary");
      for (Account a : accounts) {
        long slot = 123_456L;
        long id = 9_007_199_254_740_993L;
        Object accountTree = Json.obj("context", Json.obj("slot", slot), "value", enc.encode(a));
        assertThat(
                text(
                    NotificationFrames.frame(
                        Subscription.Kind.ACCOUNT,
                        NotificationFrames.accountResult(slot, a, enc),
                        id)))
            .as("%s %s", cfg, a)
            .isEqualTo(text(tree("accountNotification", accountTree, id)));
        Object programTree =
            Json.obj(
                "context",
                Json.obj("slot", slot),
                "value",
                Json.obj("account", enc.encode(a), "pubkey", key.toBase58()));
        assertThat(
                text(
                    NotificationFrames.frame(
                        Subscription.Kind.PROGRAM,
                        NotificationFrames.programResult(slot, key, a, enc),
                        7)))
            .as("%s %s", cfg, a)
            .isEqualTo(text(tree("programNotification", programTree, 7)));
      }
    }
  }

  @Test
  void base58OverItsLimitIsRefusedAsByTheRpc() throws Exception {
    AccountEncoder enc =
        AccountEncoder.from(JsonRpcDispatcher.JSON.readTree("{\"encoding\":\"base58\"}"), "binary");
    Account big = new Account(1L, Keypair.generate().publicKey(), new byte[129], false, 0L);
    assertThatThrownBy(() -> NotificationFrames.accountResult(1, big, enc))
        .isInstanceOf(RpcException.class);
  }

  @Test
  void encodersThatRenderAlikeAreEqual() throws Exception {
    AccountEncoder a = AccountEncoder.from(JsonRpcDispatcher.JSON.readTree("{}"), "binary");
    AccountEncoder b =
        AccountEncoder.from(JsonRpcDispatcher.JSON.readTree("{\"encoding\":\"binary\"}"), "base64");
    AccountEncoder c =
        AccountEncoder.from(JsonRpcDispatcher.JSON.readTree("{\"encoding\":\"base64\"}"), "binary");
    AccountEncoder d =
        AccountEncoder.from(
            JsonRpcDispatcher.JSON.readTree(
                "{\"encoding\":\"base64\",\"dataSlice\":{\"offset\":0,\"length\":1}}"),
            "binary");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    assertThat(c).isNotEqualTo(d);
  }

  private static byte[] tree(String method, Object result, long id) {
    return JsonRpcDispatcher.write(
        Json.obj(
            "jsonrpc",
            "2.0",
            "method",
            method,
            "params",
            Json.obj("result", result, "subscription", id)));
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
