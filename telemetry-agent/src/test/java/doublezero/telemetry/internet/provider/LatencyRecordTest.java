package doublezero.telemetry.internet.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatencyRecordTest {
  @Test
  void codesAreSwappedIntoAlphabeticalOrder() {
    assertThat(new LatencyRecord("xlax", "xams", 5, 7).ordered())
        .isEqualTo(new LatencyRecord("xams", "xlax", 5, 7));
    LatencyRecord ordered = new LatencyRecord("xams", "xlax", 5, 7);
    assertThat(ordered.ordered()).isSameAs(ordered);
  }

  @Test
  void anRttOfZeroOrLessIsNoRecord() {
    assertThatThrownBy(() -> new LatencyRecord("a", "b", 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LatencyRecord("a", "b", 1, -5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
