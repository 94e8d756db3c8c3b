package doublezero.sdk.geolocation.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoPolygonTest {
  static final GeoPoint CHICAGO = new GeoPoint(41.8781, -87.6298);

  /// A square of ±`deg` degrees around `c`, closed as GeoJSON closes rings.
  static List<GeoPoint> square(GeoPoint c, double deg) {
    return List.of(
        new GeoPoint(c.lat() - deg, c.lng() - deg),
        new GeoPoint(c.lat() - deg, c.lng() + deg),
        new GeoPoint(c.lat() + deg, c.lng() + deg),
        new GeoPoint(c.lat() + deg, c.lng() - deg),
        new GeoPoint(c.lat() - deg, c.lng() - deg));
  }

  @Test
  void containsAndMeasuresTheDistanceToTheEdges() {
    GeoPolygon p = new GeoPolygon(List.of(square(CHICAGO, 1)));
    assertThat(p.rings().getFirst()).hasSize(4);
    assertThat(p.contains(CHICAGO)).isTrue();
    // The nearest edges are the meridians 1° east and west: 111.2 km × cos(41.88°) ≈ 82.8 km.
    assertThat(p.distanceToBoundaryKm(CHICAGO)).isCloseTo(82.8, within(0.5));
    GeoPoint outside = CHICAGO.move(90, 300);
    assertThat(p.contains(outside)).isFalse();
    assertThat(p.signedDistanceKm(outside)).isNegative();
    assertThat(p.signedDistanceKm(CHICAGO)).isPositive();
  }

  @Test
  void holesAreOutside() {
    GeoPolygon donut = new GeoPolygon(List.of(square(CHICAGO, 2), square(CHICAGO, 0.5)));
    assertThat(donut.contains(CHICAGO)).isFalse();
    assertThat(donut.contains(CHICAGO.move(0, 120))).isTrue();
    assertThat(donut.distanceToBoundaryKm(CHICAGO)).isCloseTo(41.4, within(0.5));
  }

  @Test
  void aDiskInsideIsProvenAndOneCrossingTheEdgeIsNot() {
    GeoPolygon p = new GeoPolygon(List.of(square(CHICAGO, 1)));
    FeasibleRegion small = new FeasibleRegion(List.of(new Disk(CHICAGO, 50)));
    assertThat(small.marginWithin(p)).isCloseTo(82.8 - 50, within(0.5));
    FeasibleRegion big = new FeasibleRegion(List.of(new Disk(CHICAGO, 100)));
    assertThat(big.marginWithin(p)).isNegative();
    FeasibleRegion far = new FeasibleRegion(List.of(new Disk(CHICAGO.move(180, 2000), 10)));
    assertThat(far.marginWithin(p)).isLessThan(-1000);
  }

  @Test
  void degenerateRingsAreRefused() {
    assertThatThrownBy(() -> new GeoPolygon(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GeoPolygon(List.of(List.of(CHICAGO, CHICAGO.move(0, 1)))))
        .hasMessageContaining("at least 3 distinct points");
  }

  @Test
  void anOffsetsRegionHasOneDiskPerReferenceWithTheRfcRadius() {
    Keypair k = Keypair.generate();
    Ipv4Address ip = Ipv4Address.parse("45.33.32.156");
    LocationOffset a =
        LocationOffset.unsigned(
            k.publicKey(), k.publicKey(), 1, 41.0, -87.0, 400_000, 400_000, ip, List.of());
    LocationOffset b =
        LocationOffset.unsigned(
            k.publicKey(), k.publicKey(), 1, 42.0, -88.0, 700_000, 700_000, ip, List.of());
    LocationOffset top =
        LocationOffset.unsigned(
            k.publicKey(), k.publicKey(), 1, 41.0, -87.0, 100_000, 500_000, ip, List.of(a, b));
    FeasibleRegion r = FeasibleRegion.of(top);
    assertThat(r.disks()).hasSize(2);
    assertThat(r.disks().get(0).center()).isEqualTo(new GeoPoint(41.0, -87.0));
    assertThat(r.disks().get(0).radiusKm())
        .isCloseTo(500_000e-9 / 2 * 299_792.458 * 2 / 3, within(1e-9));
    assertThat(r.disks().get(1).radiusKm())
        .isCloseTo(800_000e-9 / 2 * 299_792.458 * 2 / 3, within(1e-9));
    FeasibleRegion alone = FeasibleRegion.of(a);
    assertThat(alone.disks())
        .singleElement()
        .satisfies(
            d -> assertThat(d.radiusKm()).isCloseTo(DistanceBound.maxKm(400_000), within(1e-12)));
  }
}
