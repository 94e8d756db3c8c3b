package doublezero.cli.geolocation;

import doublezero.sdk.geolocation.region.FeasibleRegion;
import doublezero.sdk.geolocation.region.GeoPoint;
import doublezero.sdk.geolocation.region.GeoPolygon;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/// Where `geolocation verify` is asked to prove the client is: within a distance of a point, or
/// inside a GeoJSON region. Both tests are sufficient, not necessary (RFC 1, "The estimator and its
/// error"): the claim is proven when one reference disk lies entirely inside it.
sealed interface Claim {
  /// @return the claim in words
  String describe();

  /// @param region the region the offset proves
  /// @return the margin, km; non-negative means proven
  double marginKm(FeasibleRegion region);

  /// `--within KM --of LAT,LON`.
  ///
  /// @param center the point
  /// @param km the distance, km
  record Within(GeoPoint center, double km) implements Claim {
    @Override
    public String describe() {
      return String.format(
          Locale.ROOT, "within %s km of %s,%s", trim(km), trim(center.lat()), trim(center.lng()));
    }

    @Override
    public double marginKm(FeasibleRegion region) {
      return region.marginWithin(center, km);
    }
  }

  /// `--region GEOJSON`.
  ///
  /// @param file the GeoJSON file
  /// @param polygons its polygons; inside any one of them counts
  record InRegion(Path file, List<GeoPolygon> polygons) implements Claim {
    /// Copies the list.
    public InRegion {
      polygons = List.copyOf(polygons);
    }

    @Override
    public String describe() {
      return "inside the region of " + file;
    }

    @Override
    public double marginKm(FeasibleRegion region) {
      double best = Double.NEGATIVE_INFINITY;
      for (GeoPolygon p : polygons) {
        best = Math.max(best, region.marginWithin(p));
      }
      return best;
    }
  }

  private static String trim(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
