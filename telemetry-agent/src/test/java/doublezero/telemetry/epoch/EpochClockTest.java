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

  @Test
  void aTimeBeforeEveryKnownStartIsCountedBackInWholeEpochs() {
    EpochClock c = new EpochClock(400_000);
    // epoch 5, 100 slots in, at t = 1000 s: epoch 5 began at 960 s; epochs are 1000 × 0.4 s = 400 s
    c.observe(new EpochInfo(5100, 5100, 5, 100, 1000, 0), 1_000_000_000);
    assertThat(c.epochAt(960_000_000)).hasValue(5);
    assertThat(c.epochAt(959_999_999)).hasValue(4);
    assertThat(c.epochAt(560_000_000)).hasValue(4);
    assertThat(c.epochAt(559_999_999)).hasValue(3);
    assertThat(c.epochAt(-5_000_000_000L)).hasValue(0); // never below epoch 0
  }
}
