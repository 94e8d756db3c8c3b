package doublezero.sdk.duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/// Go's `time.ParseDuration` syntax.
class GoDurationSyntaxTest {
  @Test
  void parsesGoSyntax() {
    assertThat(GoDurationSyntax.parse("0")).isZero();
    assertThat(GoDurationSyntax.parse("10s")).isEqualTo(Duration.ofSeconds(10));
    assertThat(GoDurationSyntax.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(GoDurationSyntax.parse("1.5h")).isEqualTo(Duration.ofMinutes(90));
    assertThat(GoDurationSyntax.parse("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(GoDurationSyntax.parse("1us500ns")).isEqualTo(Duration.ofNanos(1_500));
    assertThat(GoDurationSyntax.parse("2µs")).isEqualTo(Duration.ofNanos(2_000));
    assertThat(GoDurationSyntax.parse(".5s")).isEqualTo(Duration.ofMillis(500));
    assertThat(GoDurationSyntax.parse("0.1s"))
        .as("exact, no binary rounding")
        .hasNanos(100_000_000);
  }

  @Test
  void refusesEverythingElse() {
    for (String bad : new String[] {"", "24", "h", "-1h", "+1h", "1d", "1h x", "10 s", "00"}) {
      assertThatThrownBy(() -> GoDurationSyntax.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("invalid duration \"" + bad + "\"");
    }
  }
}
