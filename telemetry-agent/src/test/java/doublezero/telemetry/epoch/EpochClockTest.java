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

  /// 10 ms slots, observed every 10 slots (100 ms) up to slot 990 at t = 9.9 s; then the ledger
  /// stops for 8 s; back at t = 17.9 s it reaches slot 1000 (epoch 1, 1000 slots per epoch) at 18.0
  /// s and is observed at slot 1200 at t = 20.0 s. Measured over the gap the rate would be 48 ms
  /// and put epoch 1's start at 10.4 s, in the middle of the stop; the rate measured before the
  /// failed refreshes puts it at 18.0 s.
  @Test
  void aStoppedLedgerDoesNotSkewTheSlotRateNorMoveTheBoundaryIntoTheOutage() {
    EpochClock c = new EpochClock(400_000);
    for (long slot = 0; slot <= 990; slot += 10) {
      c.observe(new EpochInfo(slot, slot, 0, slot, 1000, 0), slot * 10_000);
    }
    assertThat(c.slotMicros()).isEqualTo(10_000);
    c.observationFailed();
    c.observe(new EpochInfo(1200, 1200, 1, 200, 1000, 0), 20_000_000);
    assertThat(c.slotMicros()).isEqualTo(10_000);
    assertThat(c.epochAt(17_999_999)).hasValue(0);
    assertThat(c.epochAt(18_000_000)).hasValue(1);
  }

  /// Slots counted at 20 ms granularity and answers 0–30 ms late: a rate measured over 10 slots is
  /// off by up to 30 %, over 100 slots by at most 3 %.
  @Test
  void theSlotRateIsMeasuredOverAtLeastAHundredSlots() {
    EpochClock c = new EpochClock(400_000);
    long[] late = {0, 30_000, 5_000, 25_000, 0, 30_000};
    for (int i = 0; i <= 60; i++) {
      long slot = i * 10L;
      c.observe(new EpochInfo(slot, slot, 0, slot, 100_000, 0), slot * 20_000 + late[i % 6]);
      if (slot < EpochClock.RATE_BASELINE_SLOTS) {
        assertThat(c.slotMicros()).as("slot " + slot).isEqualTo(400_000);
      } else {
        assertThat(c.slotMicros()).as("slot " + slot).isBetween(19_400L, 20_600L);
      }
    }
  }

  /// Epoch 0 with 10 slots left at 10 ms a slot: a sample in the next 100 ms gets epoch 0, a later
  /// one (the epoch has probably turned) or one long after the latest observation gets none and is
  /// attributed by its timestamp once the ledger has been observed again.
  @Test
  void aSampleGetsTheCurrentEpochOnlyWhileItIsFreshAndNotPredictedOver() {
    EpochClock c = new EpochClock(400_000);
    for (long slot = 790; slot <= 990; slot += 10) {
      c.observe(new EpochInfo(slot, slot, 0, slot, 1000, 0), slot * 10_000);
    }
    assertThat(c.epochForSampleAt(9_950_000, 1_000_000)).hasValue(0);
    assertThat(c.epochForSampleAt(9_999_999, 1_000_000)).hasValue(0);
    assertThat(c.epochForSampleAt(10_000_000, 1_000_000)).isEmpty();
    // the ledger fell 20 ms behind: 2 slots left at 9.99 s, the end is predicted at 10.01 s
    c.observe(new EpochInfo(998, 998, 0, 998, 1000, 0), 9_990_000);
    assertThat(c.epochForSampleAt(10_005_000, 1_000_000)).hasValue(0);
    assertThat(c.epochForSampleAt(10_020_000, 1_000_000)).isEmpty();
    c.observe(new EpochInfo(1020, 1020, 1, 20, 1000, 0), 10_200_000);
    assertThat(c.epochForSampleAt(10_250_000, 100_000)).hasValue(1);
    assertThat(c.epochForSampleAt(10_300_001, 100_000)).as("stale").isEmpty();
    assertThat(c.epochAt(10_000_000)).hasValue(1);
    assertThat(c.epochAt(9_999_999)).hasValue(0);
  }
}
