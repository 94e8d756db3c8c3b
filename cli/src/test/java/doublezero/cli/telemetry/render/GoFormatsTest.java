package doublezero.cli.telemetry.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/// Numbers, times and tables as the reference's Go code prints them.
class GoFormatsTest {
  @Test
  void fixedRoundsTheBinaryValueHalfToEven() {
    assertThat(GoFloat.fixed(0.0625, 3)).isEqualTo("0.062"); // exact tie: even
    assertThat(GoFloat.fixed(0.1875, 3)).isEqualTo("0.188");
    assertThat(GoFloat.fixed(1.0005, 3)).isEqualTo("1.000"); // 1.000499999… in binary
    assertThat(GoFloat.fixed(-0.0001, 3)).isEqualTo("-0.000");
    assertThat(GoFloat.fixed(-0.0, 1)).isEqualTo("-0.0");
    assertThat(GoFloat.fixed(40_781, 3)).isEqualTo("40781.000");
    assertThat(GoFloat.fixed(Double.NaN, 3)).isEqualTo("NaN");
    assertThat(GoFloat.fixed(Double.POSITIVE_INFINITY, 3)).isEqualTo("+Inf");
    assertThat(GoFloat.fixed(Double.NEGATIVE_INFINITY, 3)).isEqualTo("-Inf");
  }

  @Test
  void rfc3339NanoDropsTrailingZeros() {
    assertThat(GoFloat.rfc3339Nano(1_700_000_000_000_000L)).isEqualTo("2023-11-14T22:13:20Z");
    assertThat(GoFloat.rfc3339Nano(1_704_067_200_500_000L)).isEqualTo("2024-01-01T00:00:00.5Z");
    assertThat(GoFloat.rfc3339Nano(1_704_067_200_000_001L))
        .isEqualTo("2024-01-01T00:00:00.000001Z");
  }

  @Test
  void jsonNumbersAsGoEncodingJson() {
    assertThat(StatsJson.goNumber(40.0)).isEqualTo("40");
    assertThat(StatsJson.goNumber(0.16)).isEqualTo("0.16");
    assertThat(StatsJson.goNumber(1e7)).isEqualTo("10000000");
    assertThat(StatsJson.goNumber(1e-7)).isEqualTo("1e-07");
    assertThat(StatsJson.goNumber(-2.5e-9)).isEqualTo("-2.5e-09");
    assertThat(StatsJson.goNumber(1e21)).isEqualTo("1e+21");
    assertThat(StatsJson.goNumber(0.000001)).isEqualTo("0.000001");
  }

  @Test
  void boxTableCentresHeadersAndRightAlignsNumbers() {
    String t =
        BoxTable.render(
            List.of("Circuit", "RTT\nP95"), List.of(List.of("a → b", "1.500"), List.of("c", "-")));
    assertThat(t)
        .isEqualTo(
            """
            +---------+-------+
            | Circuit |  RTT  |
            |         |  P95  |
            +---------+-------+
            | a → b   | 1.500 |
            +---------+-------+
            | c       | -     |
            +---------+-------+
            """);
  }
}
