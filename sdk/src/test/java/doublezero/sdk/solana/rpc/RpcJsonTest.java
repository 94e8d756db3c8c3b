package doublezero.sdk.solana.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RpcJsonTest {
  @Test
  void parsesBytesAsUtf8JsonWithExactIntegers() {
    String text =
        "{\"result\":{\"rentEpoch\":18446744073709551615,\"lamports\":1,\"code\":\"Zürich 東京\"}}";
    JsonNode fromBytes = RpcJson.parse(text.getBytes(StandardCharsets.UTF_8));
    assertThat(fromBytes).isEqualTo(RpcJson.parse(text));
    JsonNode result = fromBytes.get("result");
    assertThat(RpcJson.u64(result, "rentEpoch")).isEqualTo(-1L);
    assertThat(RpcJson.text(result, "code")).isEqualTo("Zürich 東京");
  }

  @Test
  void bytesThatAreNotJsonAreAMalformedResponse() {
    assertThatThrownBy(() -> RpcJson.parse("<html>502</html>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> assertThat(e.kind()).isEqualTo(RpcErrorKind.MALFORMED_RESPONSE))
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> RpcJson.parse("{\"result\":[1,".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(RpcException.class)
        .hasMessageContaining("not JSON");
  }
}
