package doublezero.telemetry.internet.ripeatlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.telemetry.internet.provider.ProviderException;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RipeAtlasResultsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theFirstPositiveRttOfEachResultIsUsed() throws Exception {
    var results =
        RipeAtlasResults.parse(
            JSON.readTree(
                """
                [{"prb_id": 1, "timestamp": 100, "result": [{"rtt": 4.5}, {"rtt": 3.0}]},
                 {"prb_id": 2, "timestamp": 101, "result": [{"x": "*"}, {"rtt": -1}, {"rtt": 7.25}]},
                 {"prb_id": 3, "timestamp": 102, "result": [{"x": "*"}]},
                 {"prb_id": 4, "timestamp": 103, "result": [{"rtt": 0}]},
                 {"prb_id": 5, "timestamp": 104, "result": [{"error": "sendto failed"}]}]
                """),
            "test");
    assertThat(results)
        .containsExactly(
            new RipeAtlasResults.Result(1, 100, OptionalDouble.of(4.5)),
            new RipeAtlasResults.Result(2, 101, OptionalDouble.of(7.25)),
            new RipeAtlasResults.Result(3, 102, OptionalDouble.empty()),
            new RipeAtlasResults.Result(4, 103, OptionalDouble.empty()),
            new RipeAtlasResults.Result(5, 104, OptionalDouble.empty()));
  }

  @Test
  void anythingButAnArrayOfResultsIsMalformed() throws Exception {
    for (String body :
        List.of(
            "{\"detail\": \"x\"}",
            "[{\"timestamp\": 1}]",
            "[{\"prb_id\": \"1\", \"timestamp\": 1}]")) {
      assertThatThrownBy(() -> RipeAtlasResults.parse(JSON.readTree(body), "GET x"))
          .isInstanceOf(ProviderException.class)
          .extracting(e -> ((ProviderException) e).kind())
          .isEqualTo(ProviderException.Kind.MALFORMED);
    }
  }
}
