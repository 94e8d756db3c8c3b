package doublezero.telemetry.epoch;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.solana.rpc.EpochInfo;
import org.junit.jupiter.api.Test;

class EpochClockTest {
  @Test
  void nothingIsKnownBeforeTheFirstObservation() {
    EpochClock c = new EpochClock(400_000);
    assertThat(c.current()).isEmpty();
    assertThat(c.epochAt(0)).isEmpty();
  }

  @Test
  void boundariesFallBetweenTheObservationsThatSawThemAndUseTheMeasuredSlotRate() {
    EpochClock c = new EpochClock(400_000);
    c.observe(
        new EpochInfo(100, 100, 0, 100, 1000, 0), 10_000_000); // 100 slots into epoch 0 at t = 10 s
    c.observe(
        new EpochInfo(2100, 2100, 2, 100, 1000, 0),
        30_000_000); // 10 ms slots: epoch 2 began at 29 s
    assertThat(c.current()).hasValue(2);
    assertThat(c.epochAt(28_999_999)).hasValue(1);
    assertThat(c.epochAt(29_000_000)).hasValue(2);
    assertThat(c.epochAt(19_000_000)).hasValue(1);
    assertThat(c.epochAt(18_999_999)).hasValue(0);
    assertThat(c.epochAt(30_000_001)).isEmpty(); // after the last observation: not known yet
  }
}
