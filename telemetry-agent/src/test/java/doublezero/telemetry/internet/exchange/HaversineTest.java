package doublezero.telemetry.internet.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class HaversineTest {
  @Test
  void distancesMatchIndependentlyComputedValues() {
    // Amsterdam–Frankfurt and New York–Los Angeles on a 6371 km sphere (computed with Python's
    // math module: 2*R*asin(sqrt(hav))).
    assertThat(Haversine.km(52.3676, 4.9041, 50.1109, 8.6821)).isCloseTo(363.42, within(0.01));
    assertThat(Haversine.km(40.7128, -74.0060, 34.0522, -118.2437))
        .isCloseTo(3935.75, within(0.01));
    assertThat(Haversine.km(10, 20, 10, 20)).isZero();
  }

  @Test
  void nearestKeepsCandidatesWithin60KmNearestFirst() {
    Site ams = new Site("xams", 52.3676, 4.9041);
    List<double[]> candidates =
        List.of(
            new double[] {52.3676, 5.4041}, // ~34 km
            new double[] {52.3676, 6.0000}, // ~75 km: too far
            new double[] {52.3676, 4.9141}); // ~0.7 km
    assertThat(Haversine.nearest(ams, candidates, c -> c, 5))
        .extracting(c -> c[1])
        .containsExactly(4.9141, 5.4041);
    assertThat(Haversine.nearest(ams, candidates, c -> c, 1))
        .extracting(c -> c[1])
        .containsExactly(4.9141);
  }
}
