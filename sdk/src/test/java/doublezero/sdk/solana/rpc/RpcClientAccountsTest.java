package doublezero.sdk.solana.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.solana.key.PublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// Account reads against a fake node: exact outgoing JSON, validator-shaped answers (Solana
/// JSON-RPC docs).
class RpcClientAccountsTest {
  static final String KEY = "vines1vzrYbzLMRdu58ou5XTby4qAqVRLmqo36NKPTg";
  static final String PROGRAM = "ser2VaTMAcYTaauMrTSfSrxBaUDq7BLNs2xfUugTAGv";
  static final String DATA_B64 =
      Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4, 5, (byte) 0xff});
  static final String ACCOUNT =
      """
      {"data":["%s","base64"],"executable":false,"lamports":9007199254740993,
       "owner":"%s","rentEpoch":18446744073709551615,"space":6}\
      """
          .formatted(DATA_B64, PROGRAM);

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
  void getAccountInfoDecodesU64sExactlyAndData() {
    node.result(
        "{\"context\":{\"apiVersion\":\"2.2.20\",\"slot\":341197053},\"value\":" + ACCOUNT + "}");
    AccountInfo info = client.getAccountInfo(PublicKey.fromBase58(KEY)).orElseThrow();
    node.assertLast(
        "getAccountInfo",
        "[\"" + KEY + "\",{\"commitment\":\"confirmed\",\"encoding\":\"base64\"}]");
    assertThat(info.lamports()).isEqualTo(9007199254740993L);
    assertThat(info.rentEpoch()).isEqualTo(-1L);
    assertThat(Long.toUnsignedString(info.rentEpoch())).isEqualTo("18446744073709551615");
    assertThat(info.owner()).isEqualTo(PublicKey.fromBase58(PROGRAM));
    assertThat(info.data()).containsExactly(1, 2, 3, 4, 5, 0xff);
    assertThat(info.executable()).isFalse();
    assertThat(info.space()).isEqualTo(6);
  }

  @Test
  void getAccountInfoSendsCommitmentAndDataSlice() {
    node.result("{\"context\":{\"slot\":1},\"value\":" + ACCOUNT + "}");
    client.getAccountInfo(PublicKey.fromBase58(KEY), Commitment.FINALIZED, new DataSlice(8, 32));
    node.assertLast(
        "getAccountInfo",
        "[\""
            + KEY
            + "\",{\"commitment\":\"finalized\",\"encoding\":\"base64\","
            + "\"dataSlice\":{\"offset\":8,\"length\":32}}]");
  }

  @Test
  void missingAccountIsEmpty() {
    node.result("{\"context\":{\"slot\":1},\"value\":null}");
    assertThat(client.getAccountInfo(PublicKey.fromBase58(KEY))).isEmpty();
  }

  @Test
  void lamportsAsFloatingPointAreRefused() {
    node.result(
        "{\"context\":{\"slot\":1},\"value\":"
            + ACCOUNT.replace("9007199254740993", "9.007199254740993E15")
            + "}");
    assertThatThrownBy(() -> client.getAccountInfo(PublicKey.fromBase58(KEY)))
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RpcErrorKind.MALFORMED_RESPONSE);
              assertThat(e.url()).isEqualTo(node.url());
              assertThat(e.getMessage()).contains("getAccountInfo", "lamports must be an integer");
            });
  }

  @Test
  void rentEpochAboveU64IsRefused() {
    node.result(
        "{\"context\":{\"slot\":1},\"value\":"
            + ACCOUNT.replace("18446744073709551615", "18446744073709551616")
            + "}");
    assertThatThrownBy(() -> client.getAccountInfo(PublicKey.fromBase58(KEY)))
        .isInstanceOf(RpcException.class)
        .hasMessageContaining("rentEpoch out of u64 range");
  }

  @Test
  void getMultipleAccountsKeepsOrderAndNulls() {
    node.result("{\"context\":{\"slot\":2},\"value\":[" + ACCOUNT + ",null]}");
    List<Optional<AccountInfo>> accounts =
        client.getMultipleAccounts(List.of(PublicKey.fromBase58(KEY), PublicKey.DEFAULT));
    node.assertLast(
        "getMultipleAccounts",
        "[[\""
            + KEY
            + "\",\"11111111111111111111111111111111\"],"
            + "{\"commitment\":\"confirmed\",\"encoding\":\"base64\"}]");
    assertThat(accounts).hasSize(2);
    assertThat(accounts.get(0).orElseThrow().lamports()).isEqualTo(9007199254740993L);
    assertThat(accounts.get(1)).isEmpty();
  }

  @Test
  void getProgramAccountsSendsDataSizeAndMemcmpFilters() {
    node.result("[{\"account\":" + ACCOUNT + ",\"pubkey\":\"" + KEY + "\"}]");
    List<KeyedAccount> accounts =
        client.getProgramAccounts(
            PublicKey.fromBase58(PROGRAM),
            List.of(
                AccountFilter.dataSize(6),
                AccountFilter.memcmp(0, new byte[] {1, 2}),
                AccountFilter.memcmpBase64(4, new byte[] {5, (byte) 0xff})));
    node.assertLast(
        "getProgramAccounts",
        "[\""
            + PROGRAM
            + "\",{\"commitment\":\"confirmed\",\"encoding\":\"base64\",\"filters\":["
            + "{\"dataSize\":6},"
            + "{\"memcmp\":{\"offset\":0,\"bytes\":\"5T\",\"encoding\":\"base58\"}},"
            + "{\"memcmp\":{\"offset\":4,\"bytes\":\"Bf8=\",\"encoding\":\"base64\"}}]}]");
    assertThat(accounts)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.pubkey()).isEqualTo(PublicKey.fromBase58(KEY));
              assertThat(a.account().data()).containsExactly(1, 2, 3, 4, 5, 0xff);
            });
  }

  @Test
  void getProgramAccountsWithoutFiltersOmitsThem() {
    node.result("[]");
    assertThat(client.getProgramAccounts(PublicKey.fromBase58(PROGRAM), List.of())).isEmpty();
    node.assertLast(
        "getProgramAccounts",
        "[\"" + PROGRAM + "\",{\"commitment\":\"confirmed\",\"encoding\":\"base64\"}]");
  }

  @Test
  void getBalanceReadsExactLamports() {
    node.result("{\"context\":{\"slot\":1},\"value\":18446744073709551615}");
    assertThat(client.getBalance(PublicKey.fromBase58(KEY))).isEqualTo(-1L);
    node.assertLast("getBalance", "[\"" + KEY + "\",{\"commitment\":\"confirmed\"}]");
  }

  @Test
  void accountDataMustBeBase64Pair() {
    node.result(
        "{\"context\":{\"slot\":1},\"value\":"
            + ACCOUNT.replace("\"base64\"]", "\"base58\"]")
            + "}");
    assertThatThrownBy(() -> client.getAccountInfo(PublicKey.fromBase58(KEY)))
        .isInstanceOf(RpcException.class)
        .hasMessageContaining("account data must be");
  }
}
