package doublezero.cli.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/// `--recent-time` in Go's duration syntax, and its heading as Go prints it.
class GoDurationsTest {
  @Test
  void parsesGoSyntax() {
    assertThat(GoDurations.parse("24h")).isEqualTo(Duration.ofHours(24));
    assertThat(GoDurations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(GoDurations.parse("1.5h")).isEqualTo(Duration.ofMinutes(90));
    assertThat(GoDurations.parse("250ms")).isEqualTo(Duration.ofMillis(250));
    for (String bad : new String[] {"", "24", "h", "-1h", "1d", "1h x"}) {
      assertThatThrownBy(() -> GoDurations.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("invalid duration \"" + bad + "\"");
    }
  }

  @Test
  void formatsAsGo() {
    assertThat(GoDurations.format(Duration.ofHours(24))).isEqualTo("24h0m0s");
    assertThat(GoDurations.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
    assertThat(GoDurations.format(Duration.ofSeconds(45))).isEqualTo("45s");
    assertThat(GoDurations.format(Duration.ofMillis(1500))).isEqualTo("1.5s");
  }
}
