package doublezero.telemetry.twamp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RttRuleTest {
  @Test
  void usesTheKernelTimeWhenItIsAfterTheSend() {
    assertThat(RttRule.decide(1_000, 51_000, 90_000)).isEqualTo(50_000);
  }

  @Test
  void clampsSmallNegativeKernelRttsToZero() {
    assertThat(RttRule.decide(1_000_000, 1_000_000 - 100_000, 5_000_000))
        .isZero(); // exactly -100 µs
    assertThat(RttRule.decide(1_000_000, 999_999, 5_000_000)).isZero();
  }

  @Test
  void fallsBackToUserspaceBelowMinus100Micros() {
    assertThat(RttRule.decide(1_000_000, 1_000_000 - 100_001, 1_030_000)).isEqualTo(30_000);
    assertThat(RttRule.decide(1_000_000, 0, 999_000)).isZero(); // fallback negative too: clamped
  }
}
