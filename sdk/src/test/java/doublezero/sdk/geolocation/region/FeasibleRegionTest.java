package doublezero.sdk.geolocation.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeasibleRegionTest {
  private static final GeoPoint TRUTH = new GeoPoint(50.1109, 8.6821); // Frankfurt

  @Test
  void distanceBoundIsHalfTheRttAtTwoThirdsC() {
    assertThat(DistanceBound.maxKm(1_000_000L)).isCloseTo(99.93, within(0.01));
    assertThat(DistanceBound.maxKm(10_000_000L))
        .isCloseTo(0.5 * 0.01 * 299_792.458 * 2 / 3, within(1e-9));
  }

  /// Three parents at known positions, simulated rtts = path stretch × the fibre time over the true
  /// distance plus 0.3 ms of equipment delay.
  @Test
  void threeParentsBoundTheTruePosition() {
    List<GeoPoint> parents =
        List.of(
            new GeoPoint(52.3676, 4.9041),
            new GeoPoint(48.8566, 2.3522),
            new GeoPoint(48.1351, 11.5820));
    List<Disk> disks = new ArrayList<>();
    for (GeoPoint p : parents) {
      double km = p.distanceKm(TRUTH);
      long rtt = (long) (2 * km * 1.3 / DistanceBound.FIBRE_KM_PER_NS) + 300_000L;
      Disk d = new Disk(p, DistanceBound.maxKm(rtt));
      assertThat(d.radiusKm()).isCloseTo(rtt / 2.0 * 299_792.458e-9 * 2 / 3, within(1e-6));
      disks.add(d);
    }
    FeasibleRegion region = new FeasibleRegion(disks);
    assertThat(region.contains(TRUTH)).isTrue();
    assertThat(region.isEmpty()).isFalse();
    GeoPoint estimate = region.estimate();
    double error = region.errorRadiusKm();
    assertThat(region.contains(estimate)).isTrue();
    assertThat(estimate.distanceKm(TRUTH)).isLessThanOrEqualTo(error);
    double smallest = disks.stream().mapToDouble(Disk::radiusKm).min().orElseThrow();
    assertThat(error).isLessThanOrEqualTo(2 * smallest);
  }

  @Test
  void containmentHasAMarginAndFailsFarAway() {
    GeoPoint dzd = new GeoPoint(52.3676, 4.9041);
    FeasibleRegion region =
        new FeasibleRegion(List.of(new Disk(dzd, DistanceBound.maxKm(500_000L))));
    assertThat(region.marginWithin(dzd, 100)).isCloseTo(100 - 49.97, within(0.01));
    GeoPoint far = dzd.move(90, 2000);
    assertThat(far.distanceKm(dzd)).isCloseTo(2000, within(0.5));
    assertThat(region.marginWithin(far, 100)).isNegative();
    assertThat(region.errorRadiusKm()).isCloseTo(DistanceBound.maxKm(500_000L), within(0.01));
  }

  @Test
  void contradictoryReferencesGiveAnEmptyRegion() {
    GeoPoint a = new GeoPoint(0, 0);
    FeasibleRegion region =
        new FeasibleRegion(List.of(new Disk(a, 10), new Disk(a.move(0, 500), 10)));
    assertThat(region.isEmpty()).isTrue();
  }

  @Test
  void parseRefusesMalformedPoints() {
    assertThat(GeoPoint.parse("52.1, 4.5")).isEqualTo(new GeoPoint(52.1, 4.5));
    assertThatThrownBy(() -> GeoPoint.parse("91,0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GeoPoint.parse("x")).isInstanceOf(IllegalArgumentException.class);
  }
}
