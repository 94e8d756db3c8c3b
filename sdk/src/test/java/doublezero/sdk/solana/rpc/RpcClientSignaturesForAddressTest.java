package doublezero.sdk.solana.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// `getSignaturesForAddress` against a fake node: the outgoing JSON and the typed entries (answers
/// shaped as in https://solana.com/docs/rpc/http/getsignaturesforaddress).
class RpcClientSignaturesForAddressTest {
  static final String SIG =
      "5h6xBEauJ3PK6SWCZ1PGjBvj8vDdWG3KpwATGy1ARAXFSDwt8GFXM7W5Ncn16wmqokgpiKRLuS83KUxyZyv2sUYv";
  static final String SIG2 = RpcClientTransactionsTest.SIG;
  static final PublicKey ADDRESS =
      PublicKey.fromBase58("Vote111111111111111111111111111111111111111");

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
  void defaultsAskForTheNewestThousandAtTheClientsCommitment() {
    node.result(
        """
        [{"signature":"%s","slot":114,"err":null,"memo":null,"blockTime":null,"confirmationStatus":"finalized"},
         {"signature":"%s","slot":113,"err":{"InstructionError":[0,{"Custom":1}]},"memo":"[5] hello",
          "blockTime":1729100200,"confirmationStatus":"confirmed"}]\
        """
            .formatted(SIG, SIG2));
    List<SignatureInfo> r =
        client.getSignaturesForAddress(ADDRESS, SignaturesForAddressOptions.DEFAULTS);
    node.assertLast(
        "getSignaturesForAddress",
        "[\"" + ADDRESS + "\",{\"commitment\":\"confirmed\",\"limit\":1000}]");
    assertThat(r).hasSize(2);
    SignatureInfo first = r.get(0);
    assertThat(first)
        .isEqualTo(
            new SignatureInfo(
                SIG,
                114,
                Optional.empty(),
                Optional.empty(),
                java.util.OptionalLong.empty(),
                Optional.of(Commitment.FINALIZED)));
    SignatureInfo second = r.get(1);
    assertThat(second.err())
        .contains(new InstructionFailed(0, new CustomInstructionError(1, null, null)));
    assertThat(second.memo()).contains("[5] hello");
    assertThat(second.blockTime()).hasValue(1729100200L);
    assertThat(second.confirmationStatus()).contains(Commitment.CONFIRMED);
  }

  @Test
  void pagingOptionsAndProcessedRaisedToConfirmed() {
    node.result("[]");
    SignaturesForAddressOptions o =
        new SignaturesForAddressOptions(
                10, Optional.empty(), Optional.empty(), Optional.of(Commitment.PROCESSED))
            .withBefore(SIG)
            .withUntil(SIG2);
    assertThat(client.getSignaturesForAddress(ADDRESS, o)).isEmpty();
    node.assertLast(
        "getSignaturesForAddress",
        "[\""
            + ADDRESS
            + "\",{\"commitment\":\"confirmed\",\"limit\":10,"
            + "\"before\":\""
            + SIG
            + "\",\"until\":\""
            + SIG2
            + "\"}]");
    node.result("[]");
    client.getSignaturesForAddress(
        ADDRESS, SignaturesForAddressOptions.DEFAULTS.withLimit(1).withBefore(SIG).withUntil(SIG2));
    node.assertLast(
        "getSignaturesForAddress",
        "[\""
            + ADDRESS
            + "\",{\"commitment\":\"confirmed\",\"limit\":1,"
            + "\"before\":\""
            + SIG
            + "\",\"until\":\""
            + SIG2
            + "\"}]");
  }

  @Test
  void limitOutsideTheNodesRangeIsRefusedBeforeSending() {
    assertThatThrownBy(() -> SignaturesForAddressOptions.DEFAULTS.withLimit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be between 1 and 1000, got 0");
    assertThatThrownBy(() -> SignaturesForAddressOptions.DEFAULTS.withLimit(1001))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void malformedAnswersAreReported() {
    node.result("{\"value\":[]}");
    assertThatThrownBy(
            () -> client.getSignaturesForAddress(ADDRESS, SignaturesForAddressOptions.DEFAULTS))
        .isInstanceOf(RpcException.class)
        .hasMessageContaining("result must be an array");
    node.result("[{\"signature\":\"" + SIG + "\",\"slot\":1,\"confirmationStatus\":\"rooted\"}]");
    assertThatThrownBy(
            () -> client.getSignaturesForAddress(ADDRESS, SignaturesForAddressOptions.DEFAULTS))
        .isInstanceOf(RpcException.class)
        .hasMessageContaining("unknown confirmationStatus 'rooted'");
  }
}
