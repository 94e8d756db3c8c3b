package doublezero.sdk.solana.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// Cluster and node queries against a fake node.
class RpcClientNodeTest {
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
  void getEpochInfo() {
    node.result(
        "{\"absoluteSlot\":166598,\"blockHeight\":166500,\"epoch\":27,\"slotIndex\":2790,\"slotsInEpoch\":8192,\"transactionCount\":22661093}");
    assertThat(client.getEpochInfo())
        .isEqualTo(new EpochInfo(166598, 166500, 27, 2790, 8192, 22661093));
    node.assertLast("getEpochInfo", "[{\"commitment\":\"confirmed\"}]");
  }

  @Test
  void getSlotAndBlockHeight() {
    node.result("1234").result("1200");
    assertThat(client.getSlot()).isEqualTo(1234);
    node.assertLast("getSlot", "[{\"commitment\":\"confirmed\"}]");
    assertThat(client.getBlockHeight(Commitment.FINALIZED)).isEqualTo(1200);
    node.assertLast("getBlockHeight", "[{\"commitment\":\"finalized\"}]");
  }

  @Test
  void getVersion() {
    node.result("{\"feature-set\":2891131721,\"solana-core\":\"1.16.7\"}");
    NodeVersion v = client.getVersion();
    node.assertLast("getVersion", "[]");
    assertThat(v.solanaCore()).isEqualTo("1.16.7");
    assertThat(v.featureSet()).hasValue(2891131721L);
  }

  @Test
  void getHealthOkAndUnhealthy() {
    node.result("\"ok\"").error(-32005, "Node is behind by 42 slots", "{\"numSlotsBehind\":42}");
    assertThat(client.getHealth()).isEqualTo("ok");
    node.assertLast("getHealth", "[]");
    assertThatThrownBy(client::getHealth)
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> {
              assertThat(e.code()).isEqualTo(RpcException.NODE_UNHEALTHY);
              assertThat(e.data().path("numSlotsBehind").asInt()).isEqualTo(42);
            });
    assertThat(node.requests()).as("JSON-RPC errors are answers, never retried").hasSize(2);
  }

  @Test
  void getGenesisHash() {
    node.result("\"GH7ome3EiwEr7tu9JuTh2dpYWBJK3z69Xm1ZE3MEE6JC\"");
    assertThat(client.getGenesisHash()).isEqualTo("GH7ome3EiwEr7tu9JuTh2dpYWBJK3z69Xm1ZE3MEE6JC");
    node.assertLast("getGenesisHash", "[]");
  }

  @Test
  void getMinimumBalanceForRentExemption() {
    node.result("500");
    assertThat(client.getMinimumBalanceForRentExemption(50)).isEqualTo(500);
    node.assertLast("getMinimumBalanceForRentExemption", "[50,{\"commitment\":\"confirmed\"}]");
  }

  @Test
  void rawCallEscapeHatch() {
    node.result("{\"total\":1016000,\"circulating\":16000}");
    assertThat(client.call("getSupply", RpcJson.mapper().createArrayNode()).path("total").asLong())
        .isEqualTo(1016000);
    node.assertLast("getSupply", "[]");
  }

  @Test
  void defaultCommitmentFromConfig() throws Exception {
    try (RpcClient finalized =
        new RpcClient(
            node.url(), FakeRpcServer.testConfig().withCommitment(Commitment.FINALIZED))) {
      node.result("7");
      finalized.getSlot();
      node.assertLast("getSlot", "[{\"commitment\":\"finalized\"}]");
    }
  }

  @Test
  void rejectsNonHttpUrl() {
    assertThatThrownBy(() -> new RpcClient("ws://localhost:8900", RpcClientConfig.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ws://localhost:8900");
  }
}
